#pragma once

#include <vector>

#include "layout/cell.h"

namespace casebook {

/// Places rows of already-set cells one under another from (x, y): each
/// row as high as its tallest cell (and at least `min_row_height`), cells
/// side by side with the given widths. Draws the table's rules: its frame
/// in `frame_width`, the lines between cells in `rule_width`. `stretch`
/// makes the table that much taller (vertical justification): every row
/// grows below its text in proportion to its natural height, by at most
/// `stretch_max` times that height (a fixed-point ratio, kUnitsPerPoint =
/// 1), and the last row takes what the cap leaves.
Frame place_table(const LayoutContext& ctx, FrameKind kind, const std::vector<std::vector<CellContent>>& rows,
                  const std::vector<std::vector<Length>>& widths, Length x, Length y, Length min_row_height = 0,
                  Length stretch = 0, Length stretch_max = 0);

/// Like place_table(), but flows the rows over as many pages as they need:
/// rows go on from `y` on the first page and from `top` on the next, never
/// past `limit`; `header` (when not empty) is repeated at the top of every
/// page. Returns one frame per page.
std::vector<Frame> place_table_pages(const LayoutContext& ctx, FrameKind kind,
                                     const std::vector<CellContent>& header, const std::vector<Length>& header_widths,
                                     const std::vector<std::vector<CellContent>>& rows,
                                     const std::vector<std::vector<Length>>& widths, Length x, Length y, Length top,
                                     Length limit);

}  // namespace casebook
