#pragma once

// A sheet's rows as records: each row written as TOML and loaded by the
// data stage's own record loader, its diagnostics pointed back at the
// row and column of the sheet.

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "data/model.h"
#include "sheet/csv.h"

namespace casebook::sheet {

/// One row of the sheet as a record.
struct RowRecord {
  int row = 0;     ///< the spreadsheet's row number (the header is row 1)
  int number = 0;  ///< the record's 番号, 0 when it has none usable
  std::string toml;
  Organization org;
  /// What loading the row found, at `sheet:ROW:COL (header)`.
  Diagnostics diags;
  /// The cell of each of `org.photos`' files, for checks made against the
  /// data directory.
  std::vector<Span> photo_cells;
};

/// The records of `table`, whose first row names the columns by their
/// headers (any order; optional columns may be left out). A header that
/// names no field, a field named twice or a required field without a column
/// is reported to `diags` and gives nullopt: no row can be read right.
/// Rows with every cell empty are skipped. Records are loaded against
/// `taxonomy`; `sheet` names the file in diagnostics.
std::optional<std::vector<RowRecord>> records_of_table(const Table& table, const std::string& sheet,
                                                       const Taxonomy& taxonomy, Diagnostics& diags);

/// Where a diagnostic about a cell points: `sheet:ROW:COL (header)`, as a
/// span of its own (line 0: a sheet has no lines to show).
Span cell_span(const std::string& sheet, int row, std::size_t column, const std::string& header);

}  // namespace casebook::sheet
