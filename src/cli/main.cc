// casebook: sets print-ready Japanese casebooks from TOML data.


#include <iostream>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/i18n.h"
#include "base/internal_error.h"
#include "base/spelling.h"
#include "cli/arguments.h"
#include "cli/resources.h"
#include "cli/commands.h"

namespace {

constexpr const char* kHelp = R"(usage: casebook <command> [options]

Sets print-ready Japanese casebooks from TOML data.

commands:
  check [DATA_DIR]   validate the data (default: data) and report every problem
  build [DATA_DIR] -o OUT.pdf
                     set the book into a PDF (--layout FILE, --force;
                     --prefecture P, --region TEXT, --numbers 1-5,9 for a booklet)
  booklets [DATA_DIR] -o DIR
                     one booklet per prefecture, in parallel
  lint [DATA_DIR]    what a proofreader would find (--format json)
  proof [DATA_DIR] -o PROOF.pdf
                     the book with a proofreading overlay (--watch)
  preview [DATA_DIR] -o DIR [--org NN]
                     PNG images of a spread or of the whole book
  new NUMBER [DATA_DIR]
                     a new record orgs/NN.toml from a template to fill in
  export [DATA_DIR] -o RECORDS.xlsx|RECORDS.csv
                     the records as a spreadsheet, one row each
  import FILE.csv [DATA_DIR]
                     a sheet of records back into orgs/NN.toml (--encoding)
  galley TEXT -o OUT.pdf
                     proof the text engine: set a text file in one column

-o - writes the PDF to standard output. casebook replaces only a regular file
that the run does not read, and writes nothing inside DATA_DIR unless
--allow-output-in-data is given.

options:
  -h, --help         show this help (also: casebook <command> --help)
  --version          show the version
  --color=WHEN       colour diagnostics: auto (on a terminal, unless NO_COLOR
                     is set), always or never
  --message-format=short
                     one line per diagnostic, without the source line and
                     caret (for editors and scripts; default: human)
Options take their value as --layout FILE or --layout=FILE (-o OUT or -oOUT);
-- ends the options.

Exit status: 0 when all went well, 1 when the input has errors, 2 for a usage error,
3 for an internal error (a bug in casebook: please report it).
)";

}  // namespace

namespace casebook::cli {

int usage(const std::string& message, const std::string& command) {
  // The message quotes what the user typed: escaped like diagnostics.
  std::cerr << "casebook: " << escape_controls(message) << "\n";
  std::cerr << format(tr("try '{0}'"), {"casebook " + (command.empty() ? "" : escape_controls(command) + " ") + "--help"})
            << "\n";
  return usage_error;
}

}  // namespace casebook::cli

namespace {

int run(std::vector<std::string> args) {
  using namespace casebook::cli;
  if (args.empty()) {
    std::cerr << casebook::tr(kHelp);
    return usage_error;
  }
  // The global options may come before the command too.
  std::size_t i = 0;
  while (i < args.size()) {
    std::string problem;
    const GlobalOption found = take_global_option(args, i, &problem);
    if (found == GlobalOption::invalid) return usage(problem);
    if (found == GlobalOption::none) break;
    ++i;
  }
  args.erase(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(i));
  if (args.empty()) {
    std::cerr << casebook::tr(kHelp);
    return usage_error;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << casebook::tr(kHelp);
    return ok;
  }
  if (command == "--version") {
    std::cout << "casebook " << CASEBOOK_VERSION << "\n";
    return ok;
  }
  if (command == "check") return run_check(args);
  if (command == "build") return run_build(args);
  if (command == "galley") return run_galley(args);
  if (command == "booklets") return run_booklets(args);
  if (command == "lint") return run_lint(args);
  if (command == "proof") return run_proof(args);
  if (command == "preview") return run_preview(args);
  if (command == "new") return run_new(args);
  if (command == "export") return run_export(args);
  if (command == "import") return run_import(args);
  const auto near = casebook::nearest(
      command, {"check", "build", "galley", "booklets", "lint", "proof", "preview", "new", "export", "import", "--help",
                "--version"});
  return usage(near ? casebook::format(casebook::tr("unknown command '{0}'; did you mean '{1}'?"), {command, *near})
                    : casebook::format(casebook::tr("unknown command '{0}'"), {command}));
}

}  // namespace

int main(int argc, char** argv) {
  // The catalogs beside the executable (cli/resources.h); with none found,
  // the system's folder, where nothing of ours is: English.
  const std::string locales = casebook::cli::locale_dir();
  casebook::init_messages(locales.empty() ? "/usr/share/locale" : locales);
  std::vector<std::string> args(argv + 1, argv + argc);
  // Whatever escapes a command is our bug: say so, exit 3, and let the
  // stack unwind (temporary files remove themselves) instead of aborting.
  return casebook::report_internal_errors(std::cerr, [&] { return run(std::move(args)); });
}
