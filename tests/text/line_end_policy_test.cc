// One line-end policy for 、。 and closing brackets ([composition]
// line_end_punctuation, JLREQ 3.1.9): "solid" drops their ½ em at every
// line end, "half-em" keeps it at every line end, however the line must
// shrink. Fake glyphs (fake_paragraph.h): kana 1 em, 、 ½ em with ½ em
// after it.

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

using testing_support::fake_paragraph;
using testing_support::shipped_face;

const Length kEm = pt(10);

/// From the last glyph's left edge to the line's end, for every line but
/// the last that ends with 、 or 。.
std::vector<Length> line_end_marks(const std::string& text, Length measure, LineEndSpace policy) {
  ParagraphOptions options;
  options.measure = measure;
  options.line_end = policy;
  const Prepared p = fake_paragraph(text, kEm, options);
  const std::vector<LineBreak> breaks = break_lines(p, options);
  std::vector<Length> out;
  for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
    const SetLine line = justify_line(p, breaks[i], options, false);
    EXPECT_EQ(line.width, measure);
    const std::string& last = line.glyphs.back().text;
    if (last == "、" || last == "。") out.push_back(line.width - line.glyphs.back().x);
  }
  return out;
}

TEST(LineEndPolicy, EveryLineEndingInACommaEndsAlike) {
  // あいうえ、 fits 5 em with its ½ em; か、きくけ、 is 6 em and must shrink
  // by 1 em. JLREQ 3.8.3 would take the second line's end space first and
  // leave the first line's: one 、 solid, one with ½ em. One policy
  // instead, on every line.
  const char* text = "あいうえ、か、きくけ、こさ";
  // Solid: each 、 is the last thing on its line (its ½ em box).
  EXPECT_EQ(line_end_marks(text, 5 * kEm, LineEndSpace::solid), (std::vector<Length>{kEm / 2, kEm / 2}));
  // Half-em: each 、 keeps its ½ em; the second line cannot shrink by
  // giving it up, so け、 goes down.
  EXPECT_EQ(line_end_marks(text, 5 * kEm, LineEndSpace::half_em), (std::vector<Length>{kEm}));
}

TEST(LineEndPolicy, RealFaceEndsEveryCommaLineAlike) {
  // 04's paragraph in the fixed-pitch face of the running text, at every
  // measure from 12 to 40 em: every line that ends in 、 or 。 has the
  // same room after the mark's left edge, per policy.
  const std::string text =
      "市民交流プラザについて、これまでは50代～80代の人の利用が多かったが、取組内容により10代～40代の若い世代も参加し"
      "交流する様子が見られた。入居者同士の新しいつながりの創出に効果があり、孤立しがちな単身の高齢者が、"
      "子育て世帯や学生と顔を合わせる機会が増えた。";
  for (const LineEndSpace policy : {LineEndSpace::solid, LineEndSpace::half_em}) {
    const Length expected = policy == LineEndSpace::solid ? kEm / 2 : kEm;
    int seen = 0;
    for (int chars = 12; chars <= 40; ++chars) {
      ParagraphOptions options;
      options.measure = chars * kEm;
      options.line_end = policy;
      Diagnostics diags;
      const SetParagraph p =
          set_paragraph({TextRun{text, TextStyle{&shipped_face("BIZUDGothic-Regular.ttf"), kEm, {}}, {}}}, options, diags);
      for (std::size_t i = 0; i + 1 < p.lines.size(); ++i) {
        const SetLine& line = p.lines[i];
        const std::string& last = line.glyphs.back().text;
        if (last != "、" && last != "。") continue;
        ++seen;
        EXPECT_EQ(line.width - line.glyphs.back().x, expected) << chars << " em, line " << i;
      }
    }
    EXPECT_GE(seen, 3);
  }
}

}  // namespace
}  // namespace casebook
