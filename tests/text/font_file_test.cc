// A font file that FreeType cannot set text with, or HarfBuzz cannot
// subset for the PDF, is refused when the faces are loaded, at the layout
// line that names it: `check` then fails as `build` does, and `build` no
// longer fails only when the PDF is written.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "text/face_set.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;

class FontFiles : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("casebook-font-files-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  /// The first `bytes` bytes of a shipped font, written as `name`.
  std::string truncated(const std::string& name, std::size_t bytes) {
    std::ifstream in(std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPGothic-Regular.ttf", std::ios::binary);
    std::string data(bytes, '\0');
    in.read(data.data(), static_cast<std::streamsize>(bytes));
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }

  /// Loads `path` as face "gothic" named at line 24 of a layout; the
  /// diagnostics, formatted, with the folder written as DIR.
  std::string load(const std::string& path) {
    Diagnostics diags;
    FaceSet faces;
    faces.load({{"gothic", {path}}}, {"layout.toml", 1, 1}, diags, {{"gothic", {"layout.toml", 24, 10}}});
    std::string out;
    for (const Diagnostic& d : diags.sorted()) out += format_diagnostic(d) + "\n";
    for (std::size_t at = out.find(dir_.string()); at != std::string::npos; at = out.find(dir_.string())) {
      out.replace(at, dir_.string().size(), "DIR");
    }
    return out;
  }

  fs::path dir_;
};

TEST_F(FontFiles, ATextFileIsRefusedAtTheLineThatNamesIt) {
  const fs::path p = dir_ / "text.ttf";
  std::ofstream(p) << "This is not a font, only a text file with a font's name.\n";
  EXPECT_EQ(load(p.string()),
            "layout.toml:24:10: error: face 'gothic': font file DIR/text.ttf is not an OpenType or TrueType font\n");
}

TEST_F(FontFiles, AFontCutShortIsRefusedAtTheLineThatNamesIt) {
  // Half of the file: FreeType opens it (its header and directory are
  // whole), HarfBuzz could not subset it for the PDF.
  EXPECT_EQ(load(truncated("trunc2.ttf", 2'300'000)),
            "layout.toml:24:10: error: face 'gothic': font file DIR/trunc2.ttf is cut short: its 'DSIG' table ends "
            "at byte 4669688 of a file of 2300000 bytes\n");
}

TEST_F(FontFiles, AFontCutInsideItsDirectoryIsRefused) {
  EXPECT_EQ(load(truncated("trunc3.ttf", 40)),
            "layout.toml:24:10: error: face 'gothic': font file DIR/trunc3.ttf is cut short: its table directory "
            "runs past the end of the file\n");
}

TEST_F(FontFiles, TheShippedFontsLoad) {
  for (const char* name : {"BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf", "BIZUDPMincho-Regular.ttf"}) {
    EXPECT_EQ(load(std::string(CASEBOOK_SOURCE_DIR) + "/fonts/" + name), "") << name;
  }
}

}  // namespace
}  // namespace casebook
