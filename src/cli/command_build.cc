#include <iostream>

#include "cli/commands.h"
#include "cli/pipeline.h"
#include "cli/selection.h"

namespace casebook::cli {

namespace {

constexpr const char* kHelp = R"(usage: casebook build [DATA_DIR] [--layout FILE] -o OUTPUT.pdf [--force]

Sets every organization of DATA_DIR (default: data) on its two pages with
the layout FILE (default: layouts/casebook-a4.toml) and writes the PDF.

Problems are printed as FILE:LINE:COL: severity: message. Text that does not
fit even at the layout's smallest size is an error: nothing is written and
any earlier OUTPUT is left as it was, unless --force is given, which writes
the PDF anyway with the overflow marked in red.

options:
  --layout FILE   the layout file
  -o, --output F  the PDF to write (required)
  --force         write the PDF even when the layout reports overflow
  --prefecture P  a booklet: only the organizations working in prefecture P
  --region TEXT   a booklet: only those whose 取組地域 contains TEXT
  --numbers LIST  a booklet: only these numbers, e.g. 1-5,9
)";

}  // namespace

int run_build(const std::vector<std::string>& args) {
  std::string data_dir = "data", layout, output;
  bool have_dir = false, force = false, selected = false;
  Selection selection;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return ok;
    }
    if (a == "--layout" || a == "-o" || a == "--output") {
      if (i + 1 == args.size()) return usage("build: " + a + " needs a value", "build");
      (a == "--layout" ? layout : output) = args[++i];
    } else if (a == "--prefecture" || a == "--region" || a == "--numbers") {
      if (i + 1 == args.size()) return usage("build: " + a + " needs a value", "build");
      if (selected) return usage("build: give one of --prefecture, --region, --numbers", "build");
      const std::string value = args[++i];
      selected = true;
      if (a == "--prefecture") {
        selection = by_prefecture(value);
      } else if (a == "--region") {
        selection = by_region(value);
      } else if (auto numbers = by_numbers(value)) {
        selection = *numbers;
      } else {
        return usage("build: --numbers '" + value + "' is not a list such as 1-5,9", "build");
      }
    } else if (a == "--force") {
      force = true;
    } else if (a.starts_with("-")) {
      return usage("build: unknown option '" + a + "'", "build");
    } else if (have_dir) {
      return usage("build: more than one data directory given", "build");
    } else {
      data_dir = a;
      have_dir = true;
    }
  }
  if (output.empty()) return usage("build: no output file: give -o OUTPUT.pdf", "build");
  if (layout.empty()) layout = default_layout();

  Diagnostics diags;
  Book book;
  book.subset = selection.cover_line;
  bool clean = set_book(data_dir, layout, book, diags, selection.accepts);
  int chosen = 0;
  for (const Organization& o : book.data.organizations) chosen += selection.accepts(o) ? 1 : 0;
  if (selected && chosen == 0 && !diags.has_errors()) {
    diags.error({data_dir, 0, 0}, "no organization matches " + selection.cover_line);
    clean = false;
  }
  const bool written = (clean || (force && !book.book.pages.empty())) && write_book(book, output, diags);
  print_diagnostics(std::cerr, diags);
  if (written) {
    std::cerr << output << ": " << book.book.pages.size() << " pages, " << chosen
              << " organizations" << (clean ? "" : " (written with errors: --force)") << "\n";
  } else if (!diags.has_errors()) {
    return input_error;
  } else {
    std::cerr << output << ": not written: " << diags.count(Severity::error) << " errors\n";
  }
  return diags.has_errors() ? input_error : ok;
}

}  // namespace casebook::cli
