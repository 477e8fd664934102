// Layout values that loaded cleanly yet printed a wrong book: a rule that
// paints the page, a mark that prints nothing, two covers, type too small
// to read, lengths in forms nobody writes. Each case edits one value of
// the shipped A4 layout and expects exactly the diagnostics it lists (the
// file written as LAYOUT).

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "data/load_layout.h"
#include "data/units.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

/// Loads the shipped A4 layout with `from` (which occurs once) replaced by
/// `to`; its diagnostics, one formatted line each.
std::string load_edited(const std::string& from, const std::string& to) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-layout-holes-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string text = replace_all(slurp(fs::path(CASEBOOK_SOURCE_DIR) / "layouts/casebook-a4.toml"), "\"../fonts/",
                                 "\"" + std::string(CASEBOOK_SOURCE_DIR) + "/fonts/");
  const std::size_t at = text.find(from);
  if (at == std::string::npos || text.find(from, at + 1) != std::string::npos) return "bad edit: " + from;
  text.replace(at, from.size(), to);
  const fs::path file = dir / "layout.toml";
  std::ofstream(file, std::ios::binary) << text;
  Diagnostics diags;
  load_layout(file.string(), diags);
  std::string out;
  for (const Diagnostic& d : diags.sorted()) out += format_diagnostic(d) + "\n";
  fs::remove_all(dir);
  return replace_all(out, file.string(), "LAYOUT");
}

TEST(LayoutRules, ARuleWiderThanFivePointsIsRefused) {
  EXPECT_EQ(load_edited("width = \"0.4pt\"", "width = \"500pt\""),
            "LAYOUT:74:9: error: 'rules.width' is 500 pt (176.4 mm); a rule is at most 5 pt (1.764 mm)\n"
            "    hint: book rules are 0.1–1.5 pt wide\n");
}

TEST(LayoutRules, AZeroFrameRuleIsRefused) {
  EXPECT_EQ(load_edited("frame = \"0.8pt\"", "frame = \"0pt\""),
            "LAYOUT:75:9: error: 'rules.frame' must be larger than 0\n");
}

TEST(LayoutMarks, AZeroWidthSpaceIsNoMark) {
  EXPECT_EQ(load_edited("primary_mark = \"★\"", "primary_mark = \"\\u200b\""),
            "LAYOUT:177:16: error: 'labels.primary_mark' has no visible character\n"
            "    hint: the grids show an organization's choices only by this mark (★ and ☆ in the report)\n");
}

TEST(LayoutMarks, ALoneVariationSelectorIsNoMark) {
  EXPECT_EQ(load_edited("secondary_mark = \"☆\"", "secondary_mark = \"\\ufe0f\""),
            "LAYOUT:178:18: error: 'labels.secondary_mark' has no visible character\n"
            "    hint: the grids show an organization's choices only by this mark (★ and ☆ in the report)\n");
}

TEST(LayoutMarks, AMarkWithItsVariationSelectorIsAccepted) {
  EXPECT_EQ(load_edited("primary_mark = \"★\"", "primary_mark = \"★\\ufe0e\""), "");
}

TEST(LayoutFrontMatter, APageListedTwiceIsRefusedAtItsSecondMention) {
  EXPECT_EQ(load_edited("pages = [\"cover\", \"preface\", \"counts\", \"contents\", \"mapping\"]",
                        "pages = [\"cover\", \"cover\", \"contents\", \"contents\"]"),
            "LAYOUT:138:19: error: front-matter page 'cover' is listed twice\n"
            "LAYOUT:138:40: error: front-matter page 'contents' is listed twice\n");
}

TEST(LayoutTypeSizes, BodyTypeBelowFourPointsIsRefused) {
  EXPECT_EQ(load_edited("body = { size = \"9pt\"", "body = { size = \"2pt\""),
            "LAYOUT:37:17: error: 'scale.body.size' is 2 pt (0.7056 mm); type is at least 4 pt (1.411 mm)\n"
            "    hint: smaller type cannot be read in print\n");
}

TEST(LayoutTypeSizes, CopyfitMinimumBelowFourPointsIsRefused) {
  EXPECT_EQ(load_edited("min_size = \"7.5pt\"", "min_size = \"0.005pt\""),
            "LAYOUT:125:12: error: 'copyfit.min_size' is 0.00500488 pt (0.001766 mm); type is at least 4 pt "
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
  EXPECT_EQ(load_edited("body = { size = \"9pt\"", "body = { size = \"0x9pt\""),
            "LAYOUT:37:17: error: 'scale.body.size' must be a length such as \"12mm\" or \"9pt\"\n"
            "    hint: units: mm, cm, pt, in; a bare number has no unit\n");
}

}  // namespace
}  // namespace casebook
