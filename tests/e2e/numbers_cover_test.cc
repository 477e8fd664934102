// A book set with --numbers says which numbers it holds once, read back
// from the cover of the PDF: the scope statement computed from its records
// (「本書は No.01〜05、09、12 の7団体を収録」) says it, so the line the
// command line used to add (「番号 1-5,9,12」) is left out; where no
// statement is printed, that line is the only one and stays. --region's
// line is the text the user typed and stays beside the statement.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "../support/process.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::casebook;
using testing_support::run;
using testing_support::squeeze;

class NumbersCover : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("casebook-numbers-cover-" + std::to_string(::getpid()) + "-" +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  /// Builds with `args`; the squeezed text of the cover.
  std::string cover(const std::string& args) {
    const std::string pdf = (dir_ / "book.pdf").string();
    int status = 0;
    const std::string log = casebook("build " + args + " -o '" + pdf + "'", &status);
    EXPECT_EQ(status, 0) << log;
    return squeeze(run("pdftotext -raw -enc UTF-8 -f 1 -l 1 '" + pdf + "' -"));
  }

  fs::path dir_;
};

TEST_F(NumbersCover, TheStatementSaysTheNumbersOnceInBothLayouts) {
  for (const char* layout : {"casebook-a4.toml", "casebook-b5.toml"}) {
    SCOPED_TRACE(layout);
    const std::string text = cover("data --numbers 1-5,9,12 --layout layouts/" + std::string(layout));
    EXPECT_NE(text.find("本書はNo.01〜05、09、12の7団体を収録"), std::string::npos) << text;
    EXPECT_EQ(text.find("番号"), std::string::npos) << text;
    EXPECT_EQ(text.find("1-5,9,12"), std::string::npos) << text;
  }
}

TEST_F(NumbersCover, WithoutAStatementTheNumbersLineStays) {
  // The same data, told that the report holds just these 13, all chosen:
  // the book is the whole report, no statement is printed, and the cover
  // still says which numbers were asked for.
  const fs::path data = dir_ / "data";
  fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "data", data, fs::copy_options::recursive);
  std::string toml = testing_support::slurp(data / "casebook.toml");
  const std::size_t at = toml.find("organizations = 77");
  ASSERT_NE(at, std::string::npos);
  toml.replace(at, std::string("organizations = 77").size(), "organizations = 13");
  std::ofstream(data / "casebook.toml", std::ios::trunc) << toml;
  const std::string text = cover("'" + data.string() + "' --allow-output-in-data --numbers 1-13");
  EXPECT_EQ(text.find("本書は"), std::string::npos) << text;
  EXPECT_NE(text.find("番号1-13"), std::string::npos) << text;
}

TEST_F(NumbersCover, ARegionsLineStaysBesideTheStatement) {
  const std::string text = cover("data --region 石巻市");
  EXPECT_NE(text.find("取組地域：石巻市"), std::string::npos) << text;
  EXPECT_NE(text.find("本書はNo."), std::string::npos) << text;
}

}  // namespace
}  // namespace casebook
