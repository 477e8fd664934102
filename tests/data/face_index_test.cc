// A layout names one face of a font collection (.ttc) as
// `name = { file = "…", index = N }`: the index is checked when the layout
// is loaded against the number of faces the file's header declares, and a
// wrong one is an error at the index naming the file and how many faces it
// holds. Each case edits the `gothic` line of the shipped A4 layout; the
// collections are small files with only a collection header, which is all
// the data stage reads.

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "data/load_layout.h"
#include "support/edited_layout.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;

/// What an index that is not a whole number from 0 gets, after its place.
const std::string kNotAnIndex =
    ": error: 'faces.gothic.index' must be a whole number from 0\n"
    "    hint: the face's place in a font collection (.ttc), counted from 0\n";

class FaceIndex : public testing::Test {
 protected:
  void SetUp() override {
    // A collection header (OpenType 1.9, "Font Collections"): 'ttcf',
    // version 1.0, numFonts = 3, and three offsets.
    std::string ttc("ttcf\0\1\0\0\0\0\0\3", 12);
    ttc += std::string(12, '\0');
    std::ofstream(layout_.dir() / "three.ttc", std::ios::binary) << ttc;
    ttc_ = (layout_.dir() / "three.ttc").string();
  }

  /// Loads the A4 layout with its `gothic` line replaced by `line`; the
  /// diagnostics, one formatted line each, the layout written as LAYOUT.
  std::string load(const std::string& line) {
    layout_.edit("gothic = \"" + std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPGothic-Regular.ttf\"", line);
    const std::string out = layout_.load();
    Diagnostics diags;
    spec_ = load_layout((layout_.dir() / "layout.toml").string(), diags);
    return out;
  }

  /// load() with `gothic` face `index` (as TOML text) of the collection.
  std::string load_index(const std::string& index) {
    return load("gothic = { file = \"" + ttc_ + "\", index = " + index + " }");
  }

  std::string where(const std::string& target) const { return layout_.where(target); }

  testing_support::EditedLayout layout_;
  std::string ttc_;
  LayoutSpec spec_;
};

TEST_F(FaceIndex, AnIndexInsideTheCollectionSelectsThatFace) {
  EXPECT_EQ(load_index("2"), "");
  EXPECT_EQ(spec_.faces["gothic"].path, ttc_);
  EXPECT_EQ(spec_.faces["gothic"].index, 2);
}

TEST_F(FaceIndex, AFileAloneIsFaceZero) {
  EXPECT_EQ(load("gothic = { file = \"" + ttc_ + "\" }"), "");
  EXPECT_EQ(spec_.faces["gothic"].index, 0);
}

TEST_F(FaceIndex, AnIndexPastTheCollectionIsAnErrorNamingHowManyFacesItHolds) {
  const std::string out = load_index("3");
  EXPECT_EQ(out, where("3 }") + ": error: 'faces.gothic': font file '" + ttc_ +
                            "' holds 3 faces, so its index is 0 to 2, not 3\n");
}

TEST_F(FaceIndex, AnIndexOnASingleFontIsAnError) {
  const std::string font = std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPGothic-Regular.ttf";
  const std::string line = "gothic = { file = \"" + font + "\", index = 1 }";
  const std::string out = load(line);
  EXPECT_EQ(out, where("1 }") + ": error: 'faces.gothic': font file '" + font +
                            "' is a single font, not a collection: its only face is index 0\n");
}

TEST_F(FaceIndex, ANegativeIndexIsAnError) {
  const std::string out = load_index("-1");  // before where(): it reads the edit
  EXPECT_EQ(out, where("-1 }") + kNotAnIndex);
}

TEST_F(FaceIndex, AnIndexThatIsNotANumberIsAnError) {
  const std::string out = load_index("\"0\"");
  EXPECT_EQ(out, where("\"0\"") + kNotAnIndex);
}

TEST_F(FaceIndex, AFaceTableWithoutAFileIsAnError) {
  const std::string line = "gothic = { index = 0 }";
  const std::string out = load(line);
  EXPECT_EQ(out.rfind(where("{") + ": error:", 0), 0u) << out;
  EXPECT_NE(out.find("file"), std::string::npos) << out;
}

TEST_F(FaceIndex, AnUnknownKeyInAFaceTableIsAnError) {
  const std::string line = "gothic = { file = \"" + ttc_ + "\", face = 1 }";
  const std::string out = load(line);
  EXPECT_EQ(out, where("face = 1") + ": error: unknown key 'face' in [faces.gothic]\n"
                                          "    hint: the keys allowed here are: file, index\n");
}

}  // namespace
}  // namespace casebook
