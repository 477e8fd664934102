#pragma once

#include <vector>

#include "text/paragraph.h"

namespace casebook {

/// A composite font (合成フォント), as Japanese DTP builds one: the style's
/// face sets kana, kanji and punctuation, and TextStyle::latin sets the
/// Latin words. Splits each run whose style has a Latin face into runs of
/// one face each, in text order; their texts concatenate to the input's,
/// and each keeps the place where its first character was typed.
///
/// A Latin word is a stretch of printable ASCII with no space and no
/// bracket that holds at least one letter: 「NPO」, 「LINE」, 「C-2」, a
/// URL, an e-mail address. A space between two Latin words belongs to
/// them (a Western word space, cl-26, ⅓ em in BIZ UDPGothic). Everything
/// else keeps the style's face:
/// - half-width numbers standing alone (「121 人」, 「12:00-17:00」): the
///   fixed-pitch face's half-em digits are the usual 半角数字 of Japanese
///   text, and tabular as digits are in any Latin face, so they do not
///   read as typewriter text; BIZ UDPGothic's digits are 0.76 em and
///   would widen every count and date;
/// - full-width letters and digits (ＮＰＯ, ２０２４), which JLREQ counts
///   as ideographic (cl-19);
/// - ASCII brackets, which take Japanese bracket classes in Japanese
///   context (jlreq::resolve_context) and are set in the mark's box there;
/// - spaces next to Japanese text: the Japanese–Western gap replaces them
///   (JLREQ 3.2.3).
/// The spacing between the runs is the paragraph's, by character class, so
/// the ¼ em Japanese–Western space is the same whichever face sets the
/// Latin word.
std::vector<TextRun> split_composite(const std::vector<TextRun>& runs);

}  // namespace casebook
