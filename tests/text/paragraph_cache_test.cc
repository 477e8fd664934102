// The cache of measured paragraphs (text/paragraph_cache.h): a paragraph
// set again at another measure, or again anywhere with the same text,
// style and place, is measured once; what it sets and what it reports are
// exactly what a fresh measurement gives.

#include <gtest/gtest.h>

#include <string>

#include "support/shipped_face.h"
#include "text/compose.h"
#include "text/paragraph_cache.h"

namespace casebook {
namespace {

using testing_support::shipped_gothic;

const std::string kText = "特定非営利活動法人が、地域の子ども・若者の学びと居場所を支える取組（2024年度）。";

SetParagraph set(const std::string& text, Length measure, ParagraphCache* cache, Diagnostics& diags,
                 Length size = pt(10)) {
  ParagraphOptions options;
  options.measure = measure;
  options.cache = cache;
  return set_paragraph({TextRun{text, TextStyle{&shipped_gothic(), size, {}}, Span{"f.toml", 3, 5}}}, options, diags);
}

std::string glyphs_of(const SetParagraph& p) {
  std::string s;
  for (const SetLine& l : p.lines) {
    s += "|" + std::to_string(l.width);
    for (const PlacedGlyph& g : l.glyphs) s += " " + std::to_string(g.gid) + "@" + std::to_string(g.x);
  }
  return s;
}

TEST(ParagraphCache, OtherMeasuresReuseOneMeasurement) {
  ParagraphCache cache;
  Diagnostics diags;
  for (double measure : {60.0, 80.0, 100.0, 120.0, 60.0}) {
    Diagnostics fresh_diags;
    const SetParagraph fresh = set(kText, pt(measure), nullptr, fresh_diags);
    const SetParagraph cached = set(kText, pt(measure), &cache, diags);
    EXPECT_EQ(glyphs_of(cached), glyphs_of(fresh)) << measure << " pt";
  }
  EXPECT_EQ(cache.measured(kText), 1u);
  // Another size is another measurement.
  set(kText, pt(100), &cache, diags, pt(9));
  EXPECT_EQ(cache.measured(kText), 2u);
}

TEST(ParagraphCache, ReportsWhatAFreshMeasurementReports) {
  // A soft hyphen is a warning at its place, on every use of the text.
  const std::string text = "あい\u00ADうえお";
  ParagraphCache cache;
  Diagnostics diags;
  set(text, pt(100), &cache, diags);
  set(text, pt(50), &cache, diags);
  EXPECT_EQ(cache.measured(text), 1u);
  ASSERT_EQ(diags.items().size(), 2u);
  for (const Diagnostic& d : diags.items()) {
    EXPECT_EQ(d.code, "soft-hyphen");
    EXPECT_EQ(d.span, (Span{"f.toml", 3, 7}));
  }
}

}  // namespace
}  // namespace casebook
