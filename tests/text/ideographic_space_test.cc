// U+3000 IDEOGRAPHIC SPACE is one em at every size (JLREQ cl-14, 全角スペー
// ス), although the proportional faces the book ships give it ⅔ em.

#include <gtest/gtest.h>

#include <string>

#include "support/shipped_face.h"
#include "text/compose.h"
#include "text/face.h"

namespace casebook {
namespace {

using testing_support::shipped_gothic;

SetParagraph set(const std::string& text, Length size) {
  ParagraphOptions options;
  options.measure = 100 * size;
  Diagnostics diags;
  SetParagraph p = set_paragraph({TextRun{text, TextStyle{&shipped_gothic(), size, {}}, {}}}, options, diags);
  EXPECT_TRUE(diags.items().empty());
  return p;
}

TEST(IdeographicSpace, AdvancesExactlyOneEmAtAnySize) {
  for (const Length size : {pt(7), pt(9), pt(10.5), pt(13.37), pt(72), Length{65537}}) {
    SCOPED_TRACE(size);
    // At the start of a line (an indent) and between two kana.
    const SetParagraph indent = set("\u3000あ", size);
    ASSERT_EQ(indent.lines.size(), 1u);
    ASSERT_EQ(indent.lines[0].glyphs.size(), 2u);
    EXPECT_EQ(indent.lines[0].glyphs[1].x, size);

    const SetParagraph plain = set("あい", size);
    const SetParagraph spaced = set("あ\u3000い", size);
    ASSERT_EQ(spaced.lines[0].glyphs.size(), 3u);
    EXPECT_EQ(spaced.lines[0].glyphs[2].x - plain.lines[0].glyphs[1].x, size);
    EXPECT_EQ(spaced.lines[0].width - plain.lines[0].width, size);

    // Two of them: two ems.
    const SetParagraph two = set("\u3000\u3000", size);
    EXPECT_EQ(two.lines[0].width, 2 * size);
  }
}

}  // namespace
}  // namespace casebook
