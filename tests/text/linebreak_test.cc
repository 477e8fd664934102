// Line breaking by JLREQ, one table row per rule: given a text and a
// measure (in ems of 10 pt), the exact lines. Fake glyphs (fake_paragraph.h):
// kana and kanji 1 em, punctuation ½ em plus its conditional ½ em,
// Western letters and digits ½ em.

#include "text/linebreak.h"

#include <gtest/gtest.h>

#include "support/fake_paragraph.h"
#include "text/justify.h"

namespace casebook {
namespace {

using testing_support::fake_paragraph;
using testing_support::lines_of;

const Length kEm = pt(10);

struct BreakCase {
  const char* rule;
  const char* text;
  double measure_em;
  bool strict;
  const char* expected;  // lines joined by '|'
};

const BreakCase kCases[] = {
    // The natural break is legal: break there.
    {"plain kana", "あいうえおかきくけこさし", 5, true, "あいうえお|かきくけこ|さし"},
    // 3.1.7: a full stop may not start a line. Natural break before 。;
    // pushing 。 in needs 1 em of shrink and only ½ em exists (its own
    // line-end space), so え is pushed out.
    {"no 。 at line start: push out", "あいうえお。かきくけ", 5, true, "あいうえ|お。かきく|け"},
    // Push-in: the line あい、うえ。 is 6 em natural; its 、 gives ½ em and
    // the line-end space of 。 ½ em, so it shrinks to exactly 5 em.
    {"no 。 at line start: push in", "あい、うえ。おか", 5, true, "あい、うえ。|おか"},
    {"no 、 at line start", "あいうえお、かき", 5, true, "あいうえ|お、かき"},
    {"no closing bracket at line start", "あいうえお」かき", 5, true, "あいうえ|お」かき"},
    {"no opening bracket at line end", "あいうえ「おか」", 5, true, "あいうえ|「おか」"},
    {"no middle dot at line start", "あいうえお・かき", 5, true, "あいうえ|お・かき"},
    {"no ！ at line start", "あいうえお！かき", 5, true, "あいうえ|お！かき"},
    {"no iteration mark at line start", "あいうえ人々かき", 5, true, "あいうえ|人々かき"},
    {"strict: no small kana at line start", "あいうえおっかき", 5, true, "あいうえ|おっかき"},
    {"loose: small kana may start a line", "あいうえおっかき", 5, false, "あいうえお|っかき"},
    {"strict: no ー at line start", "あいうえおーかき", 5, true, "あいうえ|おーかき"},
    {"loose: ー may start a line", "あいうえおーかき", 5, false, "あいうえお|ーかき"},
    {"no wave dash at line start", "あいうえお～かき", 5, true, "あいうえ|お～かき"},
    // A paragraph's last characters are pulled up when the line can shrink
    // to take them, rather than left as a line of their own.
    {"pull the last characters up", "あ、い、う、えお。", 7, true, "あ、い、う、えお。"},
    {"unless the line cannot shrink enough", "あいうえおかきくけ。", 7, true, "あいうえおかき|くけ。"},
    // 3.1.10: inseparable sequences.
    {"―― stays together", "あいうえ――かき", 5, true, "あいうえ|――かき"},
    {"…… stays together", "あいうえ……かき", 5, true, "あいうえ|……かき"},
    {"a number stays whole", "あいう1234えお", 5, true, "あいう|1234えお"},
    {"a number keeps its %", "あいうえお12%か", 5, true, "あいうえお|12%か"},
    {"a number keeps its unit", "あいうえ 10 人か", 5, true, "あいうえ|10 人か"},
    {"〒 keeps its code", "あいうえ〒069-0852", 6, true, "あいうえ|〒069-0852"},
    {"a Western word stays whole", "あいう LINE グループ", 5, true, "あいう|LINE グ|ループ"},
    {"Western words break at spaces", "ab cd ef gh ij kl", 3, true, "ab cd|ef gh|ij kl"},
    // A URL longer than the line breaks after / . - _ ? & =; a shorter one
    // moves to the next line whole.
    {"a long URL breaks after /", "https://example.org/abc", 5, true, "https://|example.|org/abc"},
    {"a short URL is not broken", "あいう http://a.jp", 6, true, "あいう|http://a.jp"},
    // No legal break at all: broken between characters where the measure
    // ends, never set past it.
    {"no legal break", "abcdefghijklmnop", 5, true, "abcdefghij|klmnop"},
};

TEST(LineBreak, EachRuleBreaksExactlyWhereExpected) {
  for (const BreakCase& c : kCases) {
    SCOPED_TRACE(c.rule);
    ParagraphOptions options;
    options.measure = scale(kEm, static_cast<std::int64_t>(c.measure_em * 4), 4);
    options.strict = c.strict;
    const Prepared p = fake_paragraph(c.text, kEm, options);
    EXPECT_EQ(lines_of(p, break_lines(p, options)), c.expected);
  }
}

TEST(LineBreak, ForcedOverfullAndUrlBreaksAreMarked) {
  ParagraphOptions options;
  options.measure = 5 * kEm;
  Prepared p = fake_paragraph("abcdefghijklmnop", kEm, options);
  std::vector<LineBreak> lines = break_lines(p, options);
  ASSERT_EQ(lines.size(), 2u);  // Latin letters are ½ em wide
  EXPECT_TRUE(lines[0].forced);
  EXPECT_FALSE(lines[0].overfull);
  EXPECT_FALSE(lines[1].forced);

  // One character wider than the measure cannot be divided: overfull.
  options.measure = kEm / 4;
  p = fake_paragraph("ab", kEm, options);
  lines = break_lines(p, options);
  ASSERT_FALSE(lines.empty());
  EXPECT_TRUE(lines[0].overfull);

  options.measure = 5 * kEm;

  p = fake_paragraph("https://example.org/abc", kEm, options);
  lines = break_lines(p, options);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_TRUE(lines[0].url_broken);
  EXPECT_FALSE(lines[2].url_broken);
}

TEST(LineBreak, HangingPunctuationIsAnOption) {
  ParagraphOptions options;
  options.measure = 5 * kEm;
  // あいうえお、 is 6 em: without hanging, お is pushed out; with hanging,
  // the 、 sits in the margin.
  Prepared p = fake_paragraph("あいうえお、かきく", kEm, options);
  EXPECT_EQ(lines_of(p, break_lines(p, options)), "あいうえ|お、かきく");
  options.hanging_punctuation = true;
  p = fake_paragraph("あいうえお、かきく", kEm, options);
  const std::vector<LineBreak> lines = break_lines(p, options);
  EXPECT_EQ(lines_of(p, lines), "あいうえお、|かきく");
  EXPECT_TRUE(lines[0].hanging);
}

}  // namespace
}  // namespace casebook
