#include <algorithm>
#include <fstream>
#include <iostream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/output_file.h"
#include "cli/wording.h"
#include "data/load.h"
#include "sheet/csv.h"
#include "sheet/record_row.h"
#include "sheet/xlsx.h"

namespace casebook::cli {

namespace {

constexpr const char* kHelp = R"(usage: casebook export [DATA_DIR] -o RECORDS.xlsx|RECORDS.csv

Writes the records of DATA_DIR (default: data) as a spreadsheet: one row
per organization in number order, one column per field under its
Japanese header (番号, 団体名, 取組名, …). Long texts keep their lines in
one cell; the ★ and ☆ marks are the names of the items and target groups
(the ☆ one per line). Each field is as the TOML file writes it, phrase
marks (|) and block markup (・, ①, #) included, so that casebook import
reads the sheet back into the same records.

RECORDS.xlsx is an Excel workbook (opens in Excel and LibreOffice);
RECORDS.csv is UTF-8 with a byte order mark, which Japanese Excel opens
without garbling. The data must load without errors (see casebook check).

options:
  -o, --output F  the file to write (required); its extension, .xlsx or
                  .csv, chooses the format. Only a new file or a regular
                  file is replaced, never a file the run reads, and nothing
                  inside DATA_DIR unless --allow-output-in-data
)";

}  // namespace

int run_export(const std::vector<std::string>& args) {
  std::string dir = "data", output;
  bool allow_in_data = false;
  Arguments arguments("export", kHelp);
  arguments.positional(&dir, "data directory");
  arguments.option("--output", &output, "-o");
  arguments.flag("--allow-output-in-data", &allow_in_data);
  if (auto exit = arguments.parse(args)) return *exit;
  if (output.empty()) return arguments.error("no output file: give -o RECORDS.xlsx or -o RECORDS.csv");
  std::string extension = output.substr(std::min(output.size(), output.rfind('.') == std::string::npos ? output.size() : output.rfind('.')));
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension != ".xlsx" && extension != ".csv") {
    return arguments.error("cannot tell the format of '" + output + "': name it .xlsx or .csv");
  }

  Diagnostics diags;
  const Casebook book = load_casebook(dir, diags);
  OutputRules rules;
  for (const auto& [path, unused] : book.sources) rules.inputs.push_back(path);
  rules.data_dir = dir;
  rules.allow_in_data = allow_in_data;
  bool written = false;
  if (!diags.has_errors() && check_output(output, rules, diags, "the sheet")) {
    // The rows come from each record's TOML as typed (marks, aliases,
    // markup), so import writes back what was there.
    std::vector<sheet::Column> columns;
    const sheet::Table rows = sheet::rows_of_casebook(book, columns);

    sweep_stale_temps(output);
    TempFile temp(output);
    std::string error;
    bool complete = false;
    if (extension == ".csv") {
      std::ofstream out(temp.path(), std::ios::binary);
      out << sheet::write_csv(rows);
      out.close();
      complete = static_cast<bool>(out);
      if (!complete) error = "cannot write the file";
    } else {
      complete = sheet::write_xlsx(temp.path(), rows, columns, error);
    }
    written = complete && temp.commit(error);
    if (!written) diags.error({output, 0, 0}, "cannot write the sheet: " + error);
  }
  print_diagnostics(std::cerr, diags);
  if (!written) {
    std::cerr << escape_controls(output) << ": not written: " << count_of(diags.count(Severity::error), "error") << "\n";
    return input_error;
  }
  std::cout << escape_controls(output) << ": " << count_of(static_cast<long long>(book.organizations.size()), "organization")
            << " exported\n";
  return ok;
}

}  // namespace casebook::cli
