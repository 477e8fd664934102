#pragma once

#include <string>
#include <vector>

#include "data/model.h"
#include "layout/context.h"
#include "layout/frame.h"

namespace casebook {

/// Reports each grid mark (★, ☆) that does not fit on one line of a grid
/// mark cell, at the mark's layout line; true when both fit. A wider mark
/// would wrap in every cell and push the grid past its page, where it was
/// reported as the text overflowing.
bool check_marks_fit(const LayoutContext& ctx);

/// Sets the whole book: the front matter the layout asks for (cover,
/// はじめに, counts, contents, mapping — every number in them computed from
/// `orgs`) and each organization's spread. The contents' page numbers are
/// where the spreads really landed: the book is laid out, the contents
/// compared with the result, and laid out again until nothing moves (at
/// most five passes, then a warning). `subset` is the cover line naming a
/// booklet's selection ("" for the whole book). Paragraphs are measured
/// once in `ctx.cache`, or in a cache of its own when that is null.
/// `places`, when given, holds each of `orgs`' place (from 0) in the whole
/// book: its spread then keeps the folios it has there (booklets
/// --keep-folios), and the page labels follow them; empty: the spreads are
/// numbered 1, 2, … as they come.
BookPages layout_book(const LayoutContext& ctx, const Casebook& data, const std::vector<const Organization*>& orgs,
                      const std::string& subset, const std::vector<std::size_t>& places = {});

/// i, ii, iii, iv, … for front-matter page numbers.
std::string roman(int n);

}  // namespace casebook
