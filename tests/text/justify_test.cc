// Justification by JLREQ priority, with fake glyphs (fake_paragraph.h).

#include "text/justify.h"

#include <gtest/gtest.h>

#include "support/fake_paragraph.h"

namespace casebook {
namespace {

using testing_support::fake_paragraph;

const Length kEm = pt(10);

std::vector<SetLine> set_fake(const char* text, Length measure, ParagraphOptions options = {}) {
  options.measure = measure;
  const Prepared p = fake_paragraph(text, kEm, options);
  std::vector<SetLine> out;
  const std::vector<LineBreak> breaks = break_lines(p, options);
  for (std::size_t i = 0; i < breaks.size(); ++i) {
    out.push_back(justify_line(p, breaks[i], options, i + 1 == breaks.size()));
  }
  return out;
}

TEST(Distribute, SplitsInProportionAndAddsUpExactly) {
  EXPECT_EQ(distribute(10, {1, 1, 1}), (std::vector<Length>{1, 1, 1}));  // capped at capacity
  EXPECT_EQ(distribute(3, {10, 10, 10}), (std::vector<Length>{1, 1, 1}));
  EXPECT_EQ(distribute(10, {10, 10, 10}), (std::vector<Length>{4, 3, 3}));  // remainder from the front
  EXPECT_EQ(distribute(5, {0, 10}), (std::vector<Length>{0, 5}));
  EXPECT_EQ(distribute(7, {}), (std::vector<Length>{}));
}

TEST(Justify, EveryLineButTheLastIsExactlyTheMeasure) {
  const Length measure = 7 * kEm + pt(3.3);
  const std::vector<SetLine> lines =
      set_fake("孤独・孤立対策に取り組むNPO等同士が、また、地方公共団体や地域の多様な関係者が相互に連携・協働し、"
               "地域のネットワークを築いていくことが期待されます。",
               measure);
  ASSERT_GT(lines.size(), 3u);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    EXPECT_EQ(lines[i].width, measure) << "line " << i;
    EXPECT_FALSE(lines[i].overfull);
  }
  EXPECT_EQ(lines.back().width, lines.back().natural);  // the last line is not stretched
}

TEST(Justify, StretchesBreakOpportunitiesByAQuarterEmThenEqually) {
  // "あいうえ" is pushed out to 4 em in a 5 em measure: its three joints
  // take ¼ em each (3.8.4 step 3), then the last ¼ em equally (step 4):
  // each joint is ⅓ em wide.
  const std::vector<SetLine> lines = set_fake("あいうえお。かきく", 5 * kEm);
  ASSERT_EQ(lines.size(), 2u);
  const SetLine& first = lines[0];
  ASSERT_EQ(first.glyphs.size(), 4u);
  EXPECT_EQ(first.glyphs[0].x, 0);
  EXPECT_NEAR(first.glyphs[1].x, kEm + kEm / 3, 1);  // to the unit: the remainder goes first
  EXPECT_EQ(first.glyphs[3].x, 4 * kEm);
  EXPECT_EQ(first.width, 5 * kEm);
  EXPECT_GT(first.adjustment_em, 0.99);
}

TEST(Justify, PushInShrinksTheComma) {
  // あい、うえ。 is 5½ em natural in a 5 em measure (the 。 ends the line
  // solid, line_end_punctuation = "solid"): the 、 gives up its half em
  // (3.8.3 step 5).
  const std::vector<SetLine> lines = set_fake("あい、うえ。おか", 5 * kEm);
  ASSERT_EQ(lines.size(), 2u);
  const SetLine& first = lines[0];
  EXPECT_EQ(first.width, 5 * kEm);
  ASSERT_EQ(first.glyphs.size(), 6u);
  EXPECT_EQ(first.glyphs[3].x, 2 * kEm + kEm / 2);  // う right after the 、, solid
  EXPECT_EQ(first.glyphs[5].x, 4 * kEm + kEm / 2);  // 。 ends at the measure
  EXPECT_NEAR(first.adjustment_em, -0.5, 0.01);
}

TEST(Justify, JapaneseWesternGapIsAQuarterEmTypedOrNot) {
  // JLREQ 3.2.3: ¼ em between あ and a; a typed space there is the same gap.
  for (const char* text : {"あa", "あ a"}) {
    SCOPED_TRACE(text);
    const std::vector<SetLine> lines = set_fake(text, 10 * kEm);
    ASSERT_EQ(lines.size(), 1u);
    ASSERT_EQ(lines[0].glyphs.size(), 2u);
    EXPECT_EQ(lines[0].glyphs[1].x, kEm + kEm / 4);
  }
}

TEST(Justify, ConsecutivePunctuationKeepsOneHalfEm) {
  // JLREQ 3.1.4: 。」 sets solid then ½ em after the bracket; 」「 keeps
  // one ½ em; 、「 likewise.
  const std::vector<SetLine> lines = set_fake("あ。」「い", 20 * kEm);
  ASSERT_EQ(lines.size(), 1u);
  const auto& g = lines[0].glyphs;
  ASSERT_EQ(g.size(), 5u);
  EXPECT_EQ(g[1].x, kEm);                      // 。
  EXPECT_EQ(g[2].x, kEm + kEm / 2);            // 」 solid after 。
  EXPECT_EQ(g[3].x, 2 * kEm + kEm / 2);        // 「 after one ½ em
  EXPECT_EQ(g[4].x, 3 * kEm);                  // い right after 「
}

TEST(Justify, OpeningBracketAtLineStartSetsSolid) {
  const std::vector<SetLine> lines = set_fake("あいうえ「おか」", 5 * kEm);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].glyphs[0].x, 0);
}

TEST(Justify, WordSpacesStretchFirst) {
  // ab cd|ef gh: the word space takes the first ⅙ em (to ½ em), the rest
  // goes to… nothing else breakable, so the word space takes it all.
  const std::vector<SetLine> lines = set_fake("ab cd ef gh", 3 * kEm);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].width, 3 * kEm);
  EXPECT_EQ(lines[0].glyphs[2].x, 3 * kEm - kEm);  // c starts 1 em before the end
}

TEST(Justify, AnOverfullLineIsMarked) {
  // A letter wider than the measure: nothing to divide.
  const std::vector<SetLine> lines = set_fake("a", kEm / 4);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].overfull);
}

}  // namespace
}  // namespace casebook
