#include "layout/page_geometry.h"

namespace casebook {

PageGeometry page_geometry(const LayoutSpec& spec, int folio) {
  PageGeometry g;
  g.right_hand = is_right_hand(folio);
  const Length left = g.right_hand ? spec.margin_inner : spec.margin_outer;
  g.type_area = Rect{left, spec.margin_top, spec.page_width - spec.margin_inner - spec.margin_outer,
                     spec.page_height - spec.margin_top - spec.margin_bottom};
  return g;
}

void translate(Frame& frame, Length dx) {
  if (dx == 0) return;
  frame.rect.x += dx;
  for (Box& b : frame.boxes) b.rect.x += dx;
  for (Rule& r : frame.rules) {
    r.x1 += dx;
    r.x2 += dx;
  }
  for (TextLine& l : frame.lines) l.x += dx;
  for (Image& i : frame.images) i.rect.x += dx;
  for (Link& l : frame.links) l.rect.x += dx;
  for (Frame& c : frame.children) translate(c, dx);
}

}  // namespace casebook
