// `casebook check` as a user runs it: it passes only data `build` can
// print, as far as that can be known without laying the pages out.

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "support/process.h"
#include "support/scratch_data.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::casebook;
using testing_support::slurp;

/// A copy of tests/fixtures/base whose record's name holds U+2E80 (⺀),
/// which none of the shipped faces has.
class CheckCommand : public testing::Test {
 protected:
  void SetUp() override {
    root_ = testing_support::scratch_folder("casebook-check");
    fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/base", data(), fs::copy_options::recursive);
    const fs::path record = data() / "orgs/01.toml";
    std::string text = slurp(record);
    const std::string from = "name = \"テスト団体\"\ntitle";
    text.replace(text.find(from), from.size(), "name = \"テスト⺀団体\"\ntitle");
    std::ofstream(record, std::ios::binary) << text;
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path data() const { return root_ / "data"; }
  fs::path root_;
};

TEST_F(CheckCommand, RefusesACharacterTheLayoutsFacesLack) {
  int status = 0;
  const std::string out = casebook("check '" + data().string() + "'", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find(data().string() +
                     "/orgs/01.toml:3:12: error: character U+2E80 '⺀' is not in the face BIZUDPGothic-Bold\n"),
            std::string::npos)
      << out;
}

TEST_F(CheckCommand, UsesTheFacesOfTheLayoutGiven) {
  int status = 0;
  const std::string out = casebook("check '" + data().string() + "' --layout layouts/casebook-b5.toml", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("01.toml:3:12: error: character U+2E80"), std::string::npos) << out;
  const std::string missing = casebook("check '" + data().string() + "' --layout no-such-layout.toml", &status);
  EXPECT_EQ(status, 1);
  EXPECT_NE(missing.find("no-such-layout.toml: error: cannot read file: no such file"), std::string::npos) << missing;
}

TEST_F(CheckCommand, AgreesWithBuildOnAMissingGlyph) {
  int check_status = 0, build_status = 0;
  casebook("check '" + data().string() + "'", &check_status);
  const std::string built =
      casebook("build '" + data().string() + "' -o '" + (root_ / "out.pdf").string() + "'", &build_status);
  EXPECT_EQ(build_status, 1) << built;
  EXPECT_NE(built.find("U+2E80"), std::string::npos) << built;
  EXPECT_EQ(check_status, build_status);
}

}  // namespace
}  // namespace casebook
