#pragma once

#include <vector>

#include "text/paragraph.h"

namespace casebook::jlreq {

/// Resolves the classes that depend on the neighbours of a character, once
/// the paragraph's atoms are cut (`typed_space[i]` is the typed space
/// before atom i, 0 for none):
///
/// - ASCII brackets ( ) [ ] { } in Japanese context take the classes of
///   （ ） ［ ］ ｛ ｝ (cl-01, cl-02). JLREQ Appendix A lists the
///   parentheses of Japanese text under these very codes (U+0028 …), noting
///   that their glyphs are full-width forms in Japanese context; data typed
///   on a Western keyboard holds the ASCII codes. casebook's definition of
///   Japanese context: a pair of matching brackets is Japanese when the
///   character just outside either bracket, or the first or last character
///   inside, is Japanese (kana, kanji, a full-width mark) with no typed
///   space between; an unmatched bracket when a neighbour is. So
///   「午後(12:00-17:00 頃)、」 takes cl-01/cl-02 — no break before ）, no
///   line starting with ), no Japanese–Western quarter em inside (3.2.3
///   separates Japanese from Western letters, not from brackets) — while
///   「(1) 取組」 and 「foo (bar)」 stay Western.
/// - A wave dash ～ 〜 between two numeric expressions (「10代～40代」,
///   「9月～1月」) marks a range, kept on one line (see
///   Atom::numeric_range).
/// - Each atom's `last_cls`, the class of its last character with the
///   bracket context above, which every joint after it reads.
void resolve_context(std::vector<Atom>& atoms, const std::vector<Length>& typed_space);

}  // namespace casebook::jlreq
