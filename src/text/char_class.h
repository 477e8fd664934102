#pragma once

namespace casebook::jlreq {

/// The character classes of W3C JLREQ Appendix A ("cl-01" … "cl-27"),
/// the vocabulary of every line-breaking and spacing rule. Only the
/// classes casebook distinguishes are listed; ruby, warichu and
/// tate-chu-yoko classes (cl-20 … cl-23, cl-28 … cl-30) do not occur in
/// horizontal casebook text.
enum class CharClass {
  opening_bracket,     ///< cl-01 「（『【〔［｛〈《“‘
  closing_bracket,     ///< cl-02 」）』】〕］｝〉》”’
  hyphen,              ///< cl-03 ‐ 〜 ～ ゠ –
  dividing_punct,      ///< cl-04 ！？‼⁇⁈⁉
  middle_dot,          ///< cl-05 ・：；
  full_stop,           ///< cl-06 。．
  comma,               ///< cl-07 、，
  inseparable,         ///< cl-08 — ― … ‥
  iteration_mark,      ///< cl-09 々 ゝ ゞ ヽ ヾ 〻
  prolonged_sound,     ///< cl-10 ー
  small_kana,          ///< cl-11 ぁ ァ っ ッ ゃ …
  prefixed_abbrev,     ///< cl-12 ￥ ＄ ￡ ＃ € №
  postfixed_abbrev,    ///< cl-13 ％ ℃ ° ′ ″ ‰ (and ASCII %)
  ideographic_space,   ///< cl-14 U+3000
  hiragana,            ///< cl-15
  katakana,            ///< cl-16
  ideographic,         ///< cl-19 kanji and full-width symbols, letters and digits
  western_digit,       ///< cl-24 European numerals 0–9
  western,             ///< cl-27 Latin letters and ASCII punctuation
  western_space,       ///< cl-26 U+0020
  combining,           ///< a combining mark: belongs to the character before it
};

/// The JLREQ class of one character. Full-width forms (U+FF01…) get the
/// class JLREQ lists for their ASCII code (Appendix A's note); ASCII
/// punctuation itself is Western text (cl-27).
CharClass classify(char32_t c);

/// The class of a character in its context: an ASCII bracket ( ) [ ] { }
/// in Japanese context (see resolve_context() in text/context.h) takes the
/// class JLREQ Appendix A lists for that very code, cl-01 or cl-02; every
/// other character has its one class.
CharClass classify_in_context(char32_t c, bool japanese_bracket);

/// JLREQ's "CJK" classes: what the quarter-em Japanese–Western space
/// (3.2.3) separates from Western text.
bool is_japanese(CharClass c);

/// Western letters and numerals, which 3.2.3 spaces from Japanese text.
bool is_western(CharClass c);

}  // namespace casebook::jlreq
