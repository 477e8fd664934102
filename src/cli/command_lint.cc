// casebook lint: what a proofreader would find, without writing a PDF.

#include <iostream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/wording.h"
#include "cli/pipeline.h"
#include "pdf/colour.h"
#include "proof/findings.h"
#include "proof/json.h"

namespace casebook::cli {

namespace {

constexpr const char* kHelp = R"(usage: casebook lint [DATA_DIR] [--layout FILE] [--format text|json] [--edition print|web]

Sets the book in memory and reports every finding a proofreader would make,
as FILE:LINE:COL: severity: message (or JSON, see docs/lint-schema.json):

  errors    invalid data; text that overflows its page even at the smallest size
  warnings  the 団体名 printed differently in the header and the profile; a
            取組地域 the 団体住所 contradicts; a website that is not a URL; a photo
            without a caption; half-width katakana; full- and half-width digits
            or letters mixed in a field; a full-width space opening a paragraph;
            doubled punctuation; an overfull or letter-spaced line; a paragraph
            whose last line holds a single character; a photo printed below
            [print] min_image_ppi at its placed size; with --edition print,
            each RGB colour (not grey) and RGB photo it converts to CMYK; type
            set more than the layout's [copyfit] warn_below (default 1 pt)
            under its size to fit
  notes     type set smaller to fit by less than that; a URL broken across lines

Exit status: 0 when there is no error, 1 when there is, 2 for a usage error.
)";

}  // namespace

int run_lint(const std::vector<std::string>& args) {
  std::string data_dir = "data", layout, format = "text", edition;
  Arguments arguments("lint", kHelp);
  arguments.positional(&data_dir, "data directory");
  arguments.option("--layout", &layout);
  arguments.option("--format", &format);
  arguments.option("--edition", &edition);
  if (auto exit = arguments.parse(args)) return *exit;
  if (format != "text" && format != "json") return arguments.error("--format must be text or json");
  if (layout.empty()) layout = default_layout();

  Diagnostics diags;
  Book book;
  if (!read_edition(edition, book.edition, diags)) {
    print_diagnostics(std::cerr, diags);
    return input_error;
  }
  set_book(data_dir, layout, book, diags);
  find_data_hazards(book.data, diags);
  find_layout_hazards(book.book, ProofLimits{}, diags);
  // The preflight a print shop makes: photo resolution, and what the print
  // edition converts to CMYK.
  std::vector<const Organization*> orgs;
  for (const Organization& o : book.data.organizations) orgs.push_back(&o);
  pdf::preflight_print(book.layout, orgs, book.photos, book.book, book.edition == Edition::print, diags);

  if (format == "json") {
    std::cout << diagnostics_json(diags);
  } else {
    print_diagnostics(std::cout, diags);
    std::cout << casebook::format(tr("{0}: {1}, {2}, {3}"),
                        {escape_controls(data_dir), count_of(diags.count(Severity::error), "error"),
                         count_of(diags.count(Severity::warning), "warning"), count_of(diags.count(Severity::note), "note")})
              << "\n";
  }
  return diags.has_errors() ? input_error : ok;
}

}  // namespace casebook::cli
