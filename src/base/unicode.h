#pragma once

#include <string_view>

namespace casebook::unicode {

/// Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties,
/// Unicode 15): characters that print nothing of their own — zero-width
/// space and joiners, the soft hyphen, bidi controls, variation selectors,
/// the word joiner, tags. HarfBuzz removes exactly these from the glyphs it
/// returns (HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES), after a variation
/// selector has chosen its base's glyph.
bool is_default_ignorable(char32_t c);

/// The explicit bidi formatting characters (UAX #9 2.1–2.7): LRE RLE PDF
/// LRO RLO (U+202A–U+202E), LRI RLI FSI PDI (U+2066–U+2069) and the marks
/// LRM RLM (U+200E, U+200F). Horizontal Japanese text has no right-to-left
/// run for them to act on; in the data they can only hide what is typed.
bool is_bidi_control(char32_t c);

/// Whether `s` has at least one character and every character is white
/// space (ASCII space, tab, newline, U+3000) or default-ignorable: text
/// that prints nothing.
bool prints_nothing(std::string_view s);

}  // namespace casebook::unicode
