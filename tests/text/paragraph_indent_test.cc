// Paragraphs and lists inside a text field: a paragraph's first line is
// indented (字下げ) so that a break shows after a full line; an unmarked
// item hangs; what continues an item aligns with the item's text.

#include <gtest/gtest.h>

#include "data/markup.h"
#include "support/shipped_face.h"
#include "text/face.h"
#include "text/rich_text.h"

namespace casebook {
namespace {

using testing_support::shipped_gothic;

/// 20 ideographs of 9 pt are 180 pt: with a 180 pt measure, one full line.
constexpr const char* kFullLine = "孤独孤立対策孤独孤立対策孤独孤立対策孤独";
/// 19 ideographs: a first line indented by one em.
constexpr const char* kIndentedLine = "孤独孤立対策孤独孤立対策孤独孤立対策孤";

SetText set(const std::string& markup, Length indent, Diagnostics& diags) {
  RichText text;
  text.blocks = parse_markup(markup, [](std::size_t) { return Span{"f.toml", 1, 1}; }, diags);
  RichTextStyle style;
  style.body = {&shipped_gothic(), pt(9), {}};
  style.subhead = style.body;
  style.line_pitch = pt(14);
  style.paragraph_indent = indent;
  style.options.measure = pt(180);
  return set_rich_text(text, style, diags);
}

std::string text_of(const PlacedLine& l) {
  std::string s;
  for (const PlacedGlyph& g : l.line.glyphs) s += g.text;
  return s;
}

TEST(ParagraphIndent, ABreakAfterAFullLineShowsAsTheNextFirstLineIndent) {
  Diagnostics diags;
  // The first paragraph's last line is full; without the indent the second
  // paragraph would start exactly like a turned-over line.
  const SetText out = set(std::string(kIndentedLine) + kFullLine + "\n次の段落です。", pt(9), diags);
  ASSERT_EQ(out.line_count, 3);
  EXPECT_EQ(out.lines[0].x, pt(9));  // 字下げ of one em
  EXPECT_EQ(out.lines[1].x, 0);
  EXPECT_EQ(out.lines[1].x + out.lines[1].line.width, pt(180));  // the previous line is full
  EXPECT_EQ(out.lines[2].x, pt(9));
  EXPECT_EQ(text_of(out.lines[2]), "次の段落です。");
  // The indented first line still ends on the measure.
  EXPECT_EQ(out.lines[0].x + out.lines[0].line.width, pt(180));
}

TEST(ParagraphIndent, ReBreakingAShortLastLineKeepsTheFirstLinesIndent) {
  Diagnostics diags;
  // The last line one character (す。): the breaker breaks the paragraph's
  // lines again, the indented first line among them.
  for (const std::string& text : {std::string(kIndentedLine) + "す。", std::string(kIndentedLine) + "孤す。",
                                 std::string(kIndentedLine) + kFullLine + "す。"}) {
    SCOPED_TRACE(text);
    const SetText out = set(text, pt(9), diags);
    ASSERT_GE(out.line_count, 2);
    EXPECT_EQ(out.lines[0].x, pt(9));
    for (const PlacedLine& l : out.lines) EXPECT_LE(l.x + l.line.width, pt(180)) << text_of(l);
  }
}

TEST(ParagraphIndent, NoIndentWhenTheLayoutGivesNone) {
  Diagnostics diags;
  const SetText out = set("段落。\n次の段落。", 0, diags);
  ASSERT_EQ(out.line_count, 2);
  EXPECT_EQ(out.lines[0].x, 0);
  EXPECT_EQ(out.lines[1].x, 0);
}

TEST(ParagraphIndent, ItemsAndTheirContinuationsAreNotIndentedAsParagraphs) {
  Diagnostics diags;
  const SetText out = set(
      "・項目の本文です。項目の本文です。項目の本文です。項目の本文です。\n"
      "  ※項目に属する注記。\n",
      pt(9), diags);
  Length item_text_x = -1;
  for (const PlacedLine& l : out.lines) {
    if (l.marker) {
      EXPECT_EQ(l.x, 0);
      continue;
    }
    if (item_text_x < 0) item_text_x = l.x;
    // Every line of the item, turned over or continuing it, starts where
    // the item's text starts: after the ・.
    EXPECT_EQ(l.x, item_text_x) << text_of(l);
  }
  EXPECT_GT(item_text_x, 0);
  EXPECT_EQ(text_of(out.lines.back()), "※項目に属する注記。");
}

TEST(ParagraphIndent, AnUnmarkedItemHangsAndItsContinuationAlignsWithItsTurnover) {
  Diagnostics diags;
  const SetText out = set(std::string("- ") + kFullLine + "孤独孤立\n  ※注記\n- 次の項目", pt(9), diags);
  ASSERT_EQ(out.line_count, 4);
  EXPECT_EQ(out.lines[0].x, 0);      // starts at the edge, one em longer
  EXPECT_EQ(out.lines[1].x, pt(9));  // turned over one em in
  EXPECT_EQ(out.lines[2].x, pt(9));  // ※注記 aligns with it
  EXPECT_EQ(out.lines[3].x, 0);      // the next item starts at the edge
  EXPECT_EQ(out.lines[0].x + out.lines[0].line.width, pt(180));
}

TEST(ParagraphIndent, ANoteHangsAfterItsAsterisk) {
  Diagnostics diags;
  const SetText out = set(std::string("＊") + kFullLine + "孤独孤立\n  また、続き。", pt(9), diags);
  ASSERT_GE(out.lines.size(), 4u);
  ASSERT_TRUE(out.lines[0].marker);
  EXPECT_EQ(text_of(out.lines[0]), "＊");
  const Length text_x = out.lines[1].x;
  EXPECT_GT(text_x, 0);
  for (std::size_t i = 1; i < out.lines.size(); ++i) EXPECT_EQ(out.lines[i].x, text_x) << text_of(out.lines[i]);
}

}  // namespace
}  // namespace casebook
