#include "data/markup.h"

#include <gtest/gtest.h>

namespace casebook {
namespace {

using Kind = Block::Kind;

/// Parses with a Locate that reports the byte offset as the column, so the
/// tests can check which line each block came from.
std::vector<Block> parse(std::string_view text, Diagnostics& diags) {
  return parse_markup(text, [](std::size_t offset) { return Span{"f", 1, static_cast<int>(offset)}; }, diags);
}

struct Case {
  const char* name;
  const char* input;
  Kind kind;
  const char* marker;
  const char* text;
};

// Every block structure the source uses, one line each.
const Case kCases[] = {
    {"paragraph", "皆がやりたいことを考え持ち寄り、", Kind::paragraph, "", "皆がやりたいことを考え持ち寄り、"},
    {"paragraph keeps typed spaces", "2025 年 2 月 10 日現在で", Kind::paragraph, "", "2025 年 2 月 10 日現在で"},
    {"inline numbering stays a paragraph", "1.音楽グループ、2.登山", Kind::paragraph, "", "1.音楽グループ、2.登山"},
    {"numbers without a marker stay a paragraph", "1 回目（宇都宮市陽東地区）", Kind::paragraph, "",
     "1 回目（宇都宮市陽東地区）"},
    {"bullet", "・過去の職場や地域", Kind::item, "・", "過去の職場や地域"},
    {"bullet drops the space after its marker", "・ FM ぐんまにて", Kind::item, "・", "FM ぐんまにて"},
    {"circled number", "①地域住民に寄り添う「居場所」の提供", Kind::item, "①", "地域住民に寄り添う「居場所」の提供"},
    {"circled twenty", "⑳最後", Kind::item, "⑳", "最後"},
    {"decimal number", "1. 音楽グループ", Kind::item, "1.", "音楽グループ"},
    {"full-width full stop number", "12． 十二番目", Kind::item, "12．", "十二番目"},
    {"unmarked item", "- 市内の飲食店：OSHI PORT の設置協力", Kind::item, "", "市内の飲食店：OSHI PORT の設置協力"},
    {"sub-head", "# （定性的成果）", Kind::subhead, "", "（定性的成果）"},
    {"escaped bullet", "\\・で始まる段落", Kind::paragraph, "", "・で始まる段落"},
    {"escaped hash", "\\# は番号記号", Kind::paragraph, "", "# は番号記号"},
    {"hash without space is text", "#タグ", Kind::paragraph, "", "#タグ"},
    {"surrounding blanks are trimmed", "  \t本文 \t", Kind::paragraph, "", "本文"},
    {"ideographic space is text", "　字下げ", Kind::paragraph, "", "　字下げ"},
    {"angle brackets are text", "<連携団体> 7団体", Kind::paragraph, "", "<連携団体> 7団体"},
};

TEST(Markup, EachLineIsOneBlock) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    Diagnostics diags;
    const std::vector<Block> blocks = parse(c.input, diags);
    ASSERT_EQ(blocks.size(), 1u);
    EXPECT_EQ(blocks[0].kind, c.kind);
    EXPECT_EQ(blocks[0].marker, c.marker);
    EXPECT_EQ(blocks[0].text, c.text);
    EXPECT_FALSE(diags.has_errors());
  }
}

TEST(Markup, BlankLinesSeparateNothingAndBlocksKeepTheirLines) {
  Diagnostics diags;
  const std::string text = "\n# （定量的成果）\n\n・取組の実施回数：10 回\r\n・担い手数：10 人\n本文。\n";
  const std::vector<Block> blocks = parse(text, diags);
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].kind, Kind::subhead);
  EXPECT_EQ(blocks[1].text, "取組の実施回数：10 回");  // the \r is not text
  EXPECT_EQ(blocks[2].text, "担い手数：10 人");
  EXPECT_EQ(blocks[3].kind, Kind::paragraph);
  // Each block is located at the first byte of its line's text.
  EXPECT_EQ(blocks[0].span.column, 1);
  EXPECT_EQ(static_cast<std::size_t>(blocks[3].span.column), text.find("本文"));
}

TEST(Markup, EmptyItemsAndSubheadsAreReported) {
  Diagnostics diags;
  const std::vector<Block> blocks = parse("・\n本文\n# \n- \n①", diags);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].text, "本文");
  ASSERT_EQ(diags.items().size(), 4u);
  EXPECT_EQ(diags.items()[0].message, "list item has no text");
  EXPECT_EQ(diags.items()[1].message, "sub-head has no text");
}

TEST(Markup, EmptyTextGivesNoBlocks) {
  Diagnostics diags;
  EXPECT_TRUE(parse("", diags).empty());
  EXPECT_TRUE(parse("\n \n\t\n", diags).empty());
  EXPECT_FALSE(diags.has_errors());
}

}  // namespace
}  // namespace casebook
