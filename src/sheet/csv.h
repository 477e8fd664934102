#pragma once

// CSV as spreadsheets write it (RFC 4180): fields separated by commas,
// records by line breaks, a field quoted with " when it holds a comma, a
// quote or a line break, a quote inside doubled.

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace casebook::sheet {

/// A sheet: rows of cells, the header first.
using Table = std::vector<std::vector<std::string>>;

/// The bytes of a CSV file of `rows`, UTF-8 with a byte order mark (which
/// is how Japanese Excel knows the file is UTF-8 and not CP932), CR LF
/// between records and LF for a line break inside a cell, as Excel writes.
std::string write_csv(const Table& rows);

/// The rows of a CSV text (UTF-8, without BOM). A quoted field left open
/// at the end of the file is an error at `file` naming the row it began
/// in; nullopt then.
std::optional<Table> read_csv(const std::string& text, const std::string& file, Diagnostics& diags);

/// The encodings import reads.
enum class Encoding { automatic, utf8, cp932 };

/// `bytes` as UTF-8: a UTF-8 byte order mark is dropped; with `automatic`,
/// text that is valid UTF-8 is taken as UTF-8 and anything else as CP932
/// (Shift_JIS as Windows writes it, which Japanese Excel saves as "CSV"),
/// converted with iconv. A byte sequence the encoding does not allow is an
/// error at `file` with its offset; nullopt then. `used` tells which
/// encoding was read.
std::optional<std::string> decode_text(const std::string& bytes, Encoding encoding, const std::string& file,
                                       Diagnostics& diags, Encoding* used = nullptr);

}  // namespace casebook::sheet
