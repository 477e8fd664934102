// Consecutive punctuation measures what JLREQ 3.1.4 and Appendix B say,
// in the real faces the book ships: a proportional one (BIZ UDPGothic,
// whose 、。 are 0.6 em) and a fixed-pitch one (BIZ UDGothic, whose
// punctuation is a full em with the space inside the glyph). Each mark
// is a half-em glyph plus conditional space, so:
//   、「 and 。「  ½ + ½ + ½ = 1.5 em
//   」、「         ½ + ½ + ½ + ½ = 2.0 em (」、 solid)
//   あ・い         ¼ + ½ + ¼ = 1 em between あ and い

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "support/shipped_face.h"
#include "text/compose.h"
#include "text/face.h"
#include "text/prepare.h"

namespace casebook {
namespace {

using testing_support::shipped_face;

const Length kSize = pt(10);

class PunctuationWidth : public testing::TestWithParam<std::string> {
 protected:
  Prepared prepare(const std::string& text) {
    ParagraphOptions options;
    options.measure = 100 * kSize;
    Diagnostics diags;
    Prepared p = prepare_paragraph({TextRun{text, TextStyle{&shipped_face(GetParam()), kSize, {}}, {}}}, options, diags);
    EXPECT_TRUE(diags.items().empty());
    return p;
  }
  /// From the start of atom `from` to the start of atom `to`, mid-line.
  Length span(const std::string& text, std::size_t from, std::size_t to) {
    const Prepared p = prepare(text);
    EXPECT_LT(to, p.atoms.size());
    Length x = 0;
    for (std::size_t i = from; i < to; ++i) x += p.atoms[i].width + p.joints[i].natural;
    return x;
  }
};

TEST_P(PunctuationWidth, CommaOrFullStopThenOpeningBracketIsOneAndAHalfEm) {
  EXPECT_EQ(span("あ、「い」", 1, 3), kSize * 3 / 2);
  EXPECT_EQ(span("あ。「い」", 1, 3), kSize * 3 / 2);
}

TEST_P(PunctuationWidth, ClosingBracketCommaOpeningBracketIsTwoEm) {
  EXPECT_EQ(span("「あ」、「い」", 2, 5), kSize * 2);
}

TEST_P(PunctuationWidth, ClosingThenOpeningBracketIsOneAndAHalfEm) {
  EXPECT_EQ(span("「あ」「い」", 2, 4), kSize * 3 / 2);
}

TEST_P(PunctuationWidth, MiddleDotAndColonKeepAQuarterEmOnEachSide) {
  for (const std::string dot : {"・", "："}) {
    SCOPED_TRACE(dot);
    const Prepared p = prepare("孤独" + dot + "孤立");
    ASSERT_EQ(p.atoms.size(), 5u);
    EXPECT_EQ(p.joints[1].natural, kSize / 4);
    EXPECT_EQ(p.atoms[2].width, kSize / 2);
    EXPECT_EQ(p.joints[2].natural, kSize / 4);
  }
}

TEST_P(PunctuationWidth, MarksAreHalfAnEmBeforeTheirSpace) {
  for (const std::string mark : {"、", "。", "「", "」", "（", "）", "『", "』", "・", "：", "，", "．"}) {
    SCOPED_TRACE(mark);
    const Prepared p = prepare("あ" + mark + "い");
    ASSERT_EQ(p.atoms.size(), 3u);
    EXPECT_EQ(p.atoms[1].width, kSize / 2);
  }
}

INSTANTIATE_TEST_SUITE_P(Faces, PunctuationWidth,
                         testing::Values("BIZUDPGothic-Regular.ttf", "BIZUDGothic-Regular.ttf",
                                         "BIZUDGothic-Bold.ttf", "BIZUDPMincho-Regular.ttf"),
                         [](const testing::TestParamInfo<std::string>& param_info) {
                           std::string name = param_info.param.substr(0, param_info.param.find('.'));
                           name.erase(std::remove(name.begin(), name.end(), '-'), name.end());
                           return name;
                         });

TEST(PunctuationInk, FixedPitchMarksKeepTheirInkWhereTheFaceDrawsIt) {
  // In the fixed-pitch face 」、 are drawn on the left half of a full em
  // and 「 on the right half. In い」、「う the half-em boxes are い 0–1,
  // 」 1–1.5, 、 1.5–2, space, 「 2.5–3, う from 3: 」 and 、 start where
  // their boxes do, 「's em (its origin) starts half an em before its box.
  ParagraphOptions options;
  options.measure = 100 * kSize;
  Diagnostics diags;
  const SetParagraph set = set_paragraph(
      {TextRun{"い」、「う", TextStyle{&shipped_face("BIZUDGothic-Regular.ttf"), kSize, {}}, {}}}, options, diags);
  ASSERT_EQ(set.lines.size(), 1u);
  const auto& g = set.lines[0].glyphs;
  ASSERT_EQ(g.size(), 5u);
  EXPECT_EQ(g[1].x, kSize);          // 」
  EXPECT_EQ(g[2].x, kSize * 3 / 2);  // 、
  EXPECT_EQ(g[3].x, kSize * 2);      // 「
  EXPECT_EQ(g[4].x, kSize * 3);      // う
}

}  // namespace
}  // namespace casebook
