#pragma once

#include <string>
#include <vector>

#include "sheet/columns.h"
#include "sheet/csv.h"

namespace casebook::sheet {

/// Writes `rows` (the header first) as an Excel workbook of one sheet
/// with libxlsxwriter: the header bold and frozen, every cell text (a 番号
/// a number) top-aligned and wrapped so multi-line fields show their
/// lines, long-text columns wide. False with the reason in `error`.
bool write_xlsx(const std::string& path, const Table& rows, const std::vector<Column>& columns, std::string& error);

}  // namespace casebook::sheet
