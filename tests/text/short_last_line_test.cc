// A paragraph whose natural last line holds one character (「す。」) gets
// two or more: the breaker sets the last lines again within their shrink
// and stretch allowances. Fake glyphs (fake_paragraph.h): kana 1 em, 。
// and 、 ½ em with ½ em after them; each joint between kana may stretch
// ¼ em (JIS X 4051 3.8.4 step 3).

#include <gtest/gtest.h>

#include <string>

#include "support/fake_paragraph.h"
#include "support/shipped_face.h"
#include "text/compose.h"
#include "text/face.h"
#include "text/justify.h"
#include "text/linebreak.h"

namespace casebook {
namespace {

using testing_support::break_fake;
using testing_support::expect_full_measure;
using testing_support::shipped_gothic;

const Length kEm = pt(10);

TEST(ShortLastLine, TheLineAboveGivesACharacter) {
  // Line by line, す。 would be left alone (pulling it up needs 1½ em of
  // shrink where there is none). The second line gives up し: five kana
  // in 6 em, its four joints stretching ¼ em each, within 3.8.4 step 3.
  const auto b = break_fake("あいうえおかきくけこさしす。", kEm, 6);
  EXPECT_EQ(b.text(), "あいうえおか|きくけこさ|しす。");
  expect_full_measure(b, 1);

  // Two kana to a line: giving one away would leave a line of one
  // character stretched by 1 em with no joint to take it. Then す。 stays
  // (lint reports it) rather than a line being letter-spaced.
  EXPECT_EQ(break_fake("あいうえおかす。", kEm, 2).text(), "あい|うえ|おか|す。");
}

TEST(ShortLastLine, TwoLinesAboveShareTheWork) {
  // The line above cannot give け: 「――――」 is one mark (3.1.10) and
  // stretches nowhere, so き―――― would need 1 em where ¼ em is allowed.
  // Two lines can: the first gives か (its four joints take ¼ em each),
  // the second passes け on.
  EXPECT_EQ(break_fake("あいうえおかき――――けす。", kEm, 6).text(), "あいうえお|かき――――|けす。");
}

// Of the ways that leave the last line two or more characters, the
// cheapest, not the one that changes the fewest lines; 「―」 runs are one
// mark (3.1.10) that stretches nowhere inside.
TEST(ShortLastLineCost, TheCheapestWayWinsOverTheFewestLinesChanged) {
  // Natural: あいうえおかきく|けこさし―――せ|そ。 (8 em measure).
  // The line above alone could give せ: けこさし――― is 7 em with four
  // stretchable joints, so 1 em missing takes all of its ¼ ems (share 1,
  // cost 3 at step 3). Two lines do it more cheaply: the first gives く
  // and its six joints open by 1/6 em each (share ⅔, cost 3 × 4/9 =
  // 1.33), the second stays full.
  const auto b = break_fake("あいうえおかきくけこさし―――せそ。", kEm, 8);
  EXPECT_EQ(b.text(), "あいうえおかき|くけこさし―――|せそ。");
  for (std::size_t i = 0; i + 1 < b.lines.size(); ++i) expect_full_measure(b, i);
}

TEST(ShortLastLine, RaggedTextGivesACharacterToo) {
  ParagraphOptions ragged;
  ragged.ragged = true;
  EXPECT_EQ(break_fake("あいうえおかきくけこさしす。", kEm, 6, ragged).text(), "あいうえおか|きくけこさ|しす。");
}

TEST(ShortLastLine, RealFaceEndsNoParagraphWithOneCharacter) {
  // 06's sentence ends 「…効果があった。」; at every measure from 10 to 40
  // em its last line holds at least two characters.
  const std::string text =
      "地域の高齢者とこどもが一緒に食事をとる場をつくり、季節の行事や昔遊びを通じて世代を超えた交流が生まれ、"
      "参加者同士が互いに声をかけ合う関係ができたことで、見守りの輪が広がるという効果があった。";
  Diagnostics diags;
  for (int chars = 10; chars <= 40; ++chars) {
    ParagraphOptions options;
    options.measure = chars * kEm;
    const SetParagraph p = set_paragraph({TextRun{text, TextStyle{&shipped_gothic(), kEm, {}}, {}}}, options, diags);
    ASSERT_FALSE(p.lines.empty());
    if (p.lines.size() < 2) continue;
    int characters = 0;
    for (const PlacedGlyph& g : p.lines.back().glyphs) characters += g.text != "。" && g.text != "、";
    EXPECT_GE(characters, 2) << chars << " em";
    for (std::size_t i = 0; i + 1 < p.lines.size(); ++i) {
      EXPECT_EQ(p.lines[i].width, options.measure) << chars << " em, line " << i;
      EXPECT_FALSE(p.lines[i].underfull) << chars << " em, line " << i;
    }
  }
}

}  // namespace
}  // namespace casebook
