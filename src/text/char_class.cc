#include "text/char_class.h"

namespace casebook::jlreq {

namespace {

bool in(char32_t c, const char32_t* set) {
  for (; *set; ++set) {
    if (*set == c) return true;
  }
  return false;
}

// JLREQ Appendix A lists; full-width compatibility forms added beside the
// listed ASCII codes.
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

}  // namespace

CharClass classify(char32_t c) {
  if (c == U' ') return CharClass::western_space;
  if (c == U'\u3000') return CharClass::ideographic_space;
  if ((c >= 0x0300 && c <= 0x036F) || c == 0x3099 || c == 0x309A || (c >= 0xFE00 && c <= 0xFE0F) ||
      (c >= 0xE0100 && c <= 0xE01EF)) {
    return CharClass::combining;
  }
  if (in(c, kOpening)) return CharClass::opening_bracket;
  if (in(c, kClosing)) return CharClass::closing_bracket;
  if (in(c, kHyphens)) return CharClass::hyphen;
  if (in(c, kDividing)) return CharClass::dividing_punct;
  if (in(c, kMiddleDots)) return CharClass::middle_dot;
  if (in(c, kFullStops)) return CharClass::full_stop;
  if (in(c, kCommas)) return CharClass::comma;
  if (in(c, kInseparable)) return CharClass::inseparable;
  if (in(c, kIteration)) return CharClass::iteration_mark;
  if (c == U'ー') return CharClass::prolonged_sound;
  if (in(c, kSmallKana)) return CharClass::small_kana;
  if (in(c, kPrefixed)) return CharClass::prefixed_abbrev;
  if (in(c, kPostfixed)) return CharClass::postfixed_abbrev;
  if (c >= U'0' && c <= U'9') return CharClass::western_digit;
  if (c >= 0x3041 && c <= 0x309F) return CharClass::hiragana;
  if ((c >= 0x30A0 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F)) {
    return CharClass::katakana;
  }
  // Latin, Greek, Cyrillic and the general punctuation of Western text
  // are proportional Western characters (cl-27); ※ is a full-width mark.
  if (c < 0x2000) return CharClass::western;
  if (c <= 0x206F && c != U'※') return CharClass::western;
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
