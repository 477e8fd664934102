#pragma once

// A layout and a data folder of the source tree loaded as the command line
// loads them, for tests that lay out real records; and reading the frame
// tree the layout makes.

#include <functional>
#include <string>
#include <vector>

#include "data/load.h"
#include "data/load_layout.h"
#include "layout/context.h"
#include "layout/frame.h"
#include "text/face_set.h"

namespace casebook::testing_support {

/// layouts/`layout` and the data folder `data` (relative to the source
/// tree: the shipped book unless named), loaded in the command line's
/// order (the layout, its faces, the records); every diagnostic in `diags`.
struct LoadedBook {
  explicit LoadedBook(const std::string& layout, const std::string& data = "data") {
    spec = load_layout(std::string(CASEBOOK_SOURCE_DIR) + "/layouts/" + layout, diags);
    faces.load(spec.faces, {spec.path, 1, 1}, diags);
    book = load_casebook(std::string(CASEBOOK_SOURCE_DIR) + "/" + data, diags);
  }

  /// A context that lays out this book and reports into `d`.
  LayoutContext context(Diagnostics& d, bool proof = false) {
    LayoutContext ctx{spec, faces, book.taxonomy, d, book.dir};
    ctx.proof = proof;
    return ctx;
  }

  /// Every record of the book, in its order.
  std::vector<const Organization*> organizations() const {
    std::vector<const Organization*> orgs;
    for (const Organization& o : book.organizations) orgs.push_back(&o);
    return orgs;
  }

  Diagnostics diags;
  LayoutSpec spec;
  FaceSet faces;
  Casebook book;
};

/// Visits `f` and every frame inside it, depth first.
inline void for_each_frame(const Frame& f, const std::function<void(const Frame&)>& visit) {
  visit(f);
  for (const Frame& c : f.children) for_each_frame(c, visit);
}

/// The text of a set line, glyph by glyph.
inline std::string text_of(const TextLine& t) {
  std::string s;
  for (const PlacedGlyph& g : t.line.glyphs) s += g.text;
  return s;
}

}  // namespace casebook::testing_support
