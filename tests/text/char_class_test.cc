#include "text/char_class.h"

#include <gtest/gtest.h>

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
