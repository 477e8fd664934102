#include "sheet/xlsx.h"

#include <xlsxwriter.h>

namespace casebook::sheet {

bool write_xlsx(const std::string& path, const Table& rows, const std::vector<Column>& columns, std::string& error) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) {
    error = "cannot create the workbook";
    return false;
  }
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "団体");
  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* cell = workbook_add_format(workbook);
  format_set_text_wrap(cell);
  format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
  // "@": text, so that Excel keeps what is typed into a cell later
  // (1-5 stays 1-5, not a date).
  format_set_num_format(cell, "@");

  for (std::size_t c = 0; c < columns.size(); ++c) {
    const double width = columns[c].kind == CellKind::long_text ? 60 : columns[c].kind == CellKind::number ? 6 : 24;
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
  }
  worksheet_freeze_panes(sheet, 1, 2);
  lxw_error failed = LXW_NO_ERROR;
  for (std::size_t r = 0; r < rows.size() && failed == LXW_NO_ERROR; ++r) {
    for (std::size_t c = 0; c < rows[r].size() && failed == LXW_NO_ERROR; ++c) {
      const std::string& text = rows[r][c];
      const auto row = static_cast<lxw_row_t>(r);
      const auto col = static_cast<lxw_col_t>(c);
      if (r > 0 && c < columns.size() && columns[c].kind == CellKind::number && !text.empty() &&
          text.find_first_not_of("0123456789") == std::string::npos) {
        failed = worksheet_write_number(sheet, row, col, std::stod(text), nullptr);
      } else if (text.empty()) {
        failed = worksheet_write_blank(sheet, row, col, r == 0 ? header : cell);
      } else {
        failed = worksheet_write_string(sheet, row, col, text.c_str(), r == 0 ? header : cell);
      }
      if (failed != LXW_NO_ERROR) {
        error = "cell " + column_letter(c) + std::to_string(r + 1) + ": " + lxw_strerror(failed);
      }
    }
  }
  const lxw_error closed = workbook_close(workbook);
  if (failed != LXW_NO_ERROR) return false;
  if (closed != LXW_NO_ERROR) {
    error = lxw_strerror(closed);
    return false;
  }
  return true;
}

}  // namespace casebook::sheet
