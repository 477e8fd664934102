#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/face.h"

namespace casebook {

/// The byte offsets in `text` of the characters `face` cannot set: those
/// HarfBuzz shapes to .notdef (glyph 0) with `features`, shaped the way
/// prepare_paragraph() shapes (Japanese, horizontal), so that exactly the
/// characters a build would report are found. A sequence the shaper
/// composes (か + U+3099 → が) counts as set when the face has the result;
/// spaces and tabs, set as glue, and invisible (default-ignorable)
/// characters, which print nothing, are never missing.
std::vector<std::size_t> missing_characters(const Face& face, std::string_view text,
                                            const std::vector<std::string>& features);

}  // namespace casebook
