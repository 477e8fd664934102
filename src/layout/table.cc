#include "layout/table.h"

#include <algorithm>
#include <vector>

namespace casebook {

Frame place_table(const LayoutContext& ctx, FrameKind kind, const std::vector<std::vector<CellContent>>& rows,
                  const std::vector<std::vector<Length>>& widths, Length x, Length y, Length min_row_height,
                  Length stretch, Length stretch_max) {
  Frame table;
  table.kind = kind;
  const Color rule = ctx.spec.colors.rule;
  Length top = y;
  Length table_width = 0;
  std::vector<Length> natural(rows.size(), min_row_height);
  Length total = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (const CellContent& cell : rows[r]) natural[r] = std::max(natural[r], cell.height());
    total += natural[r];
  }
  // Each row grows in proportion to its natural height, not by the same
  // amount: every cell keeps the same share of text to white, so a
  // one-line row does not turn into an empty box beside a long one. No row
  // grows by more than `stretch_max` times its height; the last row takes
  // what the cap leaves (and the rounding), so the table ends exactly
  // `stretch` lower.
  std::vector<Length> grow(rows.size(), 0);
  if (stretch > 0 && total > 0) {
    Length given = 0;
    for (std::size_t r = 0; r + 1 < rows.size(); ++r) {
      grow[r] = std::min(scale(natural[r], stretch, total), scale(natural[r], stretch_max, kUnitsPerPoint));
      given += grow[r];
    }
    grow.back() = stretch - given;
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const Length height = natural[r] + grow[r];
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
