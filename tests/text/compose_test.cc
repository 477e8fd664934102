// The text pipeline on the real faces the book ships.

#include "text/compose.h"

#include <gtest/gtest.h>

#include "base/utf8.h"
#include "support/shipped_face.h"
#include "text/char_class.h"
#include "text/face.h"
#include "text/kinsoku.h"

namespace casebook {
namespace {

using testing_support::shipped_gothic;

SetParagraph set(const std::string& text, Length measure, Diagnostics& diags, Span span = {"f.toml", 3, 5}) {
  ParagraphOptions options;
  options.measure = measure;
  return set_paragraph({TextRun{text, TextStyle{&shipped_gothic(), pt(10), {}}, span}}, options, diags);
}

std::string text_of(const SetLine& line) {
  std::string s;
  for (const PlacedGlyph& g : line.glyphs) s += g.text;
  return s;
}

TEST(Face, LoadsTheShippedFaceWithExactMetrics) {
  EXPECT_EQ(shipped_gothic().name(), "BIZUDPGothic-Regular");
  EXPECT_EQ(shipped_gothic().units_per_em(), 2048);
  EXPECT_TRUE(shipped_gothic().has_char(U'あ'));
  EXPECT_TRUE(shipped_gothic().has_char(U'𠮟'));
  EXPECT_FALSE(shipped_gothic().has_char(U'\u2E80'));
}

TEST(Compose, AdvancesAreTheFontsOwnUnscaledWidths) {
  Diagnostics diags;
  const SetParagraph p = set("あい", pt(100), diags);
  ASSERT_EQ(p.lines.size(), 1u);
  ASSERT_EQ(p.lines[0].glyphs.size(), 2u);
  // あ is 2007/2048 em wide in BIZ UDPGothic.
  EXPECT_EQ(p.lines[0].glyphs[1].x, scale(pt(10), 2007, 2048));
}

TEST(Compose, ATypedSpaceBetweenLatinAndJapaneseIsTheQuarterEmGap) {
  Diagnostics diags;
  const SetParagraph typed = set("LINE グループ", pt(200), diags);
  const SetParagraph untyped = set("LINEグループ", pt(200), diags);
  ASSERT_EQ(typed.lines[0].glyphs.size(), 8u);  // no glyph for the space
  EXPECT_EQ(typed.lines[0].glyphs[4].x, untyped.lines[0].glyphs[4].x);
  // グ starts ¼ em (2.5 pt) after the end of E.
  const Length e_advance = set("E", pt(200), diags).lines[0].width;
  EXPECT_EQ(typed.lines[0].glyphs[4].x - typed.lines[0].glyphs[3].x - e_advance, pt(2.5));
  EXPECT_TRUE(diags.items().empty());
}

TEST(Compose, NonBmpCharactersAndCombiningMarksKeepTheirText) {
  Diagnostics diags;
  const std::string text = "𠮟る" "か\u3099" "ゞ";
  const SetParagraph p = set(text, pt(200), diags);
  ASSERT_EQ(p.lines.size(), 1u);
  EXPECT_EQ(text_of(p.lines[0]), text);
  for (const PlacedGlyph& g : p.lines[0].glyphs) EXPECT_NE(g.gid, 0u);
  EXPECT_TRUE(diags.items().empty());
}

TEST(Compose, ACharacterNoFaceHasIsReportedWhereItWasTyped) {
  Diagnostics diags;
  set("あい\u2E80う", pt(200), diags);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(format_diagnostic(diags.items()[0]),
            "f.toml:3:7: error: character U+2E80 '\u2E80' is not in the face BIZUDPGothic-Regular\n"
            "    hint: the text cannot be printed as typed: replace the character or choose a face that has it");
}

TEST(Compose, AWordWiderThanTheMeasureIsDividedWithOneWarningAtItsText) {
  Diagnostics diags;
  const SetParagraph p = set("あ abcdefghijklmnopqrstuvwxyz", pt(60), diags);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].severity, Severity::warning);
  EXPECT_EQ(diags.items()[0].span, (Span{"f.toml", 3, 7}));
  EXPECT_NE(diags.items()[0].message.find("broken between two characters"), std::string::npos)
      << diags.items()[0].message;
  // Never set past the measure.
  ASSERT_GE(p.lines.size(), 3u);
  for (const SetLine& l : p.lines) EXPECT_LE(l.width, pt(60));
}

TEST(Compose, RealTextJustifiesAndObeysKinsoku) {
  const std::string text =
      "会員が各グループの活動に横断的に参加するよう努めた。全員向けの LINE グループを立ち上げ、活動状況報告や自由な意見交換の場を"
      "設けた。所属グループがまだ決まっていない会員に対しては、疎外感を抱かせないように活動報告を LINE で頻繁に発信した。さらに、"
      "LINE では伝えきれない情報もあることから、本年度から会報誌（不定期）を郵送することとした。詳しくは "
      "https://pokke-kotan.jimdosite.com/ を参照（2025 年 2 月 10 日現在）。";
  for (double measure_mm : {80.0, 40.0, 25.0}) {
    SCOPED_TRACE(measure_mm);
    Diagnostics diags;
    const Length measure = mm(measure_mm);
    const SetParagraph p = set(text, measure, diags);
    std::string all;
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
      const SetLine& line = p.lines[i];
      all += text_of(line);
      if (line.url_broken) {
        // A line ending inside a URL is set ragged, never letter-spaced.
        EXPECT_LE(line.width, measure + pt(0.01)) << text_of(line);
      } else if (i + 1 < p.lines.size()) {
        EXPECT_LE(std::llabs(line.width - measure), pt(0.01)) << text_of(line);
      } else {
        EXPECT_LE(line.width, measure);
      }
      std::size_t k = 0;
      const std::string first = text_of(line);
      const char32_t c = utf8::next(first, k);
      EXPECT_FALSE(jlreq::may_not_start_line(jlreq::classify(c), true)) << first;
    }
    std::string without_spaces;
    for (char ch : text) {
      if (ch != ' ') without_spaces += ch;
    }
    EXPECT_EQ(all, without_spaces);
  }
}

}  // namespace
}  // namespace casebook
