// A book set from part of the report says so, read back from the PDF: the
// cover and the counts page carry a statement computed from the records it
// holds — the whole shipped data (13 of the report's 77), a prefecture's
// booklet, a selection whose numbers are not contiguous — and a book of
// all the report's organizations says nothing.

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "../support/process.h"
#include "../support/shipped_book.h"

#include "data/load.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::casebook;
using testing_support::run;
using testing_support::shipped_casebook;
using testing_support::squeeze;

class Scope : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("casebook-scope-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  /// Builds with `args`; the squeezed text of the cover and of the counts
  /// page (the front matter's first and third pages).
  std::pair<std::string, std::string> build(const std::string& args) {
    const std::string pdf = (dir_ / "book.pdf").string();
    int status = 0;
    const std::string log = casebook("build " + args + " -o '" + pdf + "'", &status);
    EXPECT_EQ(status, 0) << log;
    auto page = [&](int n) {
      return squeeze(run("pdftotext -raw -enc UTF-8 -f " + std::to_string(n) + " -l " + std::to_string(n) + " '" +
                         pdf + "' -"));
    };
    return {page(1), page(3)};
  }

  fs::path dir_;
};

std::string two_digits(int n) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", n);
  return b;
}

TEST_F(Scope, TheShippedBookSaysItHoldsThirteenOfTheReportsOrganizations) {
  for (const char* layout : {"casebook-a4.toml", "casebook-b5.toml"}) {
    SCOPED_TRACE(layout);
    const auto [cover, counts] = build("data --layout layouts/" + std::string(layout));
    EXPECT_NE(cover.find("本書はNo.01〜13の13団体を収録"), std::string::npos) << cover;
    EXPECT_NE(counts.find("本書収録の13団体について集計"), std::string::npos) << counts;
  }
}

TEST_F(Scope, APrefecturesBookletSaysWhichNumbersItHolds) {
  const Casebook data = shipped_casebook();
  std::vector<int> numbers;
  for (const Organization& o : data.organizations) {
    for (const Text& p : o.region.prefectures) {
      if (p.value == "宮城県") numbers.push_back(o.number);
    }
  }
  // The records put 宮城県's organizations under consecutive numbers.
  ASSERT_GE(numbers.size(), 3u);
  ASSERT_EQ(numbers.back() - numbers.front() + 1, static_cast<int>(numbers.size()));
  const auto [cover, counts] = build("data --prefecture 宮城県");
  const std::string n = std::to_string(numbers.size());
  EXPECT_NE(cover.find("本書はNo." + two_digits(numbers.front()) + "〜" + two_digits(numbers.back()) + "の" + n +
                       "団体を収録"),
            std::string::npos)
      << cover;
  EXPECT_NE(counts.find("本書収録の" + n + "団体について集計"), std::string::npos) << counts;
}

TEST_F(Scope, NumbersNotContiguousAreListedAsRangesAndSingles) {
  const auto [cover, counts] = build("data --numbers 1-5,9,12");
  EXPECT_NE(cover.find("本書はNo.01〜05、09、12の7団体を収録"), std::string::npos) << cover;
  EXPECT_NE(counts.find("本書収録の7団体について集計"), std::string::npos) << counts;
}

TEST_F(Scope, ABookOfAllTheReportsOrganizationsSaysNothing) {
  // The same data, told that the report holds just these 13.
  const fs::path data = dir_ / "data";
  fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "data", data, fs::copy_options::recursive);
  const std::string toml = testing_support::slurp(data / "casebook.toml");
  const std::size_t at = toml.find("organizations = 77");
  ASSERT_NE(at, std::string::npos);
  std::string edited = toml;
  edited.replace(at, std::string("organizations = 77").size(), "organizations = 13");
  std::ofstream(data / "casebook.toml", std::ios::trunc) << edited;
  const auto [cover, counts] = build("'" + data.string() + "' --allow-output-in-data");
  EXPECT_EQ(cover.find("本書は"), std::string::npos) << cover;
  EXPECT_EQ(counts.find("本書収録の"), std::string::npos) << counts;
}

}  // namespace
}  // namespace casebook
