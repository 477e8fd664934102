#include <iostream>

#include "base/diagnostic.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "data/load.h"

namespace casebook::cli {

namespace {

constexpr const char* kHelp = R"(usage: casebook check [DATA_DIR]

Loads the casebook's data (default directory: data) and reports every
problem in it, each as FILE:LINE:COL: error: MESSAGE, all in one run,
followed by a one-line summary.

Exit status: 0 when the data has no errors (warnings allowed), 1 when it
has errors, 2 for a usage error.
)";

std::string plural(int n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

int run_check(const std::vector<std::string>& args) {
  std::string dir = "data";
  Arguments arguments("check", kHelp);
  arguments.positional(&dir, "data directory");
  if (auto exit = arguments.parse(args)) return *exit;

  Diagnostics diags;
  const Casebook book = load_casebook(dir, diags);
  print_diagnostics(std::cout, diags);

  const int errors = diags.count(Severity::error);
  const int warnings = diags.count(Severity::warning);
  std::cout << dir << ": " << plural(static_cast<int>(book.organizations.size()), "organization") << " checked, ";
  if (errors == 0 && warnings == 0) {
    std::cout << "no problems\n";
  } else {
    std::cout << plural(errors, "error") << ", " << plural(warnings, "warning") << "\n";
  }
  return errors > 0 ? input_error : ok;
}

}  // namespace casebook::cli
