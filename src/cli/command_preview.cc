// casebook preview: PNG images of one organization's spread or of the book.

#include <filesystem>
#include <functional>
#include <iostream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/output_file.h"
#include "cli/pipeline.h"
#include "cli/selection.h"
#include "preview/render.h"

namespace casebook::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* kHelp = R"(usage: casebook preview [DATA_DIR] -o DIR [--org NN] [--layout FILE] [--dpi N]

Writes PNG images of one organization's spread (--org 05) or of the whole
book into DIR, rendered from the PDF with poppler's library, for a quick look,
at --dpi N (10 to 1200, default 80).
DIR may not be inside DATA_DIR unless --allow-output-in-data is given.
)";

}  // namespace

int run_preview(const std::vector<std::string>& args) {
  std::string data_dir = "data", layout, output, org, dpi_text;
  double dpi = 80;
  bool allow_in_data = false;
  Arguments arguments("preview", kHelp);
  arguments.positional(&data_dir, "data directory");
  arguments.option("--layout", &layout);
  arguments.option("--output", &output, "-o");
  arguments.option("--org", &org);
  arguments.option("--dpi", &dpi_text);
  arguments.flag("--allow-output-in-data", &allow_in_data);
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
  const auto check = [&](Book& b, Diagnostics& d) {
    if (org.empty()) return true;
    selection.asked = "--org " + org;
    return check_selection(selection, b.data, data_dir, d);
  };
  if (!set_book(data_dir, layout, book, diags, selection.accepts, check) || book.book.pages.empty()) {
    print_diagnostics(std::cerr, diags);
    return input_error;
  }
  std::vector<int> pages;  // with --org, only its spread
  for (std::size_t i = 0; i < book.book.pages.size(); ++i) {
    if (org.empty() || !book.book.pages[i].front) pages.push_back(static_cast<int>(i));
  }
  const std::string prefix = (fs::path(output) / (org.empty() ? "page" : "org" + org)).string();
  // Every image is checked before anything is written, like the PDF: only a
  // new file or a regular file that is not an input (by device and inode,
  // so a hard link to a record is caught) is replaced; never a link, a FIFO
  // or a device.
  const OutputRules rules = output_rules(book);
  std::error_code ec;
  if (fs::is_directory(output, ec)) {
    bool good = true;
    for (int index : pages) good = check_output(png_name(prefix, index + 1), rules, diags, "the image") && good;
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
    const std::string target = png_name(prefix, page_number);
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
    if (!render_png(pdf.path(), pages, dpi, save_page)) {
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
