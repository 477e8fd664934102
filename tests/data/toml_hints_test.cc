// Hints for what a Japanese input method types into TOML, and the
// multi-line string left open that a later syntax error comes from.

#include "data/toml_hints.h"

#include <gtest/gtest.h>

namespace casebook {
namespace {

bool has_hint(const std::vector<std::string>& hints, const std::string& part) {
  for (const std::string& h : hints) {
    if (h.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(ImeHints, EachFullWidthCharacterNamesItsHalfWidthFix) {
  EXPECT_TRUE(has_hint(ime_hints("title ＝ \"x\"", 7), "half-width ="));
  EXPECT_TRUE(has_hint(ime_hints("title = “x”", 9), "half-width \""));
  EXPECT_TRUE(has_hint(ime_hints("title = ＂x＂", 9), "half-width \""));
  EXPECT_TRUE(has_hint(ime_hints("　title = \"x\"", 1), "U+3000"));
  EXPECT_TRUE(has_hint(ime_hints("number = １２", 10), "half-width digits"));
  EXPECT_TRUE(has_hint(ime_hints("題名 = \"x\"", 1), "keys are the half-width names"));
}

TEST(ImeHints, TheSameCharactersInsideAStringOrACommentAreText) {
  EXPECT_TRUE(ime_hints("title = \"“孤独”　＝ １\" x", 22).empty());
  EXPECT_TRUE(ime_hints("title = 'a＝b' x", 15).empty());
  EXPECT_TRUE(ime_hints("title = \"a\\\"＝\" x", 16).empty());
  EXPECT_TRUE(ime_hints("x = 1 x # 全角＝ “”", 7).empty());
  EXPECT_TRUE(ime_hints("area = \"札幌市\" 市", 14).empty());
}

TEST(UnclosedString, OneThatRunsIntoTheNextFieldIsFoundAtItsOpener) {
  const std::string text = "a = 1\ntitle = '''abc\nx = 2\npurpose = '''\n本文\n'''\n";
  const auto open = find_unclosed_multiline_string(text, 5);
  ASSERT_TRUE(open);
  EXPECT_EQ(open->line, 2);
  EXPECT_EQ(open->column, 9);
  EXPECT_EQ(open->closed_at, 4);
  EXPECT_EQ(open->delimiter, "'''");
}

TEST(UnclosedString, OneNeverClosedIsFoundAtItsOpener) {
  const std::string text = "a = 1\n目的 = 1\npurpose = \"\"\"\n本文\n";
  const auto open = find_unclosed_multiline_string(text, 5);
  ASSERT_TRUE(open);
  EXPECT_EQ(open->line, 3);
  EXPECT_EQ(open->column, 11);
  EXPECT_EQ(open->closed_at, 0);
  EXPECT_EQ(open->delimiter, "\"\"\"");
}

TEST(UnclosedString, ClosedStringsAndQuotesInCommentsAreNotSuspects) {
  EXPECT_FALSE(find_unclosed_multiline_string("a = '''x'''\nb = \"'''\"\n# '''\nc = 'd'\nx y\n", 5));
  EXPECT_FALSE(find_unclosed_multiline_string("a = '''\n本文\n'''\nb = '''\nx\n'''\n?\n", 7));
  // Column in code points after kanji.
  const auto open = find_unclosed_multiline_string("目的 = '''\nx", 2);
  ASSERT_TRUE(open);
  EXPECT_EQ(open->column, 6);
}

}  // namespace
}  // namespace casebook
