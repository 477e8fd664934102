// Layout values that loaded cleanly yet printed a wrong book: a rule that
// paints the page, a mark that prints nothing, two covers, type too small
// to read, lengths in forms nobody writes. Each case edits one value of
// the shipped A4 layout and expects exactly the diagnostics it lists (the
// file written as LAYOUT, the position computed from the edited text by
// where(), so a line added elsewhere in the layout changes nothing here).

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "data/load_layout.h"
#include "data/units.h"
#include "support/text_position.h"

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

/// The shipped A4 layout, its font paths made absolute, with `from`
/// (which occurs once) replaced by `to`; `at` is set to where the edit
/// starts (npos when `from` is missing or not unique).
std::string edited_layout(const std::string& from, const std::string& to, std::size_t* at) {
  std::string text = replace_all(slurp(fs::path(CASEBOOK_SOURCE_DIR) / "layouts/casebook-a4.toml"), "\"../fonts/",
                                 "\"" + std::string(CASEBOOK_SOURCE_DIR) + "/fonts/");
  *at = text.find(from);
  if (*at == std::string::npos || text.find(from, *at + 1) != std::string::npos) {
    *at = std::string::npos;
    return text;
  }
  text.replace(*at, from.size(), to);
  return text;
}

/// "LAYOUT:line:col" of the `nth` occurrence (from 0) of `target` inside
/// the text `to` that replaced `from`.
std::string where(const std::string& from, const std::string& to, const std::string& target, int nth = 0) {
  std::size_t at = 0;
  const std::string text = edited_layout(from, to, &at);
  std::size_t inside = to.find(target);
  for (int i = 0; i < nth && inside != std::string::npos; ++i) inside = to.find(target, inside + 1);
  if (at == std::string::npos || inside == std::string::npos) return "<no '" + target + "' in the edit>";
  return "LAYOUT:" + testing_support::line_col_at(text, at + inside);
}

/// Loads the shipped A4 layout with `from` (which occurs once) replaced by
/// `to`; its diagnostics, one formatted line each.
std::string load_edited(const std::string& from, const std::string& to) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-layout-holes-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::size_t at = 0;
  const std::string text = edited_layout(from, to, &at);
  if (at == std::string::npos) return "bad edit: " + from;
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
  const std::string from = "width = \"0.4pt\"", to = "width = \"500pt\"";
  EXPECT_EQ(load_edited(from, to),
            where(from, to, "\"500pt\"") + ": error: 'rules.width' is 500 pt (176.4 mm); a rule is at most 5 pt (1.764 mm)\n"
            "    hint: book rules are 0.1–1.5 pt wide\n");
}

TEST(LayoutRules, AZeroFrameRuleIsRefused) {
  const std::string from = "frame = \"0.8pt\"", to = "frame = \"0pt\"";
  EXPECT_EQ(load_edited(from, to),
            where(from, to, "\"0pt\"") + ": error: 'rules.frame' must be larger than 0\n");
}

TEST(LayoutMarks, AZeroWidthSpaceIsNoMark) {
  const std::string from = "primary_mark = \"★\"", to = "primary_mark = \"\\u200b\"";
  EXPECT_EQ(load_edited(from, to),
            where(from, to, "\"") + ": error: 'labels.primary_mark' has no visible character\n"
            "    hint: the grids show an organization's choices only by this mark (★ and ☆ in the report)\n");
}

TEST(LayoutMarks, ALoneVariationSelectorIsNoMark) {
  const std::string from = "secondary_mark = \"☆\"", to = "secondary_mark = \"\\ufe0f\"";
  EXPECT_EQ(load_edited(from, to),
            where(from, to, "\"") + ": error: 'labels.secondary_mark' has no visible character\n"
            "    hint: the grids show an organization's choices only by this mark (★ and ☆ in the report)\n");
}

TEST(LayoutMarks, AMarkWithItsVariationSelectorIsAccepted) {
  EXPECT_EQ(load_edited("primary_mark = \"★\"", "primary_mark = \"★\\ufe0e\""), "");
}

TEST(LayoutFrontMatter, APageListedTwiceIsRefusedAtItsSecondMention) {
  const std::string from = "pages = [\"cover\", \"preface\", \"counts\", \"contents\", \"mapping\"]";
  const std::string to = "pages = [\"cover\", \"cover\", \"contents\", \"contents\"]";
  EXPECT_EQ(load_edited(from, to),
            where(from, to, "\"cover\"", 1) + ": error: front-matter page 'cover' is listed twice\n" +
                where(from, to, "\"contents\"", 1) + ": error: front-matter page 'contents' is listed twice\n");
}

TEST(LayoutTypeSizes, BodyTypeBelowFourPointsIsRefused) {
  const std::string from = "body = { size = \"9pt\"", to = "body = { size = \"2pt\"";
  EXPECT_EQ(load_edited(from, to),
            where(from, to, "\"2pt\"") + ": error: 'scale.body.size' is 2 pt (0.7056 mm); type is at least 4 pt (1.411 mm)\n"
            "    hint: smaller type cannot be read in print\n");
}

TEST(LayoutTypeSizes, CopyfitMinimumBelowFourPointsIsRefused) {
  const std::string from = "min_size = \"7.5pt\"", to = "min_size = \"0.005pt\"";
  EXPECT_EQ(load_edited(from, to),
            where(from, to, "\"0.005pt\"") + ": error: 'copyfit.min_size' is 0.00500488 pt (0.001766 mm); type is at least 4 pt "
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
  const std::string from = "body = { size = \"9pt\"", to = "body = { size = \"0x9pt\"";
  EXPECT_EQ(load_edited(from, to),
            where(from, to, "\"0x9pt\"") + ": error: 'scale.body.size' must be a length such as \"12mm\" or \"9pt\"\n"
            "    hint: units: mm, cm, pt, in; a bare number has no unit\n");
}

}  // namespace
}  // namespace casebook
