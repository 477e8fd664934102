// The shipped data (data/) against the printed report it transcribes.

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "data/load.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;

const std::string kData = std::string(CASEBOOK_SOURCE_DIR) + "/data";
// The text extraction of the printed report, beside the checkout.
const fs::path kSource = fs::path(CASEBOOK_SOURCE_DIR) / "../shared/source/casebook-source.txt";

const Casebook& shipped() {
  static Diagnostics diags;
  static const Casebook book = load_casebook(kData, diags);
  return book;
}

TEST(ShippedData, LoadsWithoutAnyDiagnostic) {
  Diagnostics diags;
  const Casebook book = load_casebook(kData, diags);
  std::ostringstream out;
  print_diagnostics(out, diags);
  EXPECT_EQ(out.str(), "");
  ASSERT_EQ(book.organizations.size(), 13u);
  for (std::size_t i = 0; i < 13; ++i) EXPECT_EQ(book.organizations[i].number, static_cast<int>(i + 1));
}

TEST(ShippedData, TaxonomyIsThePrintedOne) {
  const Taxonomy& t = shipped().taxonomy;
  ASSERT_EQ(t.categories.size(), 5u);
  const std::vector<std::size_t> items_per_category = {4, 2, 4, 2, 2};
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(t.categories[i].items.size(), items_per_category[i]);
  EXPECT_EQ(t.items[static_cast<std::size_t>(t.categories[2].items[3])].name, "SNS 等を活用した相談支援");
  ASSERT_EQ(t.targets.size(), 17u);
  EXPECT_EQ(t.targets.front().name, "多世代");
  EXPECT_EQ(t.targets.back().name, "支援者支援");
  EXPECT_EQ(t.prefectures.size(), 47u);
}

struct Primary {
  int number;
  const char* activity;
  const char* target;
};

// The ★ of each organization's two grids, read independently off the
// printed pages; the categories agree with the report's 全体マッピング.
const Primary kPrimaries[] = {
    {1, "交流の場の提供", "中高年者"},
    {2, "交流の場の提供", "多世代"},
    {3, "交流の場の提供", "こども・若者"},
    {4, "居場所づくり", "多世代"},
    {5, "働くことを通じたつながり", "ひきこもりの状態にある人"},
    {6, "食を通じたつながり", "被災者"},
    {7, "居場所づくり", "不登校の児童生徒"},
    {8, "交流の場の提供", "こども・若者"},
    {9, "交流の場の提供", "高齢者"},
    {10, "交流の場の提供", "多世代"},
    {11, "交流の場の提供", "多世代"},
    {12, "情報発信の充実", "多世代"},
    {13, "アウトリーチ型支援の推進", "ひきこもりの状態にある人"},
};

TEST(ShippedData, PrimaryMarksAreThePrintedOnes) {
  const Casebook& book = shipped();
  ASSERT_EQ(book.organizations.size(), 13u);
  for (const Primary& p : kPrimaries) {
    const Organization& org = book.organizations[static_cast<std::size_t>(p.number - 1)];
    SCOPED_TRACE(org.path);
    EXPECT_EQ(book.taxonomy.items.at(static_cast<std::size_t>(org.activities.primary.index)).name, p.activity);
    EXPECT_EQ(book.taxonomy.targets.at(static_cast<std::size_t>(org.targets.primary.index)).name, p.target);
  }
}

TEST(ShippedData, KeepsThePrintedDisagreementsBetweenFields) {
  const Casebook& book = shipped();
  ASSERT_EQ(book.organizations.size(), 13u);
  EXPECT_EQ(book.organizations[1].name.value, "特定非営利活動法人 くるくるネット");
  EXPECT_EQ(book.organizations[1].profile.name.value, "特定非営利活動法人 くくるネット");
  EXPECT_EQ(book.organizations[0].name.value, "札幌メンズ・シェッド ポツケコタン");
  EXPECT_EQ(book.organizations[0].profile.name.value, "札幌メンズ・シェッド ポッケコタン");
}

/// The report's text with its HTML fragments and all ASCII white space
/// removed: line breaks inside printed cells became spaces in the
/// extraction, so only the characters themselves can be compared.
std::string squeeze(std::string s, bool strip_tags) {
  if (strip_tags) s = std::regex_replace(s, std::regex(R"(</?(p|ul|li|div)( [^>]*)?>)"), "");
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
  }
  return out;
}

void expect_in_source(const std::string& source, const std::string& text, const Span& span) {
  EXPECT_NE(source.find(squeeze(text, false)), std::string::npos)
      << span.file << ":" << span.line << ":" << span.column << ": not in the printed report: " << text;
}

void expect_in_source(const std::string& source, const RichText& rich) {
  for (const Block& b : rich.blocks) expect_in_source(source, b.marker + b.text, b.span);
}

TEST(ShippedData, EveryFieldIsTranscribedFromTheReport) {
  if (!fs::exists(kSource)) GTEST_SKIP() << "the report's text is not beside the checkout: " << kSource;
  std::ifstream in(kSource);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string source = squeeze(buffer.str(), true);

  const Casebook& book = shipped();
  const FrontMatter& f = book.front;
  for (const Text* t : {&f.title, &f.editor, &f.based_on, &f.preface_heading, &f.preface_signature, &f.counts_note}) {
    expect_in_source(source, t->value, t->span);
  }
  expect_in_source(source, f.preface_body);
  for (const RichText& note : f.notes) expect_in_source(source, note);

  for (const Organization& org : book.organizations) {
    SCOPED_TRACE(org.path);
    for (const Text* t : {&org.name, &org.title, &org.profile.name, &org.profile.representative,
                          &org.profile.founded, &org.profile.staff, &org.profile.address}) {
      expect_in_source(source, t->value, t->span);
    }
    std::string region;
    for (const Text& p : org.region.prefectures) region += p.value;
    expect_in_source(source, region + org.region.area.value, org.region.area.span);
    for (const RichText* r : {&org.purpose, &org.audience, &org.description, &org.partners, &org.outreach,
                              &org.outcomes}) {
      EXPECT_FALSE(r->blocks.empty());
      expect_in_source(source, *r);
    }
    if (org.profile.website) expect_in_source(source, org.profile.website->value, org.profile.website->span);
    if (org.profile.message) expect_in_source(source, *org.profile.message);
  }
}

}  // namespace
}  // namespace casebook
