#pragma once

#include <cstddef>
#include <string_view>

#include "data/model.h"
#include "layout/context.h"

namespace casebook {

/// Characters that take room on a line: every code point except white
/// space (which may collapse or end a line) and the zero-width marks and
/// controls (combining marks, joiners, bidi controls, variation selectors).
std::size_t spacing_characters(std::string_view text);

/// The most spacing characters any one page of the layout can hold: its
/// content area filled with lines at the smallest size the layout ever
/// sets (copyfit.min_size or a smaller type style), each line at that
/// size's pitch (at least the size, load_layout() checks) and every
/// character ⅛ em wide — half the narrowest glyph of the shipped faces
/// (゜ U+309C, 0.26 em), so that no real text is refused by this bound.
std::size_t page_capacity(const LayoutSpec& spec);

/// Finds the text fields of `org` that cannot fit on their page whatever
/// copyfitting does (more spacing characters than page_capacity()) and
/// reports each as an overflow error at the field (on page `first_page` or
/// the next, as the layout places its block), without setting it:
/// a field of megabytes is refused at once instead of after minutes of
/// trial layouts. Returns the organization to lay out: `org` itself when
/// every field may fit, else a copy whose hopeless fields are cut to
/// page_capacity() + 1 characters — enough to overflow the page (drawn in
/// red with --force) without laying out the rest. `hopeless_page[k]` says
/// whether page k of the spread has such a field: it needs no copyfitting
/// and no second overflow error.
const Organization& without_hopeless_fields(const LayoutContext& ctx, const Organization& org, int first_page,
                                            Organization& copy, bool (&hopeless_page)[2]);

}  // namespace casebook
