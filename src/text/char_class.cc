#include "text/char_class.h"

#include <array>
#include <cstdint>

namespace casebook::jlreq {

namespace {

// JLREQ Appendix A lists; full-width compatibility forms added beside the
// listed ASCII codes. Every member is in the BMP.
constexpr char32_t kOpening[] = U"‘“（〔［｛〈《「『【｟〘〖«〝｢";
constexpr char32_t kClosing[] = U"’”）〕］｝〉》」』】｠〙〗»〟｣";
constexpr char32_t kHyphens[] = U"‐〜゠–～";
constexpr char32_t kDividing[] = U"！？‼⁇⁈⁉";
constexpr char32_t kMiddleDots[] = U"・：；･";
constexpr char32_t kFullStops[] = U"。．｡";
constexpr char32_t kCommas[] = U"、，､";
constexpr char32_t kInseparable[] = U"—―…‥〳〴〵";
constexpr char32_t kIteration[] = U"ヽヾゝゞ々〻";
constexpr char32_t kSmallKana[] =
    U"ぁぃぅぇぉァィゥェォっゃゅょゎゕゖッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ";
constexpr char32_t kPrefixed[] = U"￥＄￡＃€№";
constexpr char32_t kPostfixed[] = U"°′″℃￠％‰℉㏋ℓ%";

using Table = std::array<std::uint8_t, 0x10000>;

constexpr void fill(Table& t, char32_t from, char32_t to, CharClass c) {
  for (char32_t x = from; x <= to; ++x) t[x] = static_cast<std::uint8_t>(c);
}

constexpr void fill(Table& t, const char32_t* set, CharClass c) {
  for (; *set; ++set) t[*set] = static_cast<std::uint8_t>(c);
}

/// The class of every BMP code point, built at compile time so that
/// classify() is one load. Written from the broad ranges to the single
/// listed characters, so that a later, narrower rule wins — the reverse of
/// the order in which the rules are read: the listed JLREQ members before
/// the script ranges, and those before the Western/ideographic split.
constexpr Table make_table() {
  Table t{};
  // Everything beyond the general punctuation block is ideographic
  // (cl-19: kanji, full-width symbols, letters and digits); Latin, Greek,
  // Cyrillic and the general punctuation of Western text are proportional
  // Western characters (cl-27), except ※, a full-width mark.
  fill(t, 0x0000, 0x206F, CharClass::western);
  fill(t, 0x2070, 0xFFFF, CharClass::ideographic);
  t[U'※'] = static_cast<std::uint8_t>(CharClass::ideographic);
  fill(t, 0x3041, 0x309F, CharClass::hiragana);
  fill(t, 0x30A0, 0x30FF, CharClass::katakana);
  fill(t, 0x31F0, 0x31FF, CharClass::katakana);
  fill(t, 0xFF66, 0xFF9F, CharClass::katakana);
  fill(t, U'0', U'9', CharClass::western_digit);
  // The JLREQ lists; where two lists would claim one character, the
  // earlier in Appendix A's order wins, so they are written last to first.
  fill(t, kPostfixed, CharClass::postfixed_abbrev);
  fill(t, kPrefixed, CharClass::prefixed_abbrev);
  fill(t, kSmallKana, CharClass::small_kana);
  t[U'ー'] = static_cast<std::uint8_t>(CharClass::prolonged_sound);
  fill(t, kIteration, CharClass::iteration_mark);
  fill(t, kInseparable, CharClass::inseparable);
  fill(t, kCommas, CharClass::comma);
  fill(t, kFullStops, CharClass::full_stop);
  fill(t, kMiddleDots, CharClass::middle_dot);
  fill(t, kDividing, CharClass::dividing_punct);
  fill(t, kHyphens, CharClass::hyphen);
  fill(t, kClosing, CharClass::closing_bracket);
  fill(t, kOpening, CharClass::opening_bracket);
  // Combining marks belong to the character before them.
  fill(t, 0x0300, 0x036F, CharClass::combining);
  t[0x3099] = t[0x309A] = static_cast<std::uint8_t>(CharClass::combining);
  fill(t, 0xFE00, 0xFE0F, CharClass::combining);
  t[0x3000] = static_cast<std::uint8_t>(CharClass::ideographic_space);
  t[U' '] = static_cast<std::uint8_t>(CharClass::western_space);
  return t;
}

constexpr Table kBmp = make_table();

}  // namespace

CharClass classify(char32_t c) {
  if (c <= 0xFFFF) return static_cast<CharClass>(kBmp[c]);
  // Beyond the BMP: the variation selectors supplement (ideographic
  // variation sequences) combine; everything else (CJK extension B …,
  // emoji) is ideographic.
  if (c >= 0xE0100 && c <= 0xE01EF) return CharClass::combining;
  return CharClass::ideographic;
}

CharClass classify_in_context(char32_t c, bool japanese_bracket) {
  if (japanese_bracket) {
    if (c == U'(' || c == U'[' || c == U'{') return CharClass::opening_bracket;
    if (c == U')' || c == U']' || c == U'}') return CharClass::closing_bracket;
  }
  return classify(c);
}

bool is_japanese(CharClass c) {
  switch (c) {
    case CharClass::hiragana:
    case CharClass::katakana:
    case CharClass::ideographic:
    case CharClass::iteration_mark:
    case CharClass::prolonged_sound:
    case CharClass::small_kana:
      return true;
    default:
      return false;
  }
}

bool is_western(CharClass c) { return c == CharClass::western || c == CharClass::western_digit; }

}  // namespace casebook::jlreq
