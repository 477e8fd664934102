// The sheet stage's pieces: TOML strings that read back as written, list
// cells, column names, CSV both ways, and the record comparison import
// relies on to leave unchanged records alone.

#include <gtest/gtest.h>

#include <toml++/toml.h>

#include "data/load.h"
#include "sheet/columns.h"
#include "sheet/csv.h"
#include "sheet/record_row.h"
#include "sheet/same_record.h"

namespace casebook::sheet {
namespace {

std::string parsed_back(const std::string& value, bool multiline) {
  const toml::table t = toml::parse("v = " + toml_string(value, multiline) + "\n");
  return std::string(t["v"].value_or(""));
}

TEST(TomlString, EveryValueReadsBackAsWritten) {
  const std::vector<std::string> values = {
      "札幌市", "“メンズ”", "say \"hi\"", "a\\|b", "it's", "it's \"both\" \\", "tab\there", "bell\x07", "DEL\x7f",
      "ends with '", "has ''' inside", "two\nlines", "・一\n  ※二\n# 三", "trailing\n", "", "'"};
  for (const std::string& v : values) {
    EXPECT_EQ(parsed_back(v, false), v) << toml_string(v, false);
  }
  // A long text is a literal '''…''' block when it can be: nothing escaped.
  EXPECT_EQ(toml_string("・一\n・二", true), "'''\n・一\n・二\n'''");
  // Single-line text is written "…" as the records are, '…' when it holds
  // a backslash or a quote (no doubling), escaped only when neither works.
  EXPECT_EQ(toml_string("札幌市", false), "\"札幌市\"");
  EXPECT_EQ(toml_string("a\\|b", false), "'a\\|b'");
  EXPECT_EQ(toml_string("it's \"x\"", false), "\"it's \\\"x\\\"\"");
}

TEST(TomlString, MultilineValuesReadBackWithTheirFinalLineBreak) {
  // import writes '''\nCELL\n''', so the value is the cell plus "\n", as
  // the shipped records' values are.
  for (const std::string& v : {std::string("一行"), std::string("ends with '"), std::string("has ''' in it"),
                               std::string("ctl\x01")}) {
    EXPECT_EQ(parsed_back(v, true), v + "\n") << toml_string(v, true);
  }
}

TEST(Columns, LettersAndHeaders) {
  EXPECT_EQ(column_letter(0), "A");
  EXPECT_EQ(column_letter(25), "Z");
  EXPECT_EQ(column_letter(26), "AA");
  EXPECT_EQ(column_letter(27), "AB");
  EXPECT_EQ(column_for_header(" 団体名 ").key, "name");
  EXPECT_EQ(column_for_header("写真3の説明").key, "photos[3].caption");
  EXPECT_EQ(column_for_header("写真12").key, "photos[12].file");
  EXPECT_EQ(column_for_header("写真0").key, "");
  EXPECT_EQ(column_for_header("団体").key, "");
  const std::vector<Column> columns = record_columns(2);
  EXPECT_EQ(columns.front().header, "番号");
  EXPECT_EQ(columns.back().header, "写真2の説明");
}

TEST(Columns, ListCellsSplitAtLineBreaksAndCommas) {
  EXPECT_EQ(split_list("宮城県、岩手県"), (std::vector<std::string>{"宮城県", "岩手県"}));
  EXPECT_EQ(split_list("居場所づくり\r\n 食を通じたつながり \n\n"),
            (std::vector<std::string>{"居場所づくり", "食を通じたつながり"}));
  EXPECT_EQ(split_list("a，b,c"), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_TRUE(split_list("　").empty());
}

TEST(Csv, WrittenAndReadBack) {
  const Table rows = {{"番号", "内容"}, {"1", "・一\n・二"}, {"2", "a, \"b\""}, {"3", " lead"}, {"", ""}};
  const std::string bytes = write_csv(rows);
  EXPECT_TRUE(bytes.starts_with("\xEF\xBB\xBF"));
  EXPECT_NE(bytes.find("\"・一\n・二\"\r\n"), std::string::npos);
  Diagnostics diags;
  const auto text = decode_text(bytes, Encoding::automatic, "x.csv", diags);
  ASSERT_TRUE(text);
  const auto back = read_csv(*text, "x.csv", diags);
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, rows);
  EXPECT_FALSE(diags.has_errors());
}

TEST(Csv, AnOpenQuoteIsAnErrorNamingItsRow) {
  Diagnostics diags;
  EXPECT_FALSE(read_csv("a,b\r\n1,\"open\r\n", "x.csv", diags));
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_NE(diags.items()[0].message.find("row 2"), std::string::npos);
}

TEST(Csv, Cp932IsDetectedAndConverted) {
  // 番号 in CP932 (Shift_JIS): 94 D4 8D 86.
  Diagnostics diags;
  Encoding used = Encoding::automatic;
  const auto text = decode_text("\x94\xD4\x8D\x86,1", Encoding::automatic, "x.csv", diags, &used);
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "番号,1");
  EXPECT_EQ(used, Encoding::cp932);
  // Told it is UTF-8, the same bytes are an error with the way out.
  EXPECT_FALSE(decode_text("\x94\xD4\x8D\x86,1", Encoding::utf8, "x.csv", diags));
  ASSERT_TRUE(diags.has_errors());
  EXPECT_NE(diags.items().back().hints.at(0).find("--encoding cp932"), std::string::npos);
}

TEST(SameRecord, SeesEveryChangeThatPrintsAndNoSpan) {
  Diagnostics diags;
  const Casebook book = load_casebook(std::string(CASEBOOK_SOURCE_DIR) + "/data", diags);
  ASSERT_FALSE(diags.has_errors());
  const Organization& a = book.organizations.at(0);
  Organization b = a;
  b.name.span.line += 5;
  b.description.blocks.at(0).span.column += 1;
  EXPECT_TRUE(same_record(a, b));
  b = a;
  b.description.blocks.at(0).text += "。";
  EXPECT_FALSE(same_record(a, b));
  b = a;
  b.name_breaks.push_back(3);
  EXPECT_FALSE(same_record(a, b));
  b = a;
  b.activities.secondary.pop_back();
  EXPECT_FALSE(same_record(a, b));
  b = a;
  b.profile.website.reset();
  EXPECT_FALSE(same_record(a, b));
  EXPECT_FALSE(same_record(book.organizations.at(0), book.organizations.at(1)));
}

}  // namespace
}  // namespace casebook::sheet
