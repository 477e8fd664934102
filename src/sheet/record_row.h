#pragma once

// A record and a spreadsheet row, both ways: the row holds each field as
// the TOML file writes it (phrase marks, markup and aliases included), so
// a record exported and imported unchanged loads as it did.

#include <string>
#include <vector>

#include <toml++/toml.h>

#include "data/model.h"
#include "sheet/columns.h"

namespace casebook::sheet {

/// The cells of one record under `columns`, read from its parsed TOML: a
/// list joined with 、 (prefectures) or line breaks (☆ marks), a long text
/// without the line break a '''…''' string ends with. A field the record
/// lacks gives an empty cell.
std::vector<std::string> row_of_record(const toml::table& record, const std::vector<Column>& columns);

/// How many [[photos]] the record has.
int photo_count(const toml::table& record);

/// The columns and rows of the whole sheet of `book`'s records, in
/// number order, read from each record's TOML as typed (kept in
/// `book.sources`): room for at least two photos, and for as many as the
/// record with the most has. `book` must have loaded without errors.
std::vector<std::vector<std::string>> rows_of_casebook(const Casebook& book, std::vector<Column>& columns);

/// A record's TOML as import writes it, and which sheet column each line
/// of it came from.
struct RecordText {
  std::string toml;
  /// For line L (1-based) of `toml`, the index into the columns of the
  /// cell it holds, or -1 for a line of no cell (a [table] header).
  std::vector<int> column_of_line;
};

/// The TOML of a row: `cells[i]` is the cell under `columns[i]`. A required
/// field whose cell is empty is written empty ('' or []), so the loader
/// reports it at that field's line and so at its column; an empty optional
/// field is left out. A 番号 that is not a whole number is written as text
/// for the loader to refuse. Long texts are multi-line literal strings
/// ('''…''', readable and with nothing escaped) unless their text cannot be
/// one; short texts single-line.
RecordText record_of_row(const std::vector<Column>& columns, const std::vector<std::string>& cells);

/// `value` as a TOML string: a literal string when it can be one (no
/// escaping), else a basic string with escapes; multi-line forms when
/// `multiline`.
std::string toml_string(const std::string& value, bool multiline);

}  // namespace casebook::sheet
