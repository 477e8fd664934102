#pragma once

// Where a page's type area, folio and running head sit: the one place that
// decides it for every kind of page (spread pages, front matter, the
// mapping, blank pages), so that margins mirror the same way throughout.

#include "data/layout_spec.h"
#include "layout/frame.h"

namespace casebook {

/// The book is bound on the left (左綴じ, horizontal text): its first page —
/// the cover, or page i — is a right-hand page (recto) and pages alternate
/// from there. A page's printed number counts from that first page within
/// the front matter, and the front matter has an even number of pages
/// (layout_book() adds a blank page), so in both numberings an odd folio is
/// a right-hand page.
inline bool is_right_hand(int folio) { return folio % 2 == 1; }

/// The page's geometry on its physical side: the inner margin is on the
/// binding side (left on a right-hand page, right on a left-hand one).
struct PageGeometry {
  bool right_hand = true;
  Rect type_area;  ///< between the four margins
  /// The type area's outer edge, where a running head or title sits flush.
  Length outer_edge() const { return right_hand ? type_area.right() : type_area.x; }
};

PageGeometry page_geometry(const LayoutSpec& spec, int folio);

/// Moves a frame and everything it draws `dx` to the right: a page laid out
/// on one side is mirrored onto the other by moving its type area.
void translate(Frame& frame, Length dx);

}  // namespace casebook
