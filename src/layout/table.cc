#include "layout/table.h"

#include <algorithm>

namespace casebook {

Frame place_table(const LayoutContext& ctx, FrameKind kind, const std::vector<std::vector<CellContent>>& rows,
                  const std::vector<std::vector<Length>>& widths, Length x, Length y, Length min_row_height,
                  Length stretch, Length row_stretch) {
  Frame table;
  table.kind = kind;
  const Color rule = ctx.color("rule");
  Length top = y;
  Length table_width = 0;
  const Length each = rows.empty() ? 0 : std::min(row_stretch, stretch / static_cast<Length>(rows.size()));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    Length height = min_row_height;
    for (const CellContent& cell : rows[r]) height = std::max(height, cell.height());
    height += r + 1 < rows.size() ? each : stretch - each * static_cast<Length>(rows.size() - 1);
    Length left = x;
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      const Length w = widths[r][c];
      table.children.push_back(place_cell(rows[r][c], Rect{left, top, w, height}));
      if (c > 0 && !rows[r][c].continues) {
        table.rules.push_back(Rule{left, top, left, top + height, ctx.spec.rule_width, rule});
      }
      left += w;
    }
    table_width = std::max(table_width, left - x);
    if (r > 0) table.rules.push_back(Rule{x, top, left, top, ctx.spec.rule_width, rule});
    top += height;
  }
  table.rect = Rect{x, y, table_width, top - y};
  table.boxes.push_back(Box{table.rect, std::nullopt, ctx.spec.frame_rule_width, rule, false});
  return table;
}

std::vector<Frame> place_table_pages(const LayoutContext& ctx, FrameKind kind,
                                     const std::vector<CellContent>& header, const std::vector<Length>& header_widths,
                                     const std::vector<std::vector<CellContent>>& rows,
                                     const std::vector<std::vector<Length>>& widths, Length x, Length y, Length top,
                                     Length limit) {
  auto row_height = [](const std::vector<CellContent>& row) {
    Length h = 0;
    for (const CellContent& c : row) h = std::max(h, c.height());
    return h;
  };
  std::vector<Frame> pages;
  std::size_t r = 0;
  Length start = y;
  while (r < rows.size() || pages.empty()) {
    std::vector<std::vector<CellContent>> page_rows;
    std::vector<std::vector<Length>> page_widths;
    Length used = 0;
    if (!header.empty()) {
      page_rows.push_back(header);
      page_widths.push_back(header_widths);
      used += row_height(header);
    }
    const std::size_t first = r;
    // At least one row a page, so that a row taller than a page still ends.
    while (r < rows.size() && (r == first || start + used + row_height(rows[r]) <= limit)) {
      used += row_height(rows[r]);
      page_rows.push_back(rows[r]);
      page_widths.push_back(widths[r]);
      ++r;
    }
    pages.push_back(place_table(ctx, kind, page_rows, page_widths, x, start));
    start = top;
    if (rows.empty()) break;
  }
  return pages;
}

}  // namespace casebook
