#include <sys/stat.h>

#include <filesystem>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/output_file.h"
#include "data/load.h"
#include "sheet/record_template.h"

namespace casebook::cli {

namespace {

constexpr const char* kHelp = R"(usage: casebook new NUMBER [DATA_DIR]

Writes DATA_DIR/orgs/NN.toml (default DATA_DIR: data), a new record
numbered NUMBER, from a template with every field: its Japanese label as
a comment and an example value. Replace the examples, then run
casebook check. An existing file is never replaced, and a number another
record already has is refused.

Exit status: 0 when written, 1 when the file exists or the number is
taken, 2 for a usage error.
)";

std::string two_digits(int n) { return n < 10 ? "0" + std::to_string(n) : std::to_string(n); }

}  // namespace

int run_new(const std::vector<std::string>& args) {
  // The first positional argument is the number, the second the folder.
  std::vector<std::string> rest;
  std::string number_text;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (number_text.empty() && !args[i].empty() && args[i][0] != '-') {
      number_text = args[i];
      continue;
    }
    rest.push_back(args[i]);
  }
  std::string dir = "data";
  Arguments arguments("new", kHelp);
  arguments.positional(&dir, "data directory");
  if (auto exit = arguments.parse(rest)) return *exit;
  if (number_text.empty()) return arguments.error("no number: give the new record's number, e.g. casebook new 14");
  const std::optional<long> number = parse_integer(number_text, 1, 999);
  if (!number) return arguments.error("'" + number_text + "' is not a record number from 1 to 999");

  Diagnostics diags;
  const Casebook book = load_casebook(dir, diags);
  const std::string path = (std::filesystem::path(dir) / "orgs" / (two_digits(static_cast<int>(*number)) + ".toml")).string();
  Diagnostics problems;
  if (!book.taxonomy.loaded) {
    // The examples come from the taxonomy: without it, say why.
    print_diagnostics(std::cerr, diags);
    std::cerr << escape_controls(path) << ": not written: the taxonomy could not be read\n";
    return input_error;
  }
  struct stat st;
  if (::lstat(path.c_str(), &st) == 0) {
    problems.error({path, 0, 0}, "the record exists already; casebook new never replaces a file",
                   {"edit it, or choose a number no record has"});
  }
  for (const Organization& org : book.organizations) {
    if (org.number == *number && org.path != path) {
      problems.error(org.number_span, "number " + std::to_string(*number) + " is already this record's");
    }
  }
  if (!problems.has_errors()) {
    OutputRules rules;
    rules.data_dir = dir;
    rules.allow_in_data = true;
    if (check_output(path, rules, problems, "the record")) {
      TempFile temp(path);
      std::ofstream(temp.path(), std::ios::binary) << sheet::record_template(static_cast<int>(*number), book.taxonomy);
      // No rename over a file made since the check: link() fails when the
      // name exists.
      std::string error;
      if (::link(temp.path().c_str(), path.c_str()) != 0) {
        problems.error({path, 0, 0}, "cannot write the record: " + std::string(std::strerror(errno)));
      }
    }
  }
  print_diagnostics(std::cerr, problems);
  if (problems.has_errors()) {
    std::cerr << escape_controls(path) << ": not written\n";
    return input_error;
  }
  std::cout << escape_controls(path) << ": written; replace the examples, then run casebook check "
            << escape_controls(dir) << "\n";
  return ok;
}

}  // namespace casebook::cli
