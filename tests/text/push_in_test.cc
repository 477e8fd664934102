// Push-in before push-out, and the order in which a line gives up its
// space (JLREQ 3.8). Fake glyphs (fake_paragraph.h): kana and kanji 1 em;
// 、 and ・ ½ em, 、 with its ½ em after it, ・ with ¼ em on each side.

#include <gtest/gtest.h>

#include "support/fake_paragraph.h"
#include "text/justify.h"
#include "text/linebreak.h"

namespace casebook {
namespace {

using testing_support::fake_paragraph;
using testing_support::lines_of;

const Length kEm = pt(10);

TEST(PushIn, IsPreferredWheneverTheShrinkTakesTheNextCharacter) {
  // あい、うえ、おかき is 9 em; with く, 10 em. In a 9¼ em measure,
  // pushing く out stretches the line by ¼ em, pulling it in shrinks it by
  // ¾ em of the 1 em its two commas allow. JLREQ 3.8 prefers reducing
  // space to adding it: く is pulled in.
  ParagraphOptions options;
  options.measure = 9 * kEm + kEm / 4;
  const Prepared p = fake_paragraph("あい、うえ、おかきくけこさ", kEm, options);
  EXPECT_EQ(lines_of(p, break_lines(p, options)), "あい、うえ、おかきく|けこさ");

  // With one comma (½ em of shrink) the 1 em of く cannot be absorbed:
  // then, and only then, the line is pushed out.
  const Prepared one = fake_paragraph("あいう、うえおかきくけこさ", kEm, options);
  EXPECT_EQ(lines_of(one, break_lines(one, options)), "あいう、うえおかき|くけこさ");
}

TEST(ShrinkOrder, MiddleDotsKeepTheirSpacesWhileTheCommaCanGive) {
  // あ・い、うえおかき is 9 em, く makes it 10; the measure is 9¾ em, so
  // the line shrinks by ¼ em. The comma's ½ em gives it all; ・ keeps its
  // ¼ em on each side, so every ・ in the text looks alike.
  ParagraphOptions options;
  options.measure = 9 * kEm + 3 * kEm / 4;
  const Prepared p = fake_paragraph("あ・い、うえおかきくけこ", kEm, options);
  const std::vector<LineBreak> lines = break_lines(p, options);
  ASSERT_EQ(lines_of(p, lines), "あ・い、うえおかきく|けこ");
  const SetLine first = justify_line(p, lines[0], options, false);
  EXPECT_EQ(first.glyphs[1].x, kEm + kEm / 4);          // ・ after its ¼ em
  EXPECT_EQ(first.glyphs[2].x, 2 * kEm);                // い after ¼ + ½ + ¼
  EXPECT_EQ(first.glyphs[4].x, 4 * kEm - kEm / 4);      // う after 、 and ¼ em of its ½
  EXPECT_EQ(first.width, options.measure);

  // Without the comma (あ・いうえおかき, 8 em, in 8¾ em) only the ・ can
  // give the ¼ em: ⅛ em on each side.
  options.measure = 8 * kEm + 3 * kEm / 4;
  const Prepared dot = fake_paragraph("あ・いうえおかきくけこ", kEm, options);
  const std::vector<LineBreak> dot_lines = break_lines(dot, options);
  ASSERT_EQ(lines_of(dot, dot_lines), "あ・いうえおかきく|けこ");
  const SetLine only = justify_line(dot, dot_lines[0], options, false);
  EXPECT_EQ(only.glyphs[1].x, kEm + kEm / 8);
  EXPECT_EQ(only.glyphs[2].x, 2 * kEm - kEm / 4);
  EXPECT_EQ(only.width, options.measure);
}

}  // namespace
}  // namespace casebook
