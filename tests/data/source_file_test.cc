#include "data/source_file.h"

#include <gtest/gtest.h>

namespace casebook {
namespace {

TEST(SourceFile, MapsLineAndColumnToOffsetsAndBack) {
  const SourceFile f("x.toml", "a = 1\nあい = \"う\"\n");
  EXPECT_EQ(f.offset(2, 1), 6u);
  EXPECT_EQ(f.offset(2, 3), 12u);  // after two 3-byte kana
  EXPECT_EQ(f.span_at(12), (Span{"x.toml", 2, 3}));
  EXPECT_EQ(f.span_at(0), (Span{"x.toml", 1, 1}));
}

TEST(SourceFile, LocatesInsideALiteralMultiLineString) {
  const SourceFile f("x.toml", "k = '''\n一行目\n二行目\n'''\n");
  const Locate locate = f.locate_string(1, 5, "一行目\n二行目\n");
  EXPECT_EQ(locate(0), (Span{"x.toml", 2, 1}));
  EXPECT_EQ(locate(std::string("一行目\n").size()), (Span{"x.toml", 3, 1}));
  EXPECT_EQ(locate(std::string("一行目\n二").size()), (Span{"x.toml", 3, 2}));
}

TEST(SourceFile, LocatesThroughEscapesAndLineEndingBackslashes) {
  // Decoded: "a\tb" + "cd\n" + "・x"; the backslash joins "b" and "cd".
  const SourceFile f("x.toml", "k = \"\"\"\na\\tb\\\n   cd\n・x\"\"\"\n");
  const std::string value = "a\tbcd\n・x";
  const Locate locate = f.locate_string(1, 5, value);
  EXPECT_EQ(locate(0), (Span{"x.toml", 2, 1}));              // a
  EXPECT_EQ(locate(1), (Span{"x.toml", 2, 2}));              // \t from the escape
  EXPECT_EQ(locate(3), (Span{"x.toml", 3, 4}));              // c after the joined line
  EXPECT_EQ(locate(value.find("・")), (Span{"x.toml", 4, 1}));
}

TEST(SourceFile, FallsBackToTheOpeningQuoteWhenTheValueDiffers) {
  const SourceFile f("x.toml", "k = \"abc\"\n");
  const Locate locate = f.locate_string(1, 5, "something else");
  EXPECT_EQ(locate(3), (Span{"x.toml", 1, 5}));
}

}  // namespace
}  // namespace casebook
