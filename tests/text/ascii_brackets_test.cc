// ASCII brackets ( ) [ ] { } in Japanese context take the classes of
// （ ） (JLREQ Appendix A cl-01/cl-02): no line starts with ), no break
// before it, and no Japanese–Western quarter em inside the brackets.
// Fake glyphs (fake_paragraph.h): kana and kanji 1 em, brackets, Western
// letters and digits ½ em.

#include <gtest/gtest.h>

#include <string>

#include "support/fake_paragraph.h"
#include "support/shipped_face.h"
#include "text/compose.h"
#include "text/face.h"
#include "text/linebreak.h"

namespace casebook {
namespace {

using testing_support::atom_of;
using testing_support::fake_paragraph;
using testing_support::lines_of;
using testing_support::shipped_gothic;

const Length kEm = pt(10);

TEST(AsciiBrackets, TakeTheJapaneseBracketClassesWhenANeighbourIsJapanese) {
  ParagraphOptions options;
  options.measure = 100 * kEm;
  struct Case {
    const char* text;
    bool japanese;
  };
  const Case cases[] = {
      {"午後(12:00-17:00 頃)、", true},  // Japanese outside the pair
      {"NPO(特定非営利活動法人)", true},  // Japanese inside it
      {"項目[1]の", true},                 // Japanese after the closing one
      {"あ{b}", true},
      {"(1) 取組の内容", false},  // a typed space is no Japanese neighbour
      {"foo (bar) baz", false},
      {"see (x)", false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const Prepared p = fake_paragraph(c.text, kEm, options);
    int brackets = 0;
    for (const Atom& a : p.atoms) {
      if (a.first == U'(' || a.first == U'[' || a.first == U'{') {
        EXPECT_EQ(a.cls == jlreq::CharClass::opening_bracket, c.japanese);
        ++brackets;
      }
      if (a.first == U')' || a.first == U']' || a.first == U'}') {
        EXPECT_EQ(a.cls == jlreq::CharClass::closing_bracket, c.japanese);
        ++brackets;
      }
    }
    EXPECT_EQ(brackets, 2);
  }
}

TEST(AsciiBrackets, NoQuarterEmBetweenJapaneseTextAndTheBrackets) {
  ParagraphOptions options;
  options.measure = 100 * kEm;
  const Prepared p = fake_paragraph("後(延べ14回、500部製作)、ミ", kEm, options);
  // Inside: solid, as （延べ…製作） (3.2.3 spaces Japanese from Western
  // letters, not from brackets).
  EXPECT_EQ(p.joints[atom_of(p, "(")].natural, 0);
  EXPECT_EQ(p.joints[atom_of(p, "作")].natural, 0);
  // Outside: the bracket's own ½ em (Appendix B), not a ¼ em 和欧間.
  EXPECT_EQ(p.joints[atom_of(p, "後")].natural, kEm / 2);
  // )、 sets solid, as ）、 does (3.1.4).
  EXPECT_EQ(p.joints[atom_of(p, ")")].natural, 0);
}

TEST(AsciiBrackets, NoLineStartsWithAClosingOne) {
  ParagraphOptions options;
  options.measure = 5 * kEm;
  // お) would end at 5½ em: ) may not start the next line (3.1.7), so お
  // goes down with it.
  const Prepared p = fake_paragraph("あいうえお)かき", kEm, options);
  EXPECT_EQ(lines_of(p, break_lines(p, options)), "あいうえ|お)かき");
}

TEST(AsciiBrackets, NoLineEndsWithAnOpeningOne) {
  ParagraphOptions options;
  options.measure = 5 * kEm;
  // あいうえ(: the ( with its ½ em fits, お does not; ( may not end a line
  // (3.1.8).
  const Prepared p = fake_paragraph("あいうえ(お)かき", kEm, options);
  EXPECT_EQ(lines_of(p, break_lines(p, options)), "あいうえ|(お)かき");
}

/// x of the glyph for `c` on the paragraph's first line, minus x of the
/// glyph before it.
Length gap_before(const std::string& text, const std::string& c) {
  ParagraphOptions options;
  options.measure = 100 * kEm;
  Diagnostics diags;
  const SetParagraph p = set_paragraph({TextRun{text, TextStyle{&shipped_gothic(), kEm, {}}, {}}}, options, diags);
  const std::vector<PlacedGlyph>& g = p.lines.at(0).glyphs;
  for (std::size_t i = 1; i < g.size(); ++i) {
    if (g[i].text == c) return g[i].x - g[i - 1].x;
  }
  ADD_FAILURE() << "no glyph " << c;
  return 0;
}

TEST(AsciiBrackets, RealFaceSetsTheClosingOneSolidAfterKanji) {
  // The pen moves from 頃 to ) by 頃's advance alone, exactly as to ）:
  // no 和欧間 inside the brackets of 07's 「平日午後(12:00-17:00 頃)」.
  EXPECT_EQ(gap_before("平日午後(12:00-17:00 頃)、不登校", ")"),
            gap_before("平日午後（12:00-17:00 頃）、不登校", "）"));
  // From ( to 延 the pen moves by the advance of ( alone, as from ( to a
  // Latin letter (09's 「体験プログラム(延べ 14 回、」).
  EXPECT_EQ(gap_before("体験プログラム(延べ 14 回、", "延"), gap_before("x (a", "a"));
}

TEST(AsciiBrackets, RealFaceNeverStartsALineWithTheClosingOne) {
  Diagnostics diags;
  ParagraphOptions options;
  for (int chars = 8; chars <= 14; ++chars) {
    options.measure = chars * kEm;
    const SetParagraph p = set_paragraph(
        {TextRun{"竹林整備活動(延べ 75 回実施、前年度より大幅増)、アンケートとヒアリング調査、情報発信(参加者募集)を行った。",
                 TextStyle{&shipped_gothic(), kEm, {}}, {}}},
        options, diags);
    for (const SetLine& line : p.lines) {
      ASSERT_FALSE(line.glyphs.empty());
      EXPECT_NE(line.glyphs.front().text, ")") << chars << " em";
      EXPECT_NE(line.glyphs.back().text, "(") << chars << " em";
    }
  }
}

}  // namespace
}  // namespace casebook
