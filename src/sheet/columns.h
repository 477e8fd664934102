#pragma once

// The spreadsheet's columns: one per field of a record (data/README.md,
// "An organization record"), in the order of the printed spread, each
// headed by the field's Japanese label as the report prints it.

#include <string>
#include <vector>

namespace casebook::sheet {

/// What a column's cells hold, which decides how a cell becomes TOML.
enum class CellKind {
  number,     ///< 番号: an integer
  text,       ///< a one-line text field (a name, an address)
  long_text,  ///< a field in the block markup, kept in a multi-line cell
  list,       ///< several names in one cell (prefectures, ☆ marks)
};

/// One column: the record's field (a dotted key; photos[N].file for the
/// N-th photo, counted from 1 in the header), its header, and whether a
/// record needs it.
struct Column {
  std::string key;
  std::string header;
  CellKind kind = CellKind::text;
  bool required = true;
};

/// The columns of a sheet with room for `photos` photos: the fixed fields,
/// then 写真N / 写真Nの説明 pairs.
std::vector<Column> record_columns(int photos);

/// The column headed `header` (spaces around it ignored) among the columns of
/// any number of photos, or nullopt-like: an empty key when none.
Column column_for_header(const std::string& header);

/// "A", "B", …, "Z", "AA": the spreadsheet's name for column `index` (0-based).
std::string column_letter(std::size_t index);

/// Splits a list cell into its names: at line breaks, 、, full-width or
/// ASCII commas, spaces around each name dropped, empty names skipped.
std::vector<std::string> split_list(const std::string& cell);

}  // namespace casebook::sheet
