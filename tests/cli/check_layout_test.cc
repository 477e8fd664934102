// `casebook check --layout` refuses what `build` would refuse in the
// layout's fonts and marks, at the layout line that names them.

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "support/process.h"
#include "support/scratch_data.h"
#include "support/shipped_layout.h"
#include "support/text_position.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::casebook;
using testing_support::line_col_of;

class CheckLayout : public testing::Test {
 protected:
  void SetUp() override {
    root_ = testing_support::scratch_folder("casebook-check-layout");
    fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/base", root_ / "data", fs::copy_options::recursive);
    text_ = testing_support::shipped_layout_text();
  }
  void TearDown() override { fs::remove_all(root_); }

  /// Runs check with the A4 layout, `from` replaced by `to`.
  std::string check(const std::string& from, const std::string& to, int* status) {
    text_.replace(text_.find(from), from.size(), to);
    std::ofstream(root_ / "x.toml", std::ios::binary) << text_;
    return casebook("check '" + (root_ / "data").string() + "' --layout '" + (root_ / "x.toml").string() + "'",
                    status);
  }

  fs::path root_;
  std::string text_;
};

TEST_F(CheckLayout, RefusesAMarkWiderThanItsGridCell) {
  std::string stars;
  for (int i = 0; i < 50; ++i) stars += "★";
  int status = 0;
  const std::string to = "primary_mark = \"" + stars + "\"";
  const std::string out = check("primary_mark = \"★\"", to, &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find((root_ / "x.toml").string() + ":" + line_col_of(text_, to, "\"") +
                     ": error: 'labels.primary_mark' is wider than a grid's mark cell"),
            std::string::npos)
      << out;
}

TEST_F(CheckLayout, RefusesATextFileAsAFontAtItsLine) {
  std::ofstream(root_ / "text.ttf") << "This is not a font, only a text file with a font's name.\n";
  int status = 0;
  const std::string out = check("\"" + std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPGothic-Regular.ttf\"",
                                "\"text.ttf\"", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find((root_ / "x.toml").string() + ":" + line_col_of(text_, "\"text.ttf\"") + ": error: face 'gothic': font file " +
                     (root_ / "text.ttf").string() + " is not an OpenType or TrueType font"),
            std::string::npos)
      << out;
}

}  // namespace
}  // namespace casebook
