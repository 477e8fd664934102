#pragma once

#include "base/diagnostic.h"
#include "data/layout_spec.h"
#include "data/model.h"
#include "text/face_set.h"

namespace casebook {

/// Checks, without laying anything out, that every character of the data
/// has a glyph in the face of each type style the layout sets it in (the
/// styles layout_book() uses for that field: an organization's name is
/// set in the header, the contents and the mapping page). A character a
/// face lacks is reported as a build reports it, at the character's place
/// in the data (found through `data.sources`, escapes included).
/// This is what lets `check` pass only data `build` can print; what needs
/// the layout itself (a field that overflows its page) `check` cannot see.
void check_glyph_coverage(const Casebook& data, const LayoutSpec& spec, const FaceSet& faces, Diagnostics& diags);

}  // namespace casebook
