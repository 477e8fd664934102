#include <iostream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/wording.h"
#include "cli/pipeline.h"
#include "cli/selection.h"

namespace casebook::cli {

namespace {

constexpr const char* kHelp = R"(usage: casebook build [DATA_DIR] [--layout FILE] -o OUTPUT.pdf [--edition print|web] [--force]

Sets every organization of DATA_DIR (default: data) on its two pages with
the layout FILE (default: layouts/casebook-a4.toml) and writes the PDF.

Problems are printed as FILE:LINE:COL: severity: message. Text that does not
fit even at the layout's smallest size is an error: nothing is written and
any earlier OUTPUT is left as it was, unless --force is given, which writes
the PDF anyway with the overflow marked in red.

options:
  --layout FILE   the layout file
  --edition E     print: the PDF for the printer (PDF/X-4, CMYK, as the
                  layout's [print] says); web: the PDF to read on screen
                  and publish (the default)
  -o, --output F  the PDF to write (required); - for standard output. Only
                  a new file or a regular file is replaced, never a file the
                  run reads, and nothing inside DATA_DIR unless:
  --allow-output-in-data
                  lets the output be written inside DATA_DIR
  --force         write the PDF even when the layout reports overflow
  --prefecture P  a booklet: only the organizations working in prefecture P
  --region TEXT   a booklet: only those whose 取組地域 contains TEXT
  --numbers LIST  a booklet: only these numbers, e.g. 1-5,9
)";

}  // namespace

int run_build(const std::vector<std::string>& args) {
  std::string data_dir = "data", layout, output, prefecture, region, numbers, edition;
  bool force = false, allow_in_data = false;
  Arguments arguments("build", kHelp);
  arguments.positional(&data_dir, "data directory");
  arguments.option("--layout", &layout);
  arguments.option("--output", &output, "-o");
  arguments.option("--edition", &edition);
  arguments.flag("--force", &force);
  arguments.flag("--allow-output-in-data", &allow_in_data);
  arguments.option("--prefecture", &prefecture);
  arguments.option("--region", &region);
  arguments.option("--numbers", &numbers);
  if (auto exit = arguments.parse(args)) return *exit;
  if (output.empty()) return arguments.error("no output file: give -o OUTPUT.pdf");
  if (!prefecture.empty() + !region.empty() + !numbers.empty() > 1) {
    return arguments.error("give one of --prefecture, --region, --numbers");
  }
  const bool selected = !prefecture.empty() || !region.empty() || !numbers.empty();
  Selection selection;
  if (!prefecture.empty()) selection = by_prefecture(prefecture);
  if (!region.empty()) selection = by_region(region);
  if (!numbers.empty()) {
    auto chosen = by_numbers(numbers);
    if (!chosen) return arguments.error("--numbers '" + numbers + "' is not a list such as 1-5,9");
    selection = *chosen;
  }
  if (layout.empty()) layout = default_layout();

  Diagnostics diags;
  Book book;
  if (!read_edition(edition, book.edition, diags)) {
    print_diagnostics(std::cerr, diags);
    std::cerr << output_name(output) << ": not written\n";
    return input_error;
  }
  book.subset = selection.cover_line;
  book.subset_repeats_scope = selection.line_repeats_scope;
  book.allow_output_in_data = allow_in_data;
  bool clean = set_book(data_dir, layout, book, diags, selection.accepts, [&](Book& b, Diagnostics& d) {
    if (!selected) return true;
    if (!check_selection(selection, b.data, data_dir, d)) return false;
    b.subset = selection.cover_line;
    return true;
  });
  int chosen = 0;
  for (const Organization& o : book.data.organizations) chosen += selection.accepts(o) ? 1 : 0;
  const bool written = (clean || (force && !book.book.pages.empty())) && write_book(book, output, diags);
  print_diagnostics(std::cerr, diags);
  if (written) {
    const std::string pages = count_of(static_cast<long long>(book.book.pages.size()), "page");
    const std::string orgs = count_of(static_cast<long long>(chosen), "organization");
    std::cerr << format(clean ? tr("{0}: {1}, {2}") : tr("{0}: {1}, {2} (written with errors: --force)"),
                        {output_name(output), pages, orgs})
              << "\n";
  } else if (!diags.has_errors()) {
    return input_error;
  } else {
    std::cerr << format(tr("{0}: not written: {1}"), {output_name(output), count_of(diags.count(Severity::error), "error")})
              << "\n";
  }
  return diags.has_errors() ? input_error : ok;
}

}  // namespace casebook::cli
