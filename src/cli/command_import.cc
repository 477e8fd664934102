#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/output_file.h"
#include "cli/wording.h"
#include "data/load.h"
#include "sheet/csv.h"
#include "sheet/import_rows.h"
#include "sheet/same_record.h"

namespace casebook::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kHelp = R"HELP(usage: casebook import FILE.csv [DATA_DIR] [--encoding auto|utf-8|cp932]

Reads a sheet of records, as casebook export writes it and a spreadsheet
saves it as CSV, into DATA_DIR/orgs (default DATA_DIR: data): each row is
the record with its 番号, written to the file that holds that number
(orgs/NN.toml for a new one). Columns are found by their headers, in any
order; optional ones (その他の取組 ☆, ウェブサイト, メッセージ, 写真N) may be
left out.

Each row is checked as casebook check checks a record, with diagnostics
at the sheet's row and column (records.csv:5:C (取組名): error: …). A row
with an error writes nothing: its record stays as it was. A row equal to
its record leaves the file untouched; a changed record's file is written
anew (its comments are not kept).

The file is UTF-8 (with or without a byte order mark: "CSV UTF-8" in
Excel) or CP932 (Excel's plain "CSV" on a Japanese Windows), told apart
by whether it is valid UTF-8. XLSX is not read: save the workbook as
"CSV UTF-8 (コンマ区切り)" first.

options:
  --encoding E    auto (the default), utf-8 or cp932

Exit status: 0 when every row was written or unchanged, 1 when a row was
refused or the sheet cannot be read, 2 for a usage error.
)HELP";

constexpr std::size_t kMaxSheetBytes = std::size_t{32} << 20;

std::string two_digits(int n) { return n < 10 ? "0" + std::to_string(n) : std::to_string(n); }

std::optional<std::string> read_bytes(const std::string& path, Diagnostics& diags) {
  const std::string type = describe_file_type(path);
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    diags.error({path, 0, 0}, "cannot read the sheet: no such file");
    return std::nullopt;
  }
  if (!type.empty()) {
    diags.error({path, 0, 0}, "cannot read the sheet: it is " + type + ", not a regular file");
    return std::nullopt;
  }
  if (fs::file_size(path, ec) > kMaxSheetBytes) {
    diags.error({path, 0, 0}, "the sheet is larger than 32 MiB; check that this is the file you meant");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  if (!in) {
    diags.error({path, 0, 0}, "cannot read the sheet");
    return std::nullopt;
  }
  return s.str();
}

}  // namespace

int run_import(const std::vector<std::string>& args) {
  // FILE is the first positional argument; Arguments takes DATA_DIR.
  std::vector<std::string> rest;
  std::string file;
  bool options_ended = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (!options_ended && (a == "--encoding" || a == "--color" || a == "--message-format") && i + 1 < args.size()) {
      rest.push_back(a);
      rest.push_back(args[++i]);
      continue;
    }
    if (a == "--") options_ended = true;
    if (file.empty() && (options_ended ? a != "--" : !a.starts_with("-") || a == "-")) {
      file = a;
      continue;
    }
    rest.push_back(a);
  }
  std::string dir = "data", encoding_name;
  Arguments arguments("import", kHelp);
  arguments.positional(&dir, "data directory");
  arguments.option("--encoding", &encoding_name);
  if (auto exit = arguments.parse(rest)) return *exit;
  if (file.empty()) return arguments.error("no sheet: give the CSV file to read");
  sheet::Encoding encoding = sheet::Encoding::automatic;
  if (encoding_name == "utf-8" || encoding_name == "utf8" || encoding_name == "UTF-8") encoding = sheet::Encoding::utf8;
  else if (encoding_name == "cp932" || encoding_name == "CP932" || encoding_name == "shift_jis") encoding = sheet::Encoding::cp932;
  else if (!encoding_name.empty() && encoding_name != "auto") {
    return arguments.error("--encoding '" + encoding_name + "': give auto, utf-8 or cp932");
  }

  Diagnostics diags;
  std::optional<sheet::Table> table;
  if (file.ends_with(".xlsx") || file.ends_with(".XLSX")) {
    diags.error({file, 0, 0}, "casebook import reads CSV, not an Excel workbook",
                {"in Excel: ファイル > 名前を付けて保存 > CSV UTF-8 (コンマ区切り) (*.csv); in LibreOffice: "
                 "Save As > Text CSV, character set Unicode (UTF-8)"});
  } else if (auto bytes = read_bytes(file, diags)) {
    if (auto text = sheet::decode_text(*bytes, encoding, file, diags)) table = sheet::read_csv(*text, file, diags);
  }
  Diagnostics existing;
  const Casebook book = load_casebook(dir, existing);
  if (table && !book.taxonomy.loaded) {
    diags.append(existing);
    table.reset();
  }
  std::optional<std::vector<sheet::RowRecord>> records;
  if (table) records = sheet::records_of_table(*table, file, book.taxonomy, diags);
  if (!records) {
    print_diagnostics(std::cerr, diags);
    std::cerr << escape_controls(file) << ": nothing imported\n";
    return input_error;
  }

  std::map<int, const Organization*> by_number;
  for (const Organization& org : book.organizations) {
    if (org.number > 0) by_number.emplace(org.number, &org);
  }
  OutputRules rules;
  rules.inputs.push_back(file);
  rules.data_dir = dir;
  rules.allow_in_data = true;
  int written = 0, unchanged = 0, refused = 0;
  std::vector<std::string> refused_rows;
  for (sheet::RowRecord& record : *records) {
    const std::string row = escape_controls(file) + ":" + std::to_string(record.row);
    // The report's numbering is the book's (as check says).
    const auto& report = book.front.report;
    if (!record.diags.has_errors() && report && report->organizations > 0 && record.number > report->organizations) {
      record.diags.error({file + ":" + std::to_string(record.row), 0, 0},
                         "organization number " + std::to_string(record.number) + " is past the report's last (" +
                             std::to_string(report->organizations) + ")",
                         {"'report.organizations' in casebook.toml says how many the report holds"});
    }
    // The photos as check finds them: a file inside the data directory.
    // (check decodes them; import only refuses a photo that is not there.)
    for (std::size_t i = 0; i < record.org.photos.size() && i < record.photo_cells.size(); ++i) {
      const std::string& name = record.org.photos[i].file.value;
      const fs::path relative(name);
      std::error_code ec;
      const bool inside = !relative.is_absolute() &&
                          std::none_of(relative.begin(), relative.end(), [](const fs::path& p) { return p == ".."; });
      if (!inside || !fs::is_regular_file(fs::path(dir) / relative, ec)) {
        record.diags.error(record.photo_cells[i], "photo file '" + name + "' " +
                                                      (inside ? "is not a file in " + dir : "leaves the data directory"),
                           {"give the path relative to " + dir + ", e.g. \"photos/01-1.jpg\""});
      }
    }
    const auto found = by_number.find(record.number);
    const Organization* old = found == by_number.end() ? nullptr : found->second;
    const std::string target =
        old ? old->path : (fs::path(dir) / "orgs" / (two_digits(record.number) + ".toml")).string();
    struct stat st;
    if (!record.diags.has_errors() && !old && ::lstat(target.c_str(), &st) == 0) {
      // A file there that loaded as no record (or as another number) is
      // someone's work: not ours to replace.
      record.diags.error({file + ":" + std::to_string(record.row), 0, 0},
                         target + " exists but does not load as record " + std::to_string(record.number),
                         {"run casebook check " + dir + " and mend or move that file first"});
    }
    if (!record.diags.has_errors() && old && sheet::same_record(*old, record.org)) {
      diags.append(record.diags);
      std::cout << row << ": " << escape_controls(target) << " unchanged\n";
      ++unchanged;
      continue;
    }
    if (!record.diags.has_errors() && check_output(target, rules, record.diags, "the record")) {
      sweep_stale_temps(target);
      TempFile temp(target);
      std::ofstream out(temp.path(), std::ios::binary);
      out << record.toml;
      out.close();
      std::string error = "cannot write the file";
      if (!out || !temp.commit(error)) record.diags.error({target, 0, 0}, "cannot write the record: " + error);
    }
    diags.append(record.diags);
    if (record.diags.has_errors()) {
      std::cout << row << ": refused (" << count_of(record.diags.count(Severity::error), "error") << "); "
                << (old ? escape_controls(target) + " left as it was" : "nothing written") << "\n";
      refused_rows.push_back(std::to_string(record.row));
      ++refused;
      continue;
    }
    std::cout << row << ": " << escape_controls(target) << (old ? " updated" : " written (new)") << "\n";
    ++written;
  }
  print_diagnostics(std::cerr, diags);
  std::string rows;
  for (const std::string& r : refused_rows) rows += (rows.empty() ? "" : ", ") + r;
  std::cout << escape_controls(file) << ": " << count_of(static_cast<long long>(records->size()), "row") << ": "
            << written << " written, " << unchanged << " unchanged, " << refused << " refused"
            << (refused ? " (row" + std::string(refused > 1 ? "s " : " ") + rows + ")" : "") << "\n";
  return refused > 0 ? input_error : ok;
}

}  // namespace casebook::cli
