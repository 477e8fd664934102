// Layout values that loaded cleanly yet printed a wrong book: a rule that
// paints the page, a mark that prints nothing, two covers, type too small
// to read, lengths in forms nobody writes. Each case edits one value of
// the shipped A4 layout and expects exactly the diagnostics it lists (the
// file written as LAYOUT, the position computed from the edited text by
// EditedLayout::where(), so a line added elsewhere in the layout changes
// nothing here).

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "data/load_layout.h"
#include "data/units.h"
#include "support/edited_layout.h"

namespace casebook {
namespace {

using testing_support::EditedLayout;

TEST(LayoutRules, ARuleWiderThanFivePointsIsRefused) {
  EditedLayout layout;
  layout.edit("width = \"0.4pt\"", "width = \"500pt\"");
  EXPECT_EQ(layout.load(),
            layout.where("\"500pt\"") + ": error: 'rules.width' is 500 pt (176.4 mm); a rule is at most 5 pt (1.764 mm)\n"
            "    hint: book rules are 0.1–1.5 pt wide\n");
}

TEST(LayoutRules, AZeroFrameRuleIsRefused) {
  EditedLayout layout;
  layout.edit("frame = \"0.8pt\"", "frame = \"0pt\"");
  EXPECT_EQ(layout.load(),
            layout.where("\"0pt\"") + ": error: 'rules.frame' must be larger than 0\n");
}

TEST(LayoutMarks, AZeroWidthSpaceIsNoMark) {
  EditedLayout layout;
  layout.edit("primary_mark = \"★\"", "primary_mark = \"\\u200b\"");
  EXPECT_EQ(layout.load(),
            layout.where("\"") + ": error: 'labels.primary_mark' has no visible character\n"
            "    hint: the grids show an organization's choices only by this mark (★ and ☆ in the report)\n");
}

TEST(LayoutMarks, ALoneVariationSelectorIsNoMark) {
  EditedLayout layout;
  layout.edit("secondary_mark = \"☆\"", "secondary_mark = \"\\ufe0f\"");
  EXPECT_EQ(layout.load(),
            layout.where("\"") + ": error: 'labels.secondary_mark' has no visible character\n"
            "    hint: the grids show an organization's choices only by this mark (★ and ☆ in the report)\n");
}

TEST(LayoutMarks, AMarkWithItsVariationSelectorIsAccepted) {
  EditedLayout layout;
  layout.edit("primary_mark = \"★\"", "primary_mark = \"★\\ufe0e\"");
  EXPECT_EQ(layout.load(), "");
}

TEST(LayoutFrontMatter, APageListedTwiceIsRefusedAtItsSecondMention) {
  EditedLayout layout;
  layout.edit("pages = [\"cover\", \"preface\", \"counts\", \"contents\", \"mapping\"]",
              "pages = [\"cover\", \"cover\", \"contents\", \"contents\"]");
  EXPECT_EQ(layout.load(),
            layout.where("\"cover\"", 1) + ": error: front-matter page 'cover' is listed twice\n" +
                layout.where("\"contents\"", 1) + ": error: front-matter page 'contents' is listed twice\n");
}

TEST(LayoutTypeSizes, BodyTypeBelowFourPointsIsRefused) {
  EditedLayout layout;
  layout.edit("body = { size = \"9pt\"", "body = { size = \"2pt\"");
  EXPECT_EQ(layout.load(),
            layout.where("\"2pt\"") + ": error: 'scale.body.size' is 2 pt (0.7056 mm); type is at least 4 pt (1.411 mm)\n"
            "    hint: smaller type cannot be read in print\n");
}

TEST(LayoutTypeSizes, CopyfitMinimumBelowFourPointsIsRefused) {
  EditedLayout layout;
  layout.edit("min_size = \"7.5pt\"", "min_size = \"0.005pt\"");
  EXPECT_EQ(layout.load(),
            layout.where("\"0.005pt\"") + ": error: 'copyfit.min_size' is 0.00500488 pt (0.001766 mm); type is at least 4 pt "
            "(1.411 mm)\n    hint: smaller type cannot be read in print\n");
}

TEST(LengthSyntax, OnlyAPlainDecimalNumberAndAUnitIsALength) {
  EXPECT_EQ(parse_length("9pt"), pt(9));
  EXPECT_EQ(parse_length("0.25 in"), pt(18));
  EXPECT_EQ(parse_length(".5pt"), pt(0.5));
  for (const char* bad : {"0x9pt", "1e1pt", "+9pt", "9.pt.", "1.2.3mm", "nanpt", "infmm", "- 9pt", "9", "pt", "."}) {
    EXPECT_EQ(parse_length(bad), std::nullopt) << bad;
  }
}

TEST(LengthSyntax, AHexadecimalLengthInALayoutIsRefused) {
  EditedLayout layout;
  layout.edit("body = { size = \"9pt\"", "body = { size = \"0x9pt\"");
  EXPECT_EQ(layout.load(),
            layout.where("\"0x9pt\"") + ": error: 'scale.body.size' must be a length such as \"12mm\" or \"9pt\"\n"
            "    hint: units: mm, cm, pt, in; a bare number has no unit\n");
}

// Regression: a style's `face` is read twice (again for its bold cut), and
// the hint for an unknown key listed it twice ("face, size, …, face").
TEST(LayoutKeys, TheHintForAnUnknownKeyListsEachAllowedKeyOnce) {
  EditedLayout layout;
  layout.edit("body = { features = [\"-liga\"], face = \"gothic_fixed\",",
              "body = { zqxw = 1, features = [\"-liga\"], face = \"gothic_fixed\",");
  const std::string out = layout.load();
  const std::string lead = "hint: the keys allowed here are: ";
  const auto at = out.find(lead);
  ASSERT_NE(at, std::string::npos) << out;
  const std::string list = out.substr(at + lead.size(), out.find('\n', at) - at - lead.size());
  std::vector<std::string> keys;
  for (std::size_t from = 0; from <= list.size();) {
    const std::size_t comma = std::min(list.find(", ", from), list.size());
    keys.push_back(list.substr(from, comma - from));
    from = comma + 2;
  }
  EXPECT_NE(std::find(keys.begin(), keys.end(), "face"), keys.end()) << list;
  EXPECT_NE(std::find(keys.begin(), keys.end(), "latin"), keys.end()) << list;
  for (const std::string& key : keys) EXPECT_EQ(std::count(keys.begin(), keys.end(), key), 1) << key << " in " << list;
}

}  // namespace
}  // namespace casebook
