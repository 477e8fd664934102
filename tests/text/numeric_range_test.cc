// A numeric range 「10代～40代」 stays on one line: no break on either side
// of its ～ or 〜. Fake glyphs (fake_paragraph.h): kana and kanji 1 em,
// Western digits ½ em, ～ 1 em.

#include <gtest/gtest.h>

#include <string>

#include "support/fake_paragraph.h"
#include "support/shipped_face.h"
#include "text/compose.h"
#include "text/face.h"
#include "text/linebreak.h"

namespace casebook {
namespace {

using testing_support::fake_paragraph;
using testing_support::lines_of;
using testing_support::shipped_gothic;

const Length kEm = pt(10);

struct RangeCase {
  const char* rule;
  const char* text;
  double measure_em;
  const char* expected;
};

const RangeCase kCases[] = {
    // あいう10代～ fits 6½ em (with two ¼ em 和欧間): the natural break
    // after ～ would split the range, so it moves down whole (push-out).
    {"numerals with counters", "あいう10代～40代", 6.5, "あいう|10代～40代"},
    {"months", "あいうえ9月～1月", 7, "あいうえ|9月～1月"},
    {"bare numerals, wave dash", "あいうえお12〜17", 7.25, "あいうえお|12〜17"},
    {"full-width numerals", "あいうえお２～３か月", 7, "あいうえお|２～３か月"},
    // Not a range: a ～ before a word may still end a line.
    {"not a range", "あいうえ9月～翌年", 7, "あいうえ9月～|翌年"},
};

TEST(NumericRange, StaysOnOneLine) {
  for (const RangeCase& c : kCases) {
    SCOPED_TRACE(c.rule);
    ParagraphOptions options;
    options.measure = scale(kEm, static_cast<std::int64_t>(c.measure_em * 4), 4);
    const Prepared p = fake_paragraph(c.text, kEm, options);
    EXPECT_EQ(lines_of(p, break_lines(p, options)), c.expected);
  }
}

TEST(NumericRange, RealFaceNeverEndsALineInsideARange) {
  // 05's sentence, at every measure from 8 to 30 em: no line ends with ～.
  Diagnostics diags;
  ParagraphOptions options;
  for (int chars = 8; chars <= 30; ++chars) {
    options.measure = chars * kEm;
    const SetParagraph p = set_paragraph(
        {TextRun{"これまでは50代～80代の人の利用が多かったが、取組内容により10代～40代の若い世代も参加し、9月～1月に交流した。",
                 TextStyle{&shipped_gothic(), kEm, {}}, {}}},
        options, diags);
    for (const SetLine& line : p.lines) {
      ASSERT_FALSE(line.glyphs.empty());
      EXPECT_NE(line.glyphs.back().text, "～") << chars << " em";
    }
  }
}

}  // namespace
}  // namespace casebook
