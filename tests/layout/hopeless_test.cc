// A field that cannot fit on any page whatever copyfitting does is refused
// at once, by counting its characters, before it is set.

#include "layout/hopeless.h"

#include <string>

#include <gtest/gtest.h>

#include "layout/spread.h"
#include "support/loaded_book.h"

namespace casebook {
namespace {

/// The A4 layout and the one-organization fixture.
struct Fixture : testing_support::LoadedBook {
  Fixture() : LoadedBook("casebook-a4.toml", "tests/fixtures/base") {}
};

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

TEST(HopelessField, SpacingCharactersLeaveOutWhiteSpaceAndZeroWidthMarks) {
  // か + combining ゛, a zero-width space, an ideographic space, a newline.
  EXPECT_EQ(spacing_characters("か\u3099\u200Ba\u3000b\nc"), 4u);
}

TEST(HopelessField, APageOfTheA4LayoutHoldsAtMostThisMany) {
  Fixture f;
  // 757 pt of content height / 7.5 pt (the scale's smallest step) = 100
  // lines; 510 pt × 8 / 7.5 pt = 544 characters of ⅛ em.
  EXPECT_EQ(page_capacity(f.spec), 100u * 544u);
}

TEST(HopelessField, AFieldThatMayFitIsLeftAlone) {
  Fixture f;
  Diagnostics diags;
  Organization copy;
  bool hopeless[2];
  const Organization& org = f.book.organizations.at(0);
  EXPECT_EQ(&without_hopeless_fields(f.context(diags), org, 1, copy, hopeless), &org);
  EXPECT_FALSE(hopeless[0] || hopeless[1]);
  EXPECT_TRUE(diags.items().empty());
}

TEST(HopelessField, IsReportedAndOnlyWhatOverflowsIsSet) {
  Fixture f;
  Organization org = f.book.organizations.at(0);
  const std::size_t capacity = page_capacity(f.spec);
  org.outcomes.blocks.resize(1);
  org.outcomes.blocks.at(0).marker.clear();
  org.outcomes.blocks.at(0).text = repeat("あ", capacity + 5000);
  Diagnostics diags;
  Organization copy;
  bool hopeless[2];
  const Organization& set = without_hopeless_fields(f.context(diags), org, 7, copy, hopeless);
  EXPECT_EQ(&set, &copy);
  EXPECT_FALSE(hopeless[0]);
  EXPECT_TRUE(hopeless[1]);  // (2) 取組の成果 is on the spread's second page
  std::size_t kept = 0;
  for (const Block& b : set.outcomes.blocks) kept += spacing_characters(b.text);
  EXPECT_EQ(kept, capacity + 1);
  EXPECT_EQ(spacing_characters(org.outcomes.blocks.at(0).text), capacity + 5000);  // the record is untouched
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].span, org.outcomes.span);
  EXPECT_EQ(diags.items()[0].code, "overflow");
  EXPECT_EQ(diags.items()[0].message, "定性的な成果／定量的な成果 overflows page 8: 59,400 characters, more than a page "
                                      "holds at the smallest size (54,400)");
}

TEST(HopelessField, TheSpreadReportsItOnceWithoutTrials) {
  Fixture f;
  Organization org = f.book.organizations.at(0);
  org.description.blocks.at(0).text = repeat("あ", page_capacity(f.spec) + 5000);
  Diagnostics diags;
  const std::vector<Page> pages = layout_spread(f.context(diags), org, 1);
  ASSERT_EQ(pages.size(), 2u);
  int errors = 0;
  for (const Diagnostic& d : diags.items()) {
    if (d.severity == Severity::error) ++errors;
    EXPECT_NE(d.code, "shrink");  // no copyfitting was tried
  }
  EXPECT_EQ(errors, 1);
  EXPECT_GT(pages[0].root.overflow, 0);  // drawn past the foot, marked in red
}

}  // namespace
}  // namespace casebook
