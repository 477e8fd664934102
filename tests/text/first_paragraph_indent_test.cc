// A form's cell sets a lone paragraph flush: with
// RichTextStyle::indent_first_paragraph off, the first paragraph of a text
// gets no 字下げ and every later one does, so a second paragraph still
// shows after a full line; with it on (はじめに, Japanese prose) every
// paragraph is indented.

#include <gtest/gtest.h>

#include "data/markup.h"
#include "support/shipped_face.h"
#include "text/face.h"
#include "text/rich_text.h"

namespace casebook {
namespace {

using testing_support::shipped_gothic;

SetText set(const std::string& markup, bool indent_first, Diagnostics& diags) {
  RichText text;
  text.blocks = parse_markup(markup, [](std::size_t) { return Span{"f.toml", 1, 1}; }, diags);
  RichTextStyle style;
  style.body = {&shipped_gothic(), pt(9), {}};
  style.subhead = style.body;
  style.line_pitch = pt(14);
  style.paragraph_indent = pt(9);
  style.indent_first_paragraph = indent_first;
  style.options.measure = pt(180);
  return set_rich_text(text, style, diags);
}

TEST(FirstParagraphIndent, ALoneParagraphIsFlushWhenTheFirstIsNotIndented) {
  Diagnostics diags;
  const SetText out = set("生きづらさを抱えた若者の居場所づくり。", false, diags);
  ASSERT_EQ(out.line_count, 1);
  EXPECT_EQ(out.lines[0].x, 0);
}

TEST(FirstParagraphIndent, TheSecondParagraphKeepsItsIndent) {
  Diagnostics diags;
  const SetText out = set("最初の段落。\n次の段落。", false, diags);
  ASSERT_EQ(out.line_count, 2);
  EXPECT_EQ(out.lines[0].x, 0);
  EXPECT_EQ(out.lines[1].x, pt(9));
}

TEST(FirstParagraphIndent, ProseIndentsEveryParagraphWhenTheFirstIsIndented) {
  Diagnostics diags;
  const SetText out = set("最初の段落。\n次の段落。", true, diags);
  ASSERT_EQ(out.line_count, 2);
  EXPECT_EQ(out.lines[0].x, pt(9));
  EXPECT_EQ(out.lines[1].x, pt(9));
}

TEST(FirstParagraphIndent, AParagraphAfterALeadingItemIsIndented) {
  Diagnostics diags;
  // Only the text's first block is the lone paragraph an editor sets flush.
  const SetText out = set("・項目\n段落。", false, diags);
  ASSERT_EQ(out.line_count, 2);
  EXPECT_EQ(out.lines.back().x, pt(9));
}

}  // namespace
}  // namespace casebook
