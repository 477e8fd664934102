#pragma once

// The vocabulary of the text stage: styled runs go in, measured atoms and
// joints are the breaker's input, set lines of positioned glyphs come out.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/length.h"
#include "base/span.h"
#include "text/char_class.h"

namespace casebook {

class Face;
class ParagraphCache;

/// How a run of text looks: which face, at which size, with which OpenType
/// features (HarfBuzz syntax, e.g. "-liga").
struct TextStyle {
  const Face* face = nullptr;
  Length size = 0;
  std::vector<std::string> features;
  /// The face of Latin words, when not `face`: a composite font
  /// (合成フォント, see split_composite() in text/composite.h).
  const Face* latin = nullptr;
};

/// A run of text in one style, and where its first character was typed
/// (so that a character no face has is reported at its place in the data).
struct TextRun {
  std::string text;
  TextStyle style;
  Span span;
};

/// What a comma, full stop or closing bracket keeps at a line end (JLREQ
/// 3.1.9 allows its ½ em or nothing; JLREQ 3.8.3 step 2 removes it first
/// when a line must shrink, which leaves some line ends with the space
/// and others without). One policy for the whole book instead.
enum class LineEndSpace {
  solid,    ///< nothing after the mark: 行末約物半角, the line ends at the mark's box
  half_em,  ///< its ½ em, never removed: 行末約物全角, as JIS X 4051 sets 。
};

/// Options of one paragraph's composition, from the layout.
struct ParagraphOptions {
  Length measure = 0;
  /// JLREQ 3.8.2 burasage: a 、 or 。 at a line end may hang into the margin.
  bool hanging_punctuation = false;
  /// [composition] line_end_punctuation.
  LineEndSpace line_end = LineEndSpace::solid;
  /// JLREQ 3.1.7: strict kinsoku also keeps ー and small kana from a line
  /// start; loose kinsoku lets them start a line.
  bool strict = true;
  /// The last line is set at its natural width (JLREQ 3.8.1).
  bool justify_last_line = false;
  /// Ragged right: no line is stretched (narrow table cells, margin notes,
  /// where spreading a few characters across the measure reads worse).
  bool ragged = false;
  /// The first line is this much shorter than the measure (its 字下げ,
  /// which the caller places): it breaks and justifies to the rest. A
  /// negative indent makes the first line longer (a hanging item).
  Length first_line_indent = 0;
  /// Where measured paragraphs are kept for reuse (text/paragraph_cache.h);
  /// null: each is measured afresh. Changes nothing in what is set.
  ParagraphCache* cache = nullptr;
};

/// One glyph as HarfBuzz chose it; lengths already at the run's size.
struct Glyph {
  std::uint32_t gid = 0;
  Length advance = 0;
  Length x_offset = 0;
  Length y_offset = 0;
};

/// The unit of line breaking: one shaped cluster (a character, or a
/// ligature, or a base with its combining marks).
struct Atom {
  std::size_t begin = 0, end = 0;  ///< bytes of the paragraph's text
  jlreq::CharClass cls = jlreq::CharClass::ideographic;  ///< of its first character
  /// The class of its last printing character in context, which the joint
  /// after it reads (kinsoku, spacing, the line-end policy): classified
  /// once, by jlreq::resolve_context(), not again at every joint.
  jlreq::CharClass last_cls = jlreq::CharClass::ideographic;
  char32_t first = 0, last = 0;
  int run = 0;         ///< index of its TextRun
  Length width = 0;    ///< sum of its glyphs' advances
  Length em = 0;       ///< its size: the em of the JLREQ spacing rules
  std::size_t glyph_begin = 0, glyph_end = 0;  ///< into Prepared::glyphs
  bool in_url = false;  ///< part of a URL or e-mail address
  /// An ASCII bracket in Japanese context, classed as cl-01/cl-02
  /// (jlreq::resolve_context()); `cls` is then that class.
  bool japanese_bracket = false;
  /// A ～ or 〜 between two numeric expressions (「10代～40代」,
  /// 「9月～1月」): the range reads as one quantity and stays on one line
  /// (jlreq::resolve_context()).
  bool numeric_range = false;
};

/// What an invisible character typed between two atoms asks of the joint
/// between them; it adds no width either way.
enum class BreakHint {
  none,
  allow,   ///< U+200B ZERO WIDTH SPACE: a break opportunity (kinsoku still applies)
  forbid,  ///< U+2060 WORD JOINER, U+FEFF ZERO WIDTH NO-BREAK SPACE: no break
};

/// Space that may be taken out of, or added to, a joint, by JLREQ priority.
enum ShrinkLevel { shrink_word_space, shrink_middle_dot, shrink_bracket, shrink_wa_ou, kShrinkLevels };
enum StretchLevel { stretch_word_space, stretch_wa_ou, stretch_character, kStretchLevels };

/// What lies between atom i and atom i+1: whether a line may break there,
/// the space there in mid-line, how far that space may shrink and stretch,
/// and what is left of it at a line end and a line start when the line
/// breaks there.
struct Joint {
  bool breakable = false;
  /// A break only for text that cannot fit otherwise (inside a URL longer
  /// than the line: after / . - _ ? & =).
  bool emergency = false;
  Length natural = 0;
  Length shrink[kShrinkLevels] = {};
  Length stretch[kStretchLevels] = {};
  /// Whether the last-resort equal expansion (JIS X 4051 step 4) may add
  /// space here: every break opportunity not under the inseparable rule.
  bool expandable = false;
  Length end_space = 0;    ///< after atom i when the line ends here
  Length start_space = 0;  ///< before atom i+1 when the next line starts here
  /// end_space stays however the line must shrink (LineEndSpace::half_em).
  bool end_space_fixed = false;
  bool typed_space = false;  ///< the data has a space here
};

/// A URL or e-mail address in a paragraph's text: the bytes it covers and
/// the URI a link to it opens ("mailto:" for an address, "http://" before
/// a bare "www.").
struct UriRange {
  std::size_t begin = 0, end = 0;
  std::string uri;
};

/// A paragraph measured once: shaping and spacing are done, breaking is a
/// pure function of these numbers (the minikin MeasuredText idea).
struct Prepared {
  std::string text;
  std::vector<TextRun> runs;
  std::vector<Glyph> glyphs;
  std::vector<Atom> atoms;
  std::vector<Joint> joints;  ///< joints[i] lies between atoms[i] and atoms[i+1]
  Length start_space = 0;     ///< before the first atom (0 by JIS X 4051)
  Length end_space = 0;       ///< after the last atom
  bool end_space_fixed = false;  ///< as Joint::end_space_fixed, for the last atom
  std::vector<UriRange> uris;    ///< in text order; their atoms are in_url
};

/// A glyph placed on its line: x from the line's left edge.
struct PlacedGlyph {
  std::uint32_t gid = 0;
  const Face* face = nullptr;
  Length size = 0;
  Length x = 0;
  Length y_offset = 0;
  /// The characters this glyph stands for (its cluster's text on the
  /// cluster's first glyph, empty on the others): the PDF's ToUnicode.
  std::string text;
  /// Its advance on the line when the text stage changed the face's (a
  /// punctuation mark set in its half-em box); negative: the face's own.
  /// The PDF gives the glyph this width, so that what a reader selects or
  /// extracts is the box the layout measured.
  Length advance = -1;
  /// The data has a word space after this glyph's cluster (the gap there
  /// is a space in the text, not only spacing).
  bool space_after = false;
};

/// The glyphs of a set line that show a URL or e-mail address, or the
/// part of one that is on this line: the PDF makes them a link.
struct LineLink {
  std::size_t glyph_begin = 0, glyph_end = 0;  ///< into SetLine::glyphs
  std::string uri;   ///< what the link opens
  std::string text;  ///< the whole address as typed, whatever lines it is set on
};

/// One set line.
struct SetLine {
  std::vector<PlacedGlyph> glyphs;
  Length width = 0;    ///< from the line's left edge to the end of its last glyph's space
  Length natural = 0;  ///< its width before justification
  std::size_t text_begin = 0, text_end = 0;  ///< bytes of the paragraph's text on this line
  bool justified = false;
  bool overfull = false;    ///< wider than the measure even at maximum shrink
  bool underfull = false;   ///< had to be stretched by inter-letter spacing of unbreakable text
  bool url_broken = false;  ///< ends inside a URL
  bool forced = false;      ///< ends between two characters with no break opportunity
  bool hanging = false;     ///< its last 、。 hangs beyond the measure
  std::vector<LineLink> links;  ///< its URLs and e-mail addresses, left to right
  bool last = false;        ///< the paragraph's last line
  int index = 0;            ///< its place in the paragraph, from 0
  /// Adjustment relative to the em of the line: negative shrinks.
  double adjustment_em = 0;
};

/// Counts the elementary steps of the text stage's loops (an atom or a
/// joint visited), so that tests can show the work grows linearly with the
/// text without timing anything. Every function that takes one accepts
/// null.
struct WorkCounter {
  std::size_t steps = 0;
};

inline void count_steps(WorkCounter* work, std::size_t n = 1) {
  if (work) work->steps += n;
}

/// A paragraph set into lines.
struct SetParagraph {
  std::vector<SetLine> lines;
  std::string text;
};

}  // namespace casebook
