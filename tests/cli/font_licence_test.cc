// A font whose licence forbids embedding it is refused when it is loaded,
// at the layout line that names it: `build` stops, and `lint` (which a
// preflight would run) reports it with the font file. The licence is the
// OS/2 table's fsType (OpenType 1.9, "OS/2 and Windows Metrics Table"):
// Restricted License embedding (bit 1), No subsetting (bit 8) and Bitmap
// embedding only (bit 9) refuse; Installable (0), Preview & Print (bit 2)
// and Editable (bit 3) embedding allow, and for OS/2 versions 0–2, where
// several usage bits may be set, the least restrictive wins. The fonts are
// copies of the shipped BIZ UDPGothic with their fsType changed.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "support/edited_layout.h"
#include "support/process.h"
#include "text/face.h"
#include "text/face_set.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;

struct Case {
  unsigned fs_type;
  const char* refusal;
};

TEST(FontLicence, EachFsTypeIsAllowedOrRefusedAsTheSpecSays) {
  const Case cases[] = {
      {0x0000, ""},  // Installable
      {0x0002, "its licence (OS/2 fsType 0x0002) is Restricted License embedding: it must not be embedded without "
               "the permission of its owner"},
      {0x0004, ""},  // Preview & Print: a PDF is opened read-only
      {0x0008, ""},  // Editable
      {0x0006, ""},  // versions 0–2: Restricted and Preview & Print, the least restrictive wins
      {0x000A, ""},  // Restricted and Editable
      {0x0100, "its licence (OS/2 fsType 0x0100) forbids subsetting it, and casebook embeds only the glyphs the "
               "book uses"},
      {0x0104, "its licence (OS/2 fsType 0x0104) forbids subsetting it, and casebook embeds only the glyphs the "
               "book uses"},
      {0x0200, "its licence (OS/2 fsType 0x0200) allows only its bitmaps to be embedded, and a PDF needs its "
               "outlines"},
      {0x0102, "its licence (OS/2 fsType 0x0102) is Restricted License embedding: it must not be embedded without "
               "the permission of its owner"},
  };
  for (const Case& c : cases) EXPECT_EQ(embedding_refusal(c.fs_type), c.refusal) << std::hex << c.fs_type;
}

/// A copy of BIZ UDPGothic in `dir` with OS/2 fsType `fs_type`.
std::string font_with_fs_type(const fs::path& dir, unsigned fs_type) {
  std::string font = testing_support::slurp(std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPGothic-Regular.ttf");
  auto u16 = [&](std::size_t at) { return (static_cast<unsigned char>(font[at]) << 8) | static_cast<unsigned char>(font[at + 1]); };
  auto u32 = [&](std::size_t at) { return (static_cast<std::size_t>(u16(at)) << 16) | u16(at + 2); };
  const unsigned tables = u16(4);
  for (unsigned i = 0; i < tables; ++i) {
    const std::size_t record = 12 + 16 * i;
    if (font.compare(record, 4, "OS/2") == 0) {
      const std::size_t at = u32(record + 8) + 8;  // fsType: after version, xAvgCharWidth, usWeightClass, usWidthClass
      font[at] = static_cast<char>(fs_type >> 8);
      font[at + 1] = static_cast<char>(fs_type & 0xFF);
    }
  }
  const fs::path path = dir / ("fstype-" + std::to_string(fs_type) + ".ttf");
  std::ofstream(path, std::ios::binary) << font;
  return path.string();
}

class FontLicenceFiles : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("casebook-font-licence-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(FontLicenceFiles, ARestrictedFontIsRefusedAtTheLayoutLineThatNamesIt) {
  const std::string font = font_with_fs_type(dir_, 0x0002);
  Diagnostics diags;
  FaceSet faces;
  faces.load({{"gothic", {font}}}, {"layout.toml", 1, 1}, diags, {{"gothic", {"layout.toml", 24, 10}}});
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(format_diagnostic(diags.items()[0]),
            "layout.toml:24:10: error: face 'gothic': font file " + font +
                " may not be embedded in a PDF: its licence (OS/2 fsType 0x0002) is Restricted License embedding: "
                "it must not be embedded without the permission of its owner");
  EXPECT_EQ(faces.find("gothic"), nullptr);
}

TEST_F(FontLicenceFiles, APreviewAndPrintFontLoads) {
  std::string error;
  EXPECT_TRUE(Face::load(font_with_fs_type(dir_, 0x0004), error)) << error;
}

TEST_F(FontLicenceFiles, LintNamesTheRestrictedFontAndItsLayoutLine) {
  const std::string font = font_with_fs_type(dir_, 0x0002);
  testing_support::EditedLayout layout;
  const std::string to = "gothic = \"" + font + "\"";
  layout.edit("gothic = \"" + std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPGothic-Regular.ttf\"", to);
  layout.load();  // writes the layout file
  int status = 0;
  const std::string out = testing_support::casebook(
      "lint data --layout '" + (layout.dir() / "layout.toml").string() + "'", &status);
  EXPECT_EQ(status, 1) << out;
  const std::string at = layout.where("\"" + font);
  const std::string expected = (layout.dir() / "layout.toml").string() + at.substr(at.find(':')) +
                               ": error: face 'gothic': font file " + font + " may not be embedded in a PDF";
  EXPECT_NE(out.find(expected), std::string::npos) << "expected: " << expected << "\nin: " << out;
}

}  // namespace
}  // namespace casebook
