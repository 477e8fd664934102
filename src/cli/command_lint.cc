// casebook lint: what a proofreader would find, without writing a PDF.

#include <iostream>

#include "cli/commands.h"
#include "cli/pipeline.h"
#include "proof/findings.h"
#include "proof/json.h"

namespace casebook::cli {

namespace {

constexpr const char* kHelp = R"(usage: casebook lint [DATA_DIR] [--layout FILE] [--format text|json]

Sets the book in memory and reports every finding a proofreader would make,
as FILE:LINE:COL: severity: message (or JSON, see docs/lint-schema.json):

  errors    invalid data; text that overflows its page even at the smallest size
  warnings  the 団体名 printed differently in the header and the profile; a
            取組地域 the 団体住所 contradicts; a website that is not a URL; a photo
            without a caption; half-width katakana; full- and half-width digits
            or letters mixed in a field; a full-width space opening a paragraph;
            doubled punctuation; an overfull or letter-spaced line; a paragraph
            whose last line holds a single character
  notes     type set smaller to fit (copyfitting); a URL broken across lines

Exit status: 0 when there is no error, 1 when there is, 2 for a usage error.
)";

}  // namespace

int run_lint(const std::vector<std::string>& args) {
  std::string data_dir = "data", layout, format = "text";
  bool have_dir = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return ok;
    }
    if (a == "--layout" || a == "--format") {
      if (i + 1 == args.size()) return usage("lint: " + a + " needs a value", "lint");
      (a == "--layout" ? layout : format) = args[++i];
      if (a == "--format" && format != "text" && format != "json") {
        return usage("lint: --format must be text or json", "lint");
      }
    } else if (a.starts_with("-")) {
      return usage("lint: unknown option '" + a + "'", "lint");
    } else if (have_dir) {
      return usage("lint: more than one data directory given", "lint");
    } else {
      data_dir = a;
      have_dir = true;
    }
  }
  if (layout.empty()) layout = default_layout();

  Diagnostics diags;
  Book book;
  set_book(data_dir, layout, book, diags);
  find_data_hazards(book.data, diags);
  find_layout_hazards(book.book, ProofLimits{}, diags);

  if (format == "json") {
    std::cout << diagnostics_json(diags);
  } else {
    print_diagnostics(std::cout, diags);
    std::cout << data_dir << ": " << diags.count(Severity::error) << " errors, " << diags.count(Severity::warning)
              << " warnings, " << diags.count(Severity::note) << " notes\n";
  }
  return diags.has_errors() ? input_error : ok;
}

}  // namespace casebook::cli
