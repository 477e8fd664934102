#pragma once

// The kinds of blocks of a spread. Each sets one block of one organization
// at (x, y) across `width` and returns its frame, whose height is what the
// block needs. Text blocks take the copyfit step to set at (nullptr: the
// layout's own sizes; else a step of LayoutSpec::copyfit_steps, its size
// and line pitch for every row).

#include "data/model.h"
#include "layout/context.h"
#include "layout/frame.h"

namespace casebook {

/// The number box and the 団体名 / 取組地域 / 取組名 rows.
Frame layout_header(const LayoutContext& ctx, const Organization& org, Length x, Length y, Length width);

/// 取組の種類: each category's row, then its items two to a row, a mark
/// cell (★, ☆ or empty) in front of every item.
Frame layout_activities(const LayoutContext& ctx, const Organization& org, Length x, Length y, Length width);

/// 取組の対象: the target groups in rows of `target_columns`, a mark cell in
/// front of each.
Frame layout_targets(const LayoutContext& ctx, const Organization& org, Length x, Length y, Length width);

/// (1) 取組の内容: 目的, 対象とした人, 内容 as label and text cells; the
/// table made `stretch` taller when the block fills its page (place_table).
Frame layout_content(const LayoutContext& ctx, const Organization& org, Length x, Length y, Length width,
                     const ScaleStep* step, Length stretch = 0);

/// (2) 取組の成果.
Frame layout_results(const LayoutContext& ctx, const Organization& org, Length x, Length y, Length width,
                     const ScaleStep* step, Length stretch = 0);

/// (3) 取組の様子: the photos scaled into `height` (their captions
/// below), or — in a proof, for a record without photos — a framed
/// 「写真なし」 placeholder.
Frame layout_photos(const LayoutContext& ctx, const Organization& org, Length x, Length y, Length width,
                    Length height);

/// 団体概要: label and value rows, the message as a paragraph.
Frame layout_profile(const LayoutContext& ctx, const Organization& org, Length x, Length y, Length width,
                     const ScaleStep* step, Length stretch = 0);

/// A block heading ("(1) 取組の内容") with its rule; returns its height.
Frame layout_heading(const LayoutContext& ctx, const std::string& text, Length x, Length y, Length width);

}  // namespace casebook
