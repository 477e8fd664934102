// casebook preview: PNG images of one organization's spread or of the book.

#include <filesystem>
#include <functional>
#include <iostream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/output_file.h"
#include "cli/pipeline.h"
#include "cli/selection.h"
#include "layout/context.h"
#include "layout/page_geometry.h"
#include "preview/render.h"
#include "proof/findings.h"
#include "proof/overlay.h"

namespace casebook::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* kHelp = R"(usage: casebook preview [DATA_DIR] -o DIR [--org NN] [--layout FILE] [--dpi N] [--proof] [--spread]

Writes PNG images of one organization's spread (--org 05) or of the whole
book into DIR, rendered from the PDF with poppler's library, for a quick look,
at --dpi N (10 to 1200, default 150, where 9 pt kanji are legible). Each
page's file is named by its printed folio: p-007.png, p-iii.png (a page
that prints no number by its place: p-sheet01.png).

  --proof   render the proof (`casebook proof`): frames, measures, shrunk
            blocks and every finding's marker and note
  --spread  one image per spread, its pages side by side as the book opens
            (the even folio on the left): spread-006-007.png
DIR may not be inside DATA_DIR unless --allow-output-in-data is given.
)";

}  // namespace

int run_preview(const std::vector<std::string>& args) {
  std::string data_dir = "data", layout, output, org, dpi_text;
  double dpi = kDefaultPreviewDpi;
  bool allow_in_data = false, proof = false, spread = false;
  Arguments arguments("preview", kHelp);
  arguments.positional(&data_dir, "data directory");
  arguments.option("--layout", &layout);
  arguments.option("--output", &output, "-o");
  arguments.option("--org", &org);
  arguments.option("--dpi", &dpi_text);
  arguments.flag("--allow-output-in-data", &allow_in_data);
  arguments.flag("--proof", &proof);
  arguments.flag("--spread", &spread);
  if (auto exit = arguments.parse(args)) return *exit;
  if (!dpi_text.empty()) {
    // Below 10 dpi a page is a few pixels; above 1200 an A4 page is a
    // 100-megapixel image.
    const auto n = parse_number(dpi_text, 10, 1200);
    if (!n) return arguments.error("--dpi '" + dpi_text + "' is out of range: give a resolution from 10 to 1200");
    dpi = *n;
  }
  if (output.empty()) return arguments.error("no output directory: give -o DIR");
  if (layout.empty()) layout = default_layout();
  Selection selection;
  if (!org.empty()) {
    auto numbers = by_numbers(org);
    if (!numbers) return arguments.error("--org '" + org + "' is not an organization number");
    selection = *numbers;
  }

  Diagnostics diags;
  if (output == "-") return arguments.error("-o - is for one PDF; preview writes images into a directory");
  if (!check_output_folder(output, OutputRules{{}, data_dir, allow_in_data}, diags)) {
    print_diagnostics(std::cerr, diags);
    return input_error;
  }
  Book book;
  book.allow_output_in_data = allow_in_data;
  book.proof = proof;
  const auto check = [&](Book& b, Diagnostics& d) {
    if (org.empty()) return true;
    selection.asked = "--org " + org;
    return check_selection(selection, b.data, data_dir, d);
  };
  if (!set_book(data_dir, layout, book, diags, selection.accepts, check) || book.book.pages.empty()) {
    print_diagnostics(std::cerr, diags);
    return input_error;
  }
  if (proof) {
    // The overlay `casebook proof` draws, with the findings at their spots.
    find_data_hazards(book.data, diags);
    find_layout_hazards(book.book, ProofLimits{}, diags);
    const LayoutContext ctx{book.layout, book.faces, book.data.taxonomy, diags, data_dir};
    ProofOverlay overlay = add_proof_overlay(book.book, diags, ctx);
    for (const Diagnostic& d : overlay.problems.items()) diags.add(d);
  }
  std::vector<int> pages;  // with --org, only its spread
  for (std::size_t i = 0; i < book.book.pages.size(); ++i) {
    if (org.empty() || !book.book.pages[i].front) pages.push_back(static_cast<int>(i));
  }
  const std::vector<Page>& all = book.book.pages;
  // With --spread, the pages in facing pairs: an even folio on the left,
  // the odd folio after it on the right (page_geometry.h is_right_hand).
  std::vector<std::pair<int, int>> pairs;
  for (std::size_t k = 0; spread && k < pages.size(); ++k) {
    const int i = pages[k];
    const bool right = is_right_hand(all[i].number);
    const bool next_faces = !right && k + 1 < pages.size() && pages[k + 1] == i + 1;
    pairs.emplace_back(right ? -1 : i, right ? i : next_faces ? i + 1 : -1);
    if (next_faces) ++k;
  }
  const auto image_name = [&](int page_number) {
    const int i = page_number - 1;
    if (!spread) return (fs::path(output) / folio_png_name(all[i].label, i)).string();
    for (const auto& [l, r] : pairs) {
      if ((l >= 0 ? l : r) != i) continue;
      // p-006.png + p-007.png → spread-006-007.png; a side without a page
      // is left out of the name (spread-001.png: page 1 faces nothing).
      const auto folio = [&](int k) {
        const std::string n = folio_png_name(all[k].label, k);
        return n.substr(2, n.size() - 6);
      };
      const std::string name = l >= 0 && r >= 0 ? folio(l) + "-" + folio(r) : folio(l >= 0 ? l : r);
      return (fs::path(output) / ("spread-" + name + ".png")).string();
    }
    return (fs::path(output) / folio_png_name(all[i].label, i)).string();
  };
  // Every image is checked before anything is written, like the PDF: only a
  // new file or a regular file that is not an input (by device and inode,
  // so a hard link to a record is caught) is replaced; never a link, a FIFO
  // or a device.
  const OutputRules rules = output_rules(book);
  std::error_code ec;
  if (fs::is_directory(output, ec)) {
    bool good = true;
    for (int index : pages) good = check_output(image_name(index + 1), rules, diags, "the image") && good;
    if (!good) {
      print_diagnostics(std::cerr, diags);
      return input_error;
    }
  } else {
    fs::create_directories(output, ec);
  }
  // The intermediate PDF is a registered temporary file in $TMPDIR, never a
  // file in the user's folder, so a signal or a failure leaves nothing there.
  const fs::path temp_folder = fs::temp_directory_path(ec);
  TempFile pdf(((ec ? fs::path("/tmp") : temp_folder) / "casebook-preview.pdf").string());
  if (!write_book_into(book, pdf, output, diags)) {
    print_diagnostics(std::cerr, diags);
    return input_error;
  }
  print_diagnostics(std::cerr, diags);
  Diagnostics write_diags;
  const auto save_page = [&](int page_number, const std::function<bool(const std::string&)>& save) {
    const std::string target = image_name(page_number);
    // Checked again: the target may have changed while the book was set.
    if (!check_output(target, rules, write_diags, "the image")) return false;
    sweep_stale_temps(target);
    TempFile image(target);
    if (!save(image.path())) {
      write_diags.error({target, 0, 0}, "cannot write the image");
      return false;
    }
    if (!check_output(target, rules, write_diags, "the image")) return false;
    std::string error;
    if (!image.commit(error)) {
      write_diags.error({target, 0, 0}, "cannot write the image: " + error);
      return false;
    }
    std::cerr << escape_controls(target) << "\n";
    return true;
  };
  try {
    if (spread ? !render_spreads(pdf.path(), pairs, dpi, save_page) : !render_png(pdf.path(), pages, dpi, save_page)) {
      print_diagnostics(std::cerr, write_diags);
      return input_error;
    }
  } catch (const std::exception& e) {
    std::cerr << "casebook: preview: " << escape_controls(e.what()) << "\n";
    return input_error;
  }
  return diags.has_errors() ? input_error : ok;
}

}  // namespace casebook::cli
