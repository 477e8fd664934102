#include "sheet/import_rows.h"

#include <algorithm>
#include <map>

#include "base/spelling.h"
#include "data/loaders.h"
#include "sheet/columns.h"
#include "sheet/record_row.h"

namespace casebook::sheet {

Span cell_span(const std::string& sheet, int row, std::size_t column, const std::string& header) {
  return {sheet + ":" + std::to_string(row) + ":" + column_letter(column) + " (" + header + ")", 0, 0};
}

std::optional<std::vector<RowRecord>> records_of_table(const Table& table, const std::string& sheet,
                                                       const Taxonomy& taxonomy, Diagnostics& diags) {
  if (table.empty() || table.front().empty()) {
    diags.error({sheet, 0, 0}, "the sheet is empty: its first row must name the columns (番号, 団体名, …)");
    return std::nullopt;
  }
  // 1. The header row: which field each column holds.
  std::vector<Column> columns;
  std::map<std::string, std::size_t> seen;
  std::vector<std::string> known;
  for (const Column& c : record_columns(1)) known.push_back(c.header);
  const int before = diags.count(Severity::error);
  const std::vector<std::string>& header = table.front();
  for (std::size_t i = 0; i < header.size(); ++i) {
    Column column = column_for_header(header[i]);
    const Span at = cell_span(sheet, 1, i, header[i]);
    if (column.key.empty()) {
      if (header[i].empty()) {
        // An empty column (a spreadsheet's trailing one) is ignored if it
        // holds nothing in any row.
        const bool used = std::any_of(table.begin() + 1, table.end(),
                                      [&](const auto& row) { return i < row.size() && !row[i].empty(); });
        if (used) diags.error({sheet + ":1:" + column_letter(i), 0, 0}, "a column without a header holds values");
        columns.push_back({});
        continue;
      }
      std::vector<std::string> hints;
      if (auto near = nearest(header[i], known)) hints.push_back("did you mean '" + *near + "'?");
      hints.push_back("the headers are those casebook export writes");
      diags.error(at, "no field of a record is headed '" + header[i] + "'", std::move(hints));
      columns.push_back({});
      continue;
    }
    if (auto [it, inserted] = seen.emplace(column.key, i); !inserted) {
      diags.error(at, "the column '" + column.header + "' appears twice (also column " + column_letter(it->second) + ")");
    }
    columns.push_back(column);
  }
  for (const Column& c : record_columns(0)) {
    if (c.required && !seen.contains(c.key)) diags.error({sheet, 0, 0}, "the sheet has no column '" + c.header + "'");
  }
  if (diags.count(Severity::error) > before) return std::nullopt;

  // 2. Each row: written as a record's TOML and loaded as `check` loads one.
  std::vector<RowRecord> records;
  for (std::size_t r = 1; r < table.size(); ++r) {
    const auto& cells = table[r];
    if (std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty(); })) continue;
    RowRecord record;
    record.row = static_cast<int>(r + 1);
    std::vector<std::string> padded = cells;
    padded.resize(columns.size());
    if (cells.size() > columns.size()) {
      diags.error(cell_span(sheet, record.row, columns.size(), "?"), "the row has more cells than the header has columns");
    }
    const RecordText text = record_of_row(columns, padded);
    record.toml = text.toml;
    const SourceFile source(sheet, text.toml);
    Diagnostics found;
    if (std::optional<toml::table> root = parse_toml_file(source, found)) {
      record.org = load_organization(source, *root, taxonomy, found);
    }
    // Each diagnostic moves from the TOML line to the cell it came from.
    const auto cell_of = [&](const Span& span) -> Span {
      const int line = span.line;
      const int column = line > 0 && static_cast<std::size_t>(line) < text.column_of_line.size()
                             ? text.column_of_line[static_cast<std::size_t>(line)]
                             : -1;
      if (column < 0) return {sheet + ":" + std::to_string(record.row), 0, 0};
      const auto c = static_cast<std::size_t>(column);
      return cell_span(sheet, record.row, c, columns[c].header);
    };
    for (Diagnostic d : found.items()) {
      d.span = cell_of(d.span);
      record.diags.add(std::move(d));
    }
    for (const Photo& photo : record.org.photos) record.photo_cells.push_back(cell_of(photo.file.span));
    record.number = record.org.number;
    records.push_back(std::move(record));
  }
  // 3. Two rows with one number would write one file twice.
  std::map<int, int> rows_of_number;
  const auto number_column = static_cast<std::size_t>(seen.at("number"));
  for (RowRecord& record : records) {
    if (record.number == 0) continue;
    const auto [it, inserted] = rows_of_number.emplace(record.number, record.row);
    if (!inserted) {
      record.diags.error(cell_span(sheet, record.row, number_column, "番号"),
                         "number " + std::to_string(record.number) + " is also the number of row " +
                             std::to_string(it->second));
    }
  }
  return records;
}

}  // namespace casebook::sheet
