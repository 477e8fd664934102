#include "cli/pipeline.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "cli/arguments.h"
#include "cli/output_file.h"
#include "cli/resources.h"
#include "data/load.h"
#include "data/load_layout.h"
#include "layout/context.h"
#include "layout/book.h"
#include "layout/front_matter.h"
#include "pdf/colour.h"
#include "pdf/document.h"
#include "pdf/write_pdf.h"

namespace casebook::cli {

namespace fs = std::filesystem;

std::string default_layout() {
  const std::string relative = "layouts/casebook-a4.toml";
  if (fs::exists(relative)) return relative;
  const std::string shared = share_dir();
  // Nothing shipped beside the executable: the name alone, so the error
  // names the file that was looked for.
  if (shared.empty()) return relative;
  return shared + "/" + relative;
}

PhotoLimits photo_limits(const LayoutSpec& layout) {
  PhotoLimits limits;
  limits.max_pixels = layout.photo_max_pixels;
  limits.max_side = layout.photo_max_side;
  return limits;
}

bool read_edition(const std::string& text, Edition& edition, Diagnostics& diags) {
  if (text.empty()) return true;
  if (const auto named = parse_edition(text)) {
    edition = *named;
    return true;
  }
  diags.error({"--edition", 0, 0}, "'" + text + "' is not an edition",
              {"give --edition print (for the printer) or --edition web (to read on screen and publish; the default)"});
  return false;
}

bool set_book(const std::string& data_dir, const std::string& layout_path, Book& book, Diagnostics& diags) {
  return set_book(data_dir, layout_path, book, diags, [](const Organization&) { return true; });
}

bool set_book(const std::string& data_dir, const std::string& layout_path, Book& book, Diagnostics& diags,
              const std::function<bool(const Organization&)>& select) {
  return set_book(data_dir, layout_path, book, diags, select, {});
}

bool set_book(const std::string& data_dir, const std::string& layout_path, Book& book, Diagnostics& diags,
              const std::function<bool(const Organization&)>& select,
              const std::function<bool(Book&, Diagnostics&)>& after_data) {
  book.data_dir = data_dir;
  book.read_files.push_back(layout_path);
  // 1. Data: the records, taxonomy and front matter, validated.
  book.data = load_casebook(data_dir, diags);
  // 2. Layout: the spread's geometry and type, validated.
  book.layout = load_layout(layout_path, diags);
  if (diags.has_errors()) return false;
  if (after_data && !after_data(book, diags)) return false;
  // 3. Faces: the font files the layout names, loaded once.
  for (const auto& [name, file] : book.layout.faces) book.read_files.push_back(file.path);
  book.faces.load(book.layout.faces, {layout_path, 1, 1}, diags, book.layout.face_spans);
  if (diags.has_errors()) return false;
  return lay_out_book(book.data, book.layout, book.faces, book, diags, select);
}

bool lay_out_book(const Casebook& data, const LayoutSpec& layout, const FaceSet& faces, Book& book,
                  Diagnostics& diags, const std::function<bool(const Organization&)>& select) {
  std::vector<const Organization*> orgs;
  std::vector<std::size_t> places;  // each one's place in the whole book
  for (std::size_t i = 0; i < data.organizations.size(); ++i) {
    if (!select(data.organizations[i])) continue;
    orgs.push_back(&data.organizations[i]);
    places.push_back(i);
  }
  if (!book.keep_folios) places.clear();
  // 4. Photos: each one the selected records name, decoded once, fully.
  book.photos = load_photos(orgs, photo_limits(layout), diags);
  // 4b. The print edition: no colour or photo it cannot write in CMYK.
  if (book.edition == Edition::print) pdf::check_print_edition(layout, orgs, book.photos, diags);
  if (diags.has_errors()) return false;
  // 5. Layout: front matter and each selected organization's spread.
  LayoutContext ctx{layout, faces, data.taxonomy, diags, book.data_dir, &book.photos};
  ctx.proof = book.proof;
  // A mark that cannot fit its grid cell would overflow every spread.
  if (!check_marks_fit(ctx)) return false;
  // 「番号 1-5,9,12」 under 「本書は No.01〜05、09、12 の7団体を収録」 says one
  // thing twice: the statement, computed from the records, is the one kept.
  const auto& report = data.front.report;
  const bool scope_shown = report && !scope_statement(report, report->cover_statement, orgs).empty();
  book.book = layout_book(ctx, data, orgs, book.subset_repeats_scope && scope_shown ? "" : book.subset, places);
  return !diags.has_errors();
}

/// Every file the run read: the data directory's TOML files (through
/// links, so a record that links elsewhere is protected there too), the
/// photos, the layout, the fonts. An earlier PDF inside the data directory
/// is not among them, so --allow-output-in-data can replace it.
OutputRules output_rules(const Book& book) {
  OutputRules rules;
  rules.inputs = book.read_files;
  rules.data_dir = book.data_dir;
  rules.allow_in_data = book.allow_output_in_data;
  if (!book.data_dir.empty()) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(book.data_dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      std::string ext = it->path().extension().string();
      std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
      if (ext == ".toml") rules.inputs.push_back(it->path().string());
    }
    for (const Organization& org : book.data.organizations) {
      for (const Photo& photo : org.photos) rules.inputs.push_back((fs::path(book.data_dir) / photo.file.value).string());
    }
  }
  return rules;
}

OutputRules early_output_rules(const std::string& data_dir, const std::string& layout, bool allow_in_data) {
  Book book;
  book.data_dir = data_dir;
  book.read_files.push_back(layout);
  book.allow_output_in_data = allow_in_data;
  return output_rules(book);
}

namespace {

/// SOURCE_DATE_EPOCH (reproducible-builds.org/specs/source-date-epoch):
/// whole seconds since 1970-01-01 UTC. A malformed value is an error, as the
/// specification asks, not a date in 1970; the upper end is 9999-12-31, the
/// last date a PDF date string can hold. Unset or empty: no epoch.
bool source_date_epoch(std::optional<std::int64_t>& epoch, Diagnostics& diags) {
  const char* text = std::getenv("SOURCE_DATE_EPOCH");
  if (!text || !*text) return true;
  constexpr std::int64_t kLast = 253402300799;  // 9999-12-31T23:59:59Z
  const auto seconds = parse_integer(text, 0, kLast);
  if (!seconds) {
    diags.error({"SOURCE_DATE_EPOCH", 0, 0},
                std::string("'") + text + "' is not a time: give whole seconds since 1970-01-01 UTC, from 0 to " +
                    std::to_string(kLast) + " (9999-12-31)");
    return false;
  }
  epoch = *seconds;
  return true;
}

pdf::PdfInfo pdf_info(const Book& book) {
  pdf::PdfInfo info;
  info.title = book.data.front.title.value;
  info.author = book.data.front.editor.value;
  info.subject = book.subset;
  info.date = book.data.front.as_of.value;
  info.edition = book.edition;
  info.print = book.layout.print;
  info.tagged = !book.proof;  // see PdfInfo::tagged
  info.producer = std::string("casebook ") + CASEBOOK_VERSION;
  // The records, labels and front matter are Japanese (data/README.md);
  // a screen reader reads the book in Japanese.
  info.language = "ja-JP";
  return info;
}

}  // namespace

bool write_book_into(const Book& book, const TempFile& temp, const std::string& output, Diagnostics& diags) {
  pdf::PdfInfo info = pdf_info(book);
  if (!source_date_epoch(info.epoch, diags)) return false;
  try {
    pdf::write_pdf(book.book, temp.path(), info);
  } catch (const std::exception& e) {
    diags.error({output, 0, 0}, std::string("cannot write the PDF: ") + e.what());
    return false;
  }
  return true;
}

namespace {

/// `-o -`: the PDF goes through a temporary file (libharu writes only to a
/// path) and then to standard output, which must not be a terminal.
bool write_to_stdout(const Book& book, Diagnostics& diags) {
  const std::string name = "standard output";
  if (::isatty(STDOUT_FILENO)) {
    diags.error({name, 0, 0}, "will not write a PDF to a terminal", {"redirect standard output, or give -o FILE"});
    return false;
  }
  std::error_code ec;
  const fs::path folder = fs::temp_directory_path(ec);
  TempFile temp(((ec ? fs::path("/tmp") : folder) / "casebook-stdout.pdf").string());
  if (!write_book_into(book, temp, name, diags)) return false;
  std::FILE* in = std::fopen(temp.path().c_str(), "rb");
  if (!in) {
    diags.error({name, 0, 0}, std::string("cannot read back the PDF: ") + std::strerror(errno));
    return false;
  }
  char buffer[65536];
  bool good = true;
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, in)) {
    for (std::size_t done = 0; done < n && good;) {
      const ssize_t w = ::write(STDOUT_FILENO, buffer + done, n - done);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) {
        diags.error({name, 0, 0}, std::string("cannot write the PDF: ") + std::strerror(errno));
        good = false;
      } else {
        done += static_cast<std::size_t>(w);
      }
    }
    if (!good) break;
  }
  std::fclose(in);
  return good;
}

}  // namespace

bool write_book(const Book& book, const std::string& output, Diagnostics& diags) {
  if (output == "-") return write_to_stdout(book, diags);
  if (!check_output(output, output_rules(book), diags)) return false;
  sweep_stale_temps(output);
  TempFile temp(output);
  if (!write_book_into(book, temp, output, diags)) return false;
  // The target may have changed while the PDF was being set.
  if (!check_output(output, output_rules(book), diags)) return false;
  std::string error;
  if (!temp.commit(error)) {
    diags.error({output, 0, 0}, "cannot write the PDF: " + error);
    return false;
  }
  return true;
}

}  // namespace casebook::cli
