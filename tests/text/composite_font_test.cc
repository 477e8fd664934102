// A composite font (合成フォント): running text in the fixed-pitch BIZ
// UDGothic with its Latin words in the proportional BIZ UDPGothic
// (TextStyle::latin, text/composite.h). Real faces: the fixed face gives
// every ASCII character 1024/2048 em; the proportional one gives L 1229,
// I 860, N 1679, E 1434 (5202/2048 em for "LINE").

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "base/utf8.h"
#include "support/shipped_face.h"
#include "text/compose.h"
#include "text/composite.h"
#include "text/face.h"

namespace casebook {
namespace {

const Face& fixed() { return testing_support::shipped_face("BIZUDGothic-Regular.ttf"); }
const Face& proportional() { return testing_support::shipped_gothic(); }

const Length kSize = pt(9);

TextStyle composite() { return TextStyle{&fixed(), kSize, {"-liga"}, &proportional()}; }

/// Each character's face, as "F" (fixed) or "P" (proportional), in text
/// order, from the set glyphs.
std::string faces_of(const SetParagraph& p) {
  std::string out;
  for (const SetLine& line : p.lines) {
    for (const PlacedGlyph& g : line.glyphs) {
      if (g.text.empty()) continue;
      out += std::string(utf8::length(g.text), g.face == &fixed() ? 'F' : g.face == &proportional() ? 'P' : '?');
    }
  }
  return out;
}

SetParagraph set(const std::string& text, Length measure = pt(1000)) {
  ParagraphOptions options;
  options.measure = measure;
  Diagnostics diags;
  SetParagraph p = set_paragraph({TextRun{text, composite(), {}}}, options, diags);
  EXPECT_FALSE(diags.has_errors());
  return p;
}

TEST(CompositeFont, LatinWordsAreSetInTheLatinFaceAndJapaneseInTheStyleFace) {
  // 「NPO法人」: N P O in the proportional face, 法人 in the fixed one.
  EXPECT_EQ(faces_of(set("NPO法人のLINEグループ")), "PPPFFFPPPPFFFF");
}

TEST(CompositeFont, AWordSpaceBetweenLatinWordsIsTheLatinFacesAndDigitsInAWordGoWithIt) {
  // "Face the Fish" is one Latin run (its word spaces are joints, not
  // glyphs); "C-2" is a word; a URL is a word, its digits included.
  EXPECT_EQ(faces_of(set("Face the Fish（女川町）")), std::string(11, 'P') + "FFFFF");
  EXPECT_EQ(faces_of(set("区画C-2で")), "FFPPPF");
  EXPECT_EQ(faces_of(set("https://x.jp/?id=10")), std::string(19, 'P'));
}

TEST(CompositeFont, NumbersStandingAloneFullWidthFormsAndBracketsKeepTheStyleFace) {
  // Half-width numbers keep the fixed face's half-em digits (tabular, as
  // 半角数字 in Japanese text); full-width letters are cl-19 (JLREQ);
  // ASCII brackets are classed by context and set in the mark's box.
  EXPECT_EQ(faces_of(set("延べ 14 回、12:00-17:00 頃")), std::string(18, 'F'));
  EXPECT_EQ(faces_of(set("ＮＰＯ法人")), "FFFFF");
  EXPECT_EQ(faces_of(set("(延べ LINE 利用)")), "FFFPPPPFFF");
}

TEST(CompositeFont, TheLatinWordIsMeasuredWithTheLatinFacesAdvancesAndSpacedAQuarterEm) {
  // 「のLINEを」 set at its natural width: の 1 em, ¼ em (JLREQ 3.2.3),
  // LINE 5202/2048 em, ¼ em, を 1 em.
  const SetParagraph p = set("のLINEを");
  ASSERT_EQ(p.lines.size(), 1u);
  const SetLine& line = p.lines.front();
  ASSERT_EQ(line.glyphs.size(), 6u);
  const Length em = kSize;
  EXPECT_EQ(line.glyphs[1].x, em + em / 4);
  const Length line_word = scale(em, 5202, 2048);
  EXPECT_NEAR(static_cast<double>(line.glyphs[5].x - line.glyphs[1].x), static_cast<double>(line_word + em / 4), 4);
  // Each glyph advances by its own face's width: what the PDF's /W gives it.
  EXPECT_NEAR(static_cast<double>(line.glyphs[1].advance), static_cast<double>(scale(em, 1229, 2048)), 1);
  EXPECT_NEAR(static_cast<double>(line.glyphs[2].advance), static_cast<double>(scale(em, 860, 2048)), 1);
}

TEST(CompositeFont, AJustifiedLineWithALatinWordEndsOnTheMeasure) {
  // The composite widths are what the breaker and justifier see: every line
  // but the last is exactly the measure.
  const SetParagraph p =
      set("石巻市学びサポートセンター、特定非営利活動法人 TEDIC（石巻圏域子ども・若者総合相談センター運営法人）、"
          "NPO 親子相談室 KANGAROOM（自閉症親子を対象とした移動型支援を行う団体）",
          pt(200));
  ASSERT_GT(p.lines.size(), 2u);
  for (std::size_t i = 0; i + 1 < p.lines.size(); ++i) EXPECT_EQ(p.lines[i].width, pt(200)) << i;
}

TEST(CompositeFont, EachRunKeepsWhereItsTextWasTyped) {
  // A diagnostic about a Latin word points at the word, not at the start
  // of the field.
  const std::vector<TextRun> runs = split_composite({TextRun{"の LINE を", composite(), Span{"f.toml", 3, 10}}});
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0].text, "の ");
  EXPECT_EQ(runs[1].text, "LINE");
  EXPECT_EQ(runs[1].style.face, &proportional());
  EXPECT_EQ(runs[1].span.column, 12);
  EXPECT_EQ(runs[2].text, " を");
  EXPECT_EQ(runs[2].span.column, 16);
}

}  // namespace
}  // namespace casebook
