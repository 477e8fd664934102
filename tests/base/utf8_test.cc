#include "base/utf8.h"

#include <gtest/gtest.h>

namespace casebook {
namespace {

TEST(Utf8, FindsNoProblemInWellFormedText) {
  EXPECT_EQ(utf8::find_invalid("abc"), std::nullopt);
  EXPECT_EQ(utf8::find_invalid("団体名：𠮟る ★☆"), std::nullopt);
}

TEST(Utf8, FindsTheFirstIllFormedByte) {
  EXPECT_EQ(utf8::find_invalid("ab\xFF"), 2u);
  EXPECT_EQ(utf8::find_invalid("あ\xE3\x81"), 3u);         // truncated sequence
  EXPECT_EQ(utf8::find_invalid("\xC0\xAF"), 0u);           // overlong '/'
  EXPECT_EQ(utf8::find_invalid("\xED\xA0\x80"), 0u);       // surrogate U+D800
  EXPECT_EQ(utf8::find_invalid("\xF4\x90\x80\x80"), 0u);   // above U+10FFFF
  EXPECT_EQ(utf8::find_invalid("\x82\xA0"), 0u);           // Shift_JIS あ
}

TEST(Utf8, DecodesAndEncodesEveryPlane) {
  const std::string s = "aé あ𠮟";
  std::u32string decoded;
  for (std::size_t i = 0; i < s.size();) decoded += utf8::next(s, i);
  EXPECT_EQ(decoded, U"aé あ𠮟");
  std::string encoded;
  for (char32_t c : decoded) utf8::append(encoded, c);
  EXPECT_EQ(encoded, s);
  EXPECT_EQ(utf8::length(s), 5u);
}

TEST(Utf8, ColumnsCountCodePoints) {
  EXPECT_EQ(utf8::offset_of_column("ab", 1), 0u);
  EXPECT_EQ(utf8::offset_of_column("あいう", 3), 6u);
  EXPECT_EQ(utf8::offset_of_column("𠮟x", 2), 4u);
  EXPECT_EQ(utf8::offset_of_column("ab", 9), 2u);  // past the end: the end
}

}  // namespace
}  // namespace casebook
