// The source line and caret under a diagnostic: the caret lands under the
// character the column names, in Japanese text, with tabs and controls.

#include "base/excerpt.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace casebook {
namespace {

TEST(CellWidth, KanjiKanaAndFullWidthFormsTakeTwoCells) {
  EXPECT_EQ(cell_width(U'a'), 1);
  EXPECT_EQ(cell_width(U'孤'), 2);
  EXPECT_EQ(cell_width(U'ひ'), 2);
  EXPECT_EQ(cell_width(U'＝'), 2);
  EXPECT_EQ(cell_width(U'\u3000'), 2);
  EXPECT_EQ(cell_width(U'ｱ'), 1);  // half-width katakana
  EXPECT_EQ(cell_width(U'\u200B'), 0);
  EXPECT_EQ(cell_width(U'\u3099'), 0);
}

TEST(SourceExcerpt, CaretUnderTheColumnAfterWideCharacters) {
  // Column 9 is the opening quote of the value after 「目的 = 」... counted
  // in code points: t(1)i(2)t(3)l(4)e(5) (6)=(7) (8)"(9).
  EXPECT_EQ(source_excerpt("title = \"孤独\"", 12, 9), " 12 | title = \"孤独\"\n    |         ^");
  // After two kanji (4 cells) and " = " the caret stands under the quote.
  EXPECT_EQ(source_excerpt("目的 = \"x\"", 3, 6), " 3 | 目的 = \"x\"\n   |        ^");
}

TEST(SourceExcerpt, TabsAndControlsKeepTheCaretInLine) {
  EXPECT_EQ(source_excerpt("\tx", 1, 2), " 1 |     x\n   |     ^");
  // A raw ESC is shown as \x1b (4 cells) and never reaches the terminal.
  EXPECT_EQ(source_excerpt("\x1b[2Jy", 1, 5), " 1 | \\x1b[2Jy\n   |        ^");
}

TEST(SourceExcerpt, ColumnZeroShowsTheLineOnly) { EXPECT_EQ(source_excerpt("abc", 7, 0), " 7 | abc"); }

TEST(SourceExcerpt, ALongLineIsCutToAWindowAroundTheCaret) {
  std::string line(500, 'a');
  line[399] = 'X';
  const std::string out = source_excerpt(line, 1, 400, {}, 60);
  const std::size_t newline = out.find('\n');
  ASSERT_NE(newline, std::string::npos);
  const std::string shown = out.substr(0, newline), caret = out.substr(newline + 1);
  EXPECT_LT(shown.size(), 80u) << shown;
  EXPECT_TRUE(shown.starts_with(" 1 | ...")) << shown;
  EXPECT_TRUE(shown.ends_with("...")) << shown;
  EXPECT_EQ(shown[caret.size() - 1], 'X') << shown << "\n" << caret;
}

TEST(SourceLines, ReadsRegularFilesOnly) {
  const auto dir = std::filesystem::temp_directory_path() / "casebook-excerpt-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a.toml") << "one\r\ntwo\n";
  SourceLines lines;
  EXPECT_EQ(lines.line((dir / "a.toml").string(), 2).value_or("?"), "two");
  EXPECT_FALSE(lines.line((dir / "a.toml").string(), 3));
  EXPECT_FALSE(lines.line(dir.string(), 1));  // a folder
  EXPECT_FALSE(lines.line((dir / "missing.toml").string(), 1));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace casebook
