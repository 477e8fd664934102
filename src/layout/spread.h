#pragma once

#include <vector>

#include "data/model.h"
#include "layout/context.h"
#include "layout/frame.h"

namespace casebook {

/// Lays out one organization on its two pages, numbered `first_page` and
/// `first_page + 1`, copyfitting as the layout allows: the photo area takes
/// the room the page has left (between its minimum and maximum); when the
/// blocks do not fit even with the smallest photo area, the text of the
/// largest text block on the page steps down `copyfit.steps`, one step of
/// the type scale at a time (its size and its line pitch), until the page
/// fits or every text block is on the last step. Each shrink is a note; text that still does not fit
/// is an error at the field that overflows, and is drawn past the content
/// area with a red mark at the spot.
std::vector<Page> layout_spread(const LayoutContext& ctx, const Organization& org, int first_page);

/// The running head (柱) of a spread's second page: the organization's
/// number and name in the top margin, flush with the type area's outer edge.
void add_running_head(const LayoutContext& ctx, const Organization& org, Page& page);

/// The footer of a page: its number, and the running title if the layout
/// has one.
void add_footer(const LayoutContext& ctx, Page& page);

}  // namespace casebook
