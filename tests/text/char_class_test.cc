#include "text/char_class.h"

#include <gtest/gtest.h>

#include <vector>

#include "text/context.h"
#include "text/kinsoku.h"

namespace casebook::jlreq {
namespace {

struct ClassCase {
  const char32_t* members;
  CharClass cls;
};

// Every member of the bracket classes (other engines missed ｟｠〘〙〝〟),
// and samples of the others, from JLREQ Appendix A.
const ClassCase kClasses[] = {
    {U"‘“（〔［｛〈《「『【｟〘〖«〝", CharClass::opening_bracket},
    {U"’”）〕］｝〉》」』】｠〙〗»〟", CharClass::closing_bracket},
    {U"‐〜゠–～", CharClass::hyphen},
    {U"！？‼⁇⁈⁉", CharClass::dividing_punct},
    {U"・：；", CharClass::middle_dot},
    {U"。．", CharClass::full_stop},
    {U"、，", CharClass::comma},
    {U"—―…‥", CharClass::inseparable},
    {U"ヽヾゝゞ々〻", CharClass::iteration_mark},
    {U"ー", CharClass::prolonged_sound},
    {U"ぁぃぅぇぉァィゥェォっゃゅょゎゕゖッャュョヮヵヶㇰㇿ", CharClass::small_kana},
    {U"￥＄￡＃€№", CharClass::prefixed_abbrev},
    {U"°′″℃％‰%", CharClass::postfixed_abbrev},
    {U"\u3000", CharClass::ideographic_space},
    {U"あいうをん", CharClass::hiragana},
    {U"アイウヲンヴ", CharClass::katakana},
    {U"漢字𠮟髙﨑★☆①⑳※〒０Ａａ", CharClass::ideographic},
    {U"0123456789", CharClass::western_digit},
    {U"AZaz().,:/-@é", CharClass::western},
    {U" ", CharClass::western_space},
    {U"\u3099\u0301", CharClass::combining},
};

// The list-based classifier the table replaced, kept as the reference: it
// reads the JLREQ Appendix A lists in order, first match wins.
namespace reference {

bool in(char32_t c, const char32_t* set) {
  for (; *set; ++set) {
    if (*set == c) return true;
  }
  return false;
}

CharClass classify(char32_t c) {
  if (c == U' ') return CharClass::western_space;
  if (c == U'\u3000') return CharClass::ideographic_space;
  if ((c >= 0x0300 && c <= 0x036F) || c == 0x3099 || c == 0x309A || (c >= 0xFE00 && c <= 0xFE0F) ||
      (c >= 0xE0100 && c <= 0xE01EF)) {
    return CharClass::combining;
  }
  if (in(c, U"‘“（〔［｛〈《「『【｟〘〖«〝｢")) return CharClass::opening_bracket;
  if (in(c, U"’”）〕］｝〉》」』】｠〙〗»〟｣")) return CharClass::closing_bracket;
  if (in(c, U"‐〜゠–～")) return CharClass::hyphen;
  if (in(c, U"！？‼⁇⁈⁉")) return CharClass::dividing_punct;
  if (in(c, U"・：；･")) return CharClass::middle_dot;
  if (in(c, U"。．｡")) return CharClass::full_stop;
  if (in(c, U"、，､")) return CharClass::comma;
  if (in(c, U"—―…‥〳〴〵")) return CharClass::inseparable;
  if (in(c, U"ヽヾゝゞ々〻")) return CharClass::iteration_mark;
  if (c == U'ー') return CharClass::prolonged_sound;
  if (in(c, U"ぁぃぅぇぉァィゥェォっゃゅょゎゕゖッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ")) return CharClass::small_kana;
  if (in(c, U"￥＄￡＃€№")) return CharClass::prefixed_abbrev;
  if (in(c, U"°′″℃￠％‰℉㏋ℓ%")) return CharClass::postfixed_abbrev;
  if (c >= U'0' && c <= U'9') return CharClass::western_digit;
  if (c >= 0x3041 && c <= 0x309F) return CharClass::hiragana;
  if ((c >= 0x30A0 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F)) {
    return CharClass::katakana;
  }
  if (c < 0x2000) return CharClass::western;
  if (c <= 0x206F && c != U'※') return CharClass::western;
  return CharClass::ideographic;
}

}  // namespace reference

TEST(CharClass, TableAgreesWithTheJlreqListsOnEveryCodePoint) {
  // The O(1) table (and its ranges beyond the BMP) gives every code point
  // the class the lists give it; reported once per disagreeing range start.
  int wrong = 0;
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (classify(c) != reference::classify(c)) {
      if (++wrong <= 10) ADD_FAILURE() << "U+" << std::hex << static_cast<unsigned>(c);
    }
  }
  EXPECT_EQ(wrong, 0);
}

TEST(CharClass, AtomKeepsTheClassOfItsLastCharacterInContext) {
  // The joint after an atom reads its last character's class, stored once.
  std::vector<Atom> atoms(3);
  atoms[0].first = atoms[0].last = U'あ';
  atoms[1].first = U'か';  // a cluster か + ）, as a face might shape it
  atoms[1].last = U'）';
  atoms[2].first = atoms[2].last = U')';
  for (Atom& a : atoms) a.cls = classify(a.first);
  resolve_context(atoms, {0, 0, 0});
  EXPECT_EQ(atoms[0].last_cls, CharClass::hiragana);
  EXPECT_EQ(atoms[1].last_cls, CharClass::closing_bracket);
  // An unmatched ASCII ) after Japanese text is cl-02 (resolve_context()).
  EXPECT_EQ(atoms[2].last_cls, CharClass::closing_bracket);
}

TEST(CharClass, EveryListedMemberHasItsClass) {
  for (const ClassCase& c : kClasses) {
    for (const char32_t* m = c.members; *m; ++m) {
      EXPECT_EQ(classify(*m), c.cls) << "U+" << std::hex << static_cast<unsigned>(*m);
    }
  }
}

TEST(Kinsoku, LineStartAndEndProhibitions) {
  for (CharClass c : {CharClass::closing_bracket, CharClass::hyphen, CharClass::dividing_punct,
                      CharClass::middle_dot, CharClass::full_stop, CharClass::comma, CharClass::iteration_mark}) {
    EXPECT_TRUE(may_not_start_line(c, true));
    EXPECT_TRUE(may_not_start_line(c, false));
  }
  EXPECT_TRUE(may_not_start_line(CharClass::small_kana, true));
  EXPECT_FALSE(may_not_start_line(CharClass::small_kana, false));
  EXPECT_TRUE(may_not_start_line(CharClass::prolonged_sound, true));
  EXPECT_FALSE(may_not_start_line(CharClass::prolonged_sound, false));
  EXPECT_FALSE(may_not_start_line(CharClass::opening_bracket, true));
  EXPECT_TRUE(may_not_end_line(CharClass::opening_bracket));
  EXPECT_FALSE(may_not_end_line(CharClass::closing_bracket));
}

}  // namespace
}  // namespace casebook::jlreq
