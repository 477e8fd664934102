// Display lines (titles, headings, labels, grid names): broken by sense,
// never justified (issue 10, section 2).

#include "text/display.h"

#include <gtest/gtest.h>

#include "support/fake_paragraph.h"
#include "support/shipped_face.h"
#include "text/face.h"

namespace casebook {
namespace {

using testing_support::fake_paragraph;
using testing_support::shipped_face;
using testing_support::shipped_gothic;

const Length kEm = pt(10);

ParagraphOptions options_at(Length measure) {
  ParagraphOptions o;
  o.measure = measure;
  return o;
}

/// The text of each chosen line.
std::vector<std::string> line_texts(const Prepared& p, const DisplayBreaks& b) {
  std::vector<std::string> out;
  for (const LineBreak& l : b.lines) {
    out.push_back(p.text.substr(p.atoms[l.first].begin, p.atoms[l.last].end - p.atoms[l.first].begin));
  }
  return out;
}

std::size_t offset_of(const std::string& text, const std::string& before) { return text.find(before) + before.size(); }

TEST(DisplayBreaks, TextThatFitsStaysOnOneLineWhateverItsMarks) {
  const Prepared p = fake_paragraph("犯罪をした者等", kEm, options_at(20 * kEm));
  const DisplayBreaks b = break_display_line(p, {offset_of(p.text, "犯罪を")}, 20 * kEm);
  EXPECT_EQ(line_texts(p, b), (std::vector<std::string>{"犯罪をした者等"}));
}

TEST(DisplayBreaks, MarkedTextBreaksOnlyAtItsMarks) {
  // 5 em of room: the body breaker would fill 「犯罪をした」 (5 em); the
  // mark keeps 「した者等」 together.
  const Prepared p = fake_paragraph("犯罪をした者等", kEm, options_at(5 * kEm));
  const DisplayBreaks b = break_display_line(p, {offset_of(p.text, "犯罪を")}, 5 * kEm);
  EXPECT_FALSE(b.phrase_too_wide);
  EXPECT_EQ(line_texts(p, b), (std::vector<std::string>{"犯罪を", "した者等"}));
}

TEST(DisplayBreaks, AmongMarksTheFewestLinesThenTheMostEvenAreChosen) {
  // 対象とした人と|つながるために|行った工夫 (7 + 7 + 5 em) at 14 em: two
  // lines either way; 7 | 12 is more even than 14 | 5.
  const std::string text = "対象とした人とつながるために行った工夫";
  const Prepared p = fake_paragraph(text, kEm, options_at(14 * kEm));
  const DisplayBreaks b =
      break_display_line(p, {offset_of(text, "対象とした人と"), offset_of(text, "つながるために")}, 14 * kEm);
  EXPECT_EQ(line_texts(p, b), (std::vector<std::string>{"対象とした人と", "つながるために行った工夫"}));
  // At 8 em, three lines, one phrase each.
  const DisplayBreaks three =
      break_display_line(p, {offset_of(text, "対象とした人と"), offset_of(text, "つながるために")}, 8 * kEm);
  EXPECT_EQ(line_texts(p, three), (std::vector<std::string>{"対象とした人と", "つながるために", "行った工夫"}));
}

TEST(DisplayBreaks, APhraseWiderThanTheMeasureIsReportedAndBrokenAtOrdinaryOpportunities) {
  const std::string text = "ひきこもりの状態にある人";
  const Prepared p = fake_paragraph(text, kEm, options_at(5 * kEm));
  const DisplayBreaks b = break_display_line(p, {offset_of(text, "ひきこもりの")}, 5 * kEm);
  EXPECT_TRUE(b.phrase_too_wide);
  ASSERT_FALSE(b.lines.empty());
  for (const LineBreak& l : b.lines) EXPECT_LE(measure_line(p, l.first, l.last).natural, 5 * kEm);
}

TEST(DisplayBreaks, UnmarkedTextIsBalancedAndLeavesNoOneOrTwoCharactersAlone) {
  // 9 em at 8 em: the body breaker leaves 「る人」 alone; balanced lines
  // split it 5 + 4 (or 4 + 5).
  const std::string text = "生活困窮状態にある人";
  const Prepared p = fake_paragraph(text, kEm, options_at(8 * kEm));
  const DisplayBreaks b = break_display_line(p, {}, 8 * kEm);
  const std::vector<std::string> lines = line_texts(p, b);
  ASSERT_EQ(lines.size(), 2u);
  for (const LineBreak& l : b.lines) EXPECT_GE(l.last - l.first + 1, 4u);
}

RichTextStyle style_at(const Face* face, Length size, Length measure) {
  RichTextStyle s;
  s.body = {face, size, {}};
  s.subhead = s.body;
  s.line_pitch = size * 3 / 2;
  s.options.measure = measure;
  return s;
}

std::string text_of(const SetLine& line) {
  std::string s;
  for (const PlacedGlyph& g : line.glyphs) s += g.text;
  return s;
}

TEST(DisplayText, AnExplicitBreakIsHonouredAndEachLineKeepsItsNaturalWidth) {
  const Face* bold = &shipped_face("BIZUDPGothic-Bold.ttf");
  Diagnostics diags;
  // The A4 cover: 24 pt across 180 mm. The first line alone would fill
  // most of the measure; it is not stretched to it.
  const SetText set = set_display_text("地域における孤独・孤立対策に関する\nNPO等の取組事例集", {},
                                       style_at(bold, pt(24), mm(180)), Span{"casebook.toml", 3, 9}, diags);
  EXPECT_TRUE(diags.items().empty());
  ASSERT_EQ(set.line_count, 2);
  EXPECT_EQ(text_of(set.lines[0].line), "地域における孤独・孤立対策に関する");
  EXPECT_EQ(text_of(set.lines[1].line), "NPO等の取組事例集");
  for (const PlacedLine& l : set.lines) {
    EXPECT_FALSE(l.line.justified);
    EXPECT_EQ(l.line.width, l.line.natural);
    EXPECT_LT(l.line.width, mm(180));
  }
}

TEST(DisplayText, LabelMarksAreHonouredWithTheRealFace) {
  const Face* bold = &shipped_face("BIZUDPGothic-Bold.ttf");
  Diagnostics diags;
  const std::string text = "対象とした人とつながるために行った工夫";
  // The B5 label column: 28 mm less padding, at 7.5 pt.
  const SetText set =
      set_display_text(text, {offset_of(text, "対象とした人と"), offset_of(text, "つながるために")},
                       style_at(bold, pt(7.5), mm(28) - mm(2.6)), Span{"layout.toml", 1, 1}, diags);
  EXPECT_TRUE(diags.items().empty());
  ASSERT_GE(set.line_count, 2);
  for (const PlacedLine& l : set.lines) {
    const std::string t = text_of(l.line);
    EXPECT_TRUE(t == "対象とした人と" || t == "つながるために" || t == "行った工夫" || t == "対象とした人とつながるために" ||
                t == "つながるために行った工夫")
        << t;
  }
}

TEST(DisplayText, APhraseTooWideIsOneWarningAtTheLabel) {
  const Face* regular = &shipped_gothic();
  Diagnostics diags;
  const std::string text = "ひきこもりの状態にある人";
  const Span at{"taxonomy.toml", 94, 8};
  for (int spread = 0; spread < 3; ++spread) {
    set_display_text(text, {offset_of(text, "ひきこもりの")}, style_at(regular, pt(7.5), pt(20)), at, diags);
  }
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].span, at);
  EXPECT_EQ(diags.items()[0].severity, Severity::warning);
}

}  // namespace
}  // namespace casebook
