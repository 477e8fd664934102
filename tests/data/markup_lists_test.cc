// The markup of notes and of lines that belong to a list item.

#include <gtest/gtest.h>

#include "data/markup.h"

namespace casebook {
namespace {

std::vector<Block> parse(std::string_view text, Diagnostics& diags) {
  return parse_markup(text, [](std::size_t offset) { return Span{"f", 1, static_cast<int>(offset)}; }, diags);
}

TEST(MarkupLists, AnIndentedLineAfterAnItemContinuesThatItem) {
  Diagnostics diags;
  const auto blocks = parse(
      "- OSHI PORT 設置：5 か所\n"
      "  ※リリース後、新規で 2 か所から登録希望の申し出があった。\n"
      "\t2 行目の注\n"
      "- パンフレット配布箇所\n",
      diags);
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[1].kind, Block::Kind::paragraph);
  EXPECT_TRUE(blocks[1].continues_item);
  EXPECT_EQ(blocks[1].text, "※リリース後、新規で 2 か所から登録希望の申し出があった。");  // the indent is layout
  EXPECT_EQ(blocks[1].span.column, 32);  // the byte where its text starts, after the indent
  EXPECT_TRUE(blocks[2].continues_item);  // a continuation continues too
  EXPECT_EQ(blocks[3].kind, Block::Kind::item);
  EXPECT_FALSE(blocks[3].continues_item);
}

TEST(MarkupLists, AnIndentedLineAfterAParagraphIsAParagraph) {
  Diagnostics diags;
  const auto blocks = parse("本文の段落。\n  字下げした行。\n", diags);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_FALSE(blocks[1].continues_item);
  EXPECT_EQ(blocks[1].kind, Block::Kind::paragraph);
}

TEST(MarkupLists, AnUnindentedLineAfterAnItemIsAParagraph) {
  Diagnostics diags;
  const auto blocks = parse("・項目\n段落\n", diags);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_FALSE(blocks[1].continues_item);
}

TEST(MarkupLists, AFullWidthAsteriskStartsANote) {
  Diagnostics diags;
  const auto blocks = parse("＊本事例集は、原則令和7年3月現在の情報を基に編集しています。\n  また、続きの段落。", diags);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].kind, Block::Kind::item);
  EXPECT_EQ(blocks[0].marker, "＊");
  EXPECT_EQ(blocks[0].text, "本事例集は、原則令和7年3月現在の情報を基に編集しています。");
  EXPECT_TRUE(blocks[1].continues_item);
}

}  // namespace
}  // namespace casebook
