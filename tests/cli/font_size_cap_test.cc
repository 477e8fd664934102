// A font file over the size cap is refused before a byte of it is read:
// a padded font used to be read whole (1 GB took `build` to 2.1 GB and
// passed). The huge files here are sparse, so they cost no disk.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "base/font_limits.h"
#include "support/process.h"
#include "support/scratch_data.h"
#include "support/shipped_layout.h"
#include "support/text_position.h"

namespace {

namespace fs = std::filesystem;

class FontSizeCap : public casebook::testing_support::ScratchDataTest {
 protected:
  FontSizeCap() : ScratchDataTest("casebook-fontcap") {}

  /// A sparse file of `bytes` that starts as a real font does.
  void padded_font(const std::string& name, std::uintmax_t bytes) {
    fs::copy_file(fs::path(CASEBOOK_SOURCE_DIR) / "fonts/BIZUDPGothic-Regular.ttf", dir_ / name);
    fs::resize_file(dir_ / name, bytes);
  }

  /// The A4 layout with its fonts found from `dir_`, the regular gothic
  /// face replaced by `font`.
  void write_layout(const std::string& font) {
    std::string layout = casebook::testing_support::shipped_layout_text();
    const std::string gothic = "\"" + std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPGothic-Regular.ttf\"";
    const std::size_t at = layout.find(gothic);
    ASSERT_NE(at, std::string::npos);
    layout.replace(at, gothic.size(), "\"" + font + "\"");
    layout_line_col_ = casebook::testing_support::line_col_at(layout, at);
    std::ofstream(dir_ / "layout.toml") << layout;
  }

  std::string layout_line_col_;  // where write_layout() named the font
};

TEST_F(FontSizeCap, ALayoutFontOverTheCapIsRefusedAtItsLineWithItsSize) {
  padded_font("big.ttf", 1024ull * 1024 * 1024);
  write_layout("big.ttf");
  for (const char* command : {"check data --layout layout.toml", "build data --layout layout.toml -o out.pdf"}) {
    int status = 0;
    const std::string out = casebook(command, &status);
    EXPECT_EQ(status, 1) << command << "\n" << out;
    EXPECT_NE(out.find("layout.toml:" + layout_line_col_ + ": error: font file 'big.ttf'"), std::string::npos) << out;
    EXPECT_NE(out.find("error: font file 'big.ttf' is 1024 MB, more than the 64 MB a font file may have"),
              std::string::npos)
        << out;
  }
  EXPECT_FALSE(fs::exists(dir_ / "out.pdf"));
}

TEST_F(FontSizeCap, AFontOneByteOverTheCapIsRefusedAndOneAtTheCapIsNot) {
  padded_font("big.ttf", casebook::kMaxFontFileBytes + 1);
  write_layout("big.ttf");
  int status = 0;
  std::string out = casebook("check data --layout layout.toml", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("font file 'big.ttf' is 64 MB, more than the 64 MB a font file may have"), std::string::npos)
      << out;
  fs::resize_file(dir_ / "big.ttf", casebook::kMaxFontFileBytes);
  out = casebook("check data --layout layout.toml", &status);
  EXPECT_EQ(out.find("a font file may have"), std::string::npos) << out;
}

TEST_F(FontSizeCap, AGalleyFaceOverTheCapIsRefused) {
  padded_font("big.ttf", 1024ull * 1024 * 1024);
  std::ofstream(dir_ / "text.txt") << "本文\n";
  int status = 0;
  const std::string out = casebook("galley text.txt -o out.pdf --face big.ttf", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("big.ttf is 1024 MB, more than the 64 MB a font file may have"), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(dir_ / "out.pdf"));
}

}  // namespace
