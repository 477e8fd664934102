// Long text fields: blocks of the data markup become lines on a fixed pitch.

#include "text/rich_text.h"

#include <gtest/gtest.h>

#include "data/markup.h"
#include "support/shipped_face.h"
#include "text/face.h"

namespace casebook {
namespace {

using testing_support::shipped_face;
using testing_support::shipped_gothic;

TEST(RichText, ItemsHangAfterTheirMarkerAndLinesKeepThePitch) {
  const Face* regular = &shipped_gothic();
  const Face* bold = &shipped_face("BIZUDPGothic-Bold.ttf");
  Diagnostics diags;
  RichText text;
  text.blocks = parse_markup(
      "# （定性的成果）\n"
      "・過去の職場や地域、年齢の枠を超えて新たな交友関係が生まれ、会員間の密なコミュニケーションがなされた。\n"
      "①地域住民に寄り添う「居場所」の提供\n"
      "本文の段落。",
      [](std::size_t) { return Span{"f.toml", 1, 1}; }, diags);
  RichTextStyle style;
  style.body = {regular, pt(9), {}};
  style.subhead = {bold, pt(9), {}};
  style.line_pitch = pt(14);
  style.options.measure = mm(60);
  const SetText set = set_rich_text(text, style, diags);
  EXPECT_TRUE(diags.items().empty());

  // Sub-head, a bullet item of several lines, a numbered item, a paragraph.
  ASSERT_GE(set.line_count, 5);
  Length previous = -1;
  Length bullet_indent = -1;
  int markers = 0;
  for (const PlacedLine& line : set.lines) {
    if (line.marker) {
      ++markers;
      EXPECT_EQ(line.x, 0);
      continue;
    }
    EXPECT_GT(line.baseline, previous);
    if (previous >= 0) {
      EXPECT_EQ((line.baseline - previous) % pt(14), 0);  // on the pitch
    }
    previous = line.baseline;
    EXPECT_LE(line.x + line.line.width, mm(60));
    if (line.line.glyphs.front().text == "過") bullet_indent = line.x;
  }
  EXPECT_EQ(markers, 2);
  EXPECT_EQ(bullet_indent, pt(9));  // the ・ marker takes one em
  EXPECT_EQ(set.height, set.line_count * pt(14));
  // The sub-head is bold.
  EXPECT_EQ(set.lines.front().line.glyphs.front().face, bold);
}

}  // namespace
}  // namespace casebook
