#pragma once

#include <string>
#include <vector>

#include "data/model.h"
#include "layout/context.h"
#include "layout/frame.h"

namespace casebook {

/// Sets the whole book: the front matter the layout asks for (cover,
/// はじめに, counts, contents, mapping — every number in them computed from
/// `orgs`) and each organization's spread. The contents' page numbers are
/// where the spreads really landed: the book is laid out, the contents
/// compared with the result, and laid out again until nothing moves (at
/// most five passes, then a warning). `subset` is the cover line naming a
/// booklet's selection ("" for the whole book).
BookPages layout_book(const LayoutContext& ctx, const Casebook& data, const std::vector<const Organization*>& orgs,
                      const std::string& subset);

/// i, ii, iii, iv, … for front-matter page numbers.
std::string roman(int n);

}  // namespace casebook
