// The CFF program of a CIDFontType0 font: pdf/cff.h rebuilds a font's CFF
// so that glyph (and CID) n is the glyph the PDF's code n shows, a glyph
// shown under two codes appearing twice. Each rebuilt glyph must have the
// outline of the glyph it stands for: read back with FreeType, point by
// point, against the original font. Cases: Noto Sans CJK JP (CID-keyed,
// from a .ttc; with HarfBuzz's subroutines kept, so local and global
// subroutines must be carried over, and without them, as the PDF writer
// subsets) and URW's Nimbus Sans (name-keyed). Skipped, with a message,
// when the Debian font package is not installed.

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_CID_H
#include <hb-subset.h>
#include <hb.h>

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "pdf/cff.h"

namespace casebook::pdf {
namespace {

struct Outline {
  std::vector<FT_Vector> points;
  std::vector<short> contours;
};

Outline outline_of(FT_Face face, FT_UInt glyph) {
  Outline o;
  if (FT_Load_Glyph(face, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) != 0) return o;
  const FT_Outline& out = face->glyph->outline;
  o.points.assign(out.points, out.points + out.n_points);
  o.contours.assign(out.contours, out.contours + out.n_contours);
  return o;
}

/// Rebuilds the CFF of face `index` of `path` for `chars` (one code each,
/// code 0 the .notdef) and compares every glyph with the original's.
void expect_same_outlines(const char* path, int index, const std::u32string& chars, bool subroutines) {
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent (Debian: fonts-noto-cjk, fonts-urw-base35)";
  hb_blob_t* blob = hb_blob_create_from_file(path);
  hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(index));
  hb_font_t* font = hb_font_create(face);
  std::vector<hb_codepoint_t> glyph_of_code = {0};
  for (char32_t c : chars) {
    hb_codepoint_t g = 0;
    ASSERT_TRUE(hb_font_get_nominal_glyph(font, c, &g)) << static_cast<unsigned>(c);
    glyph_of_code.push_back(g);
  }

  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  for (hb_codepoint_t g : glyph_of_code) hb_set_add(hb_subset_input_glyph_set(input), g);
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING |
                                       (subroutines ? HB_SUBSET_FLAGS_DEFAULT : HB_SUBSET_FLAGS_DESUBROUTINIZE));
  hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(face, input);
  ASSERT_TRUE(plan);
  std::vector<std::uint32_t> subset_glyph_of_code;
  for (hb_codepoint_t g : glyph_of_code) {
    subset_glyph_of_code.push_back(hb_map_get(hb_subset_plan_old_to_new_glyph_mapping(plan), g));
  }
  hb_face_t* subset = hb_subset_plan_execute_or_fail(plan);
  ASSERT_TRUE(subset);
  hb_blob_t* cff_blob = hb_face_reference_table(subset, HB_TAG('C', 'F', 'F', ' '));
  unsigned size = 0;
  const char* data = hb_blob_get_data(cff_blob, &size);
  const std::string rebuilt = cff_cid_keyed(std::string_view(data, size), subset_glyph_of_code, "Test");
  hb_blob_destroy(cff_blob);
  hb_face_destroy(subset);
  hb_subset_plan_destroy(plan);
  hb_subset_input_destroy(input);
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);

  FT_Library library = nullptr;
  ASSERT_EQ(FT_Init_FreeType(&library), 0);
  FT_Face original = nullptr, cff = nullptr;
  ASSERT_EQ(FT_New_Face(library, path, index, &original), 0);
  ASSERT_EQ(FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte*>(rebuilt.data()),
                               static_cast<FT_Long>(rebuilt.size()), 0, &cff),
            0);
  EXPECT_EQ(cff->num_glyphs, static_cast<FT_Long>(glyph_of_code.size()));
  FT_Bool cid_keyed = 0;
  EXPECT_EQ(FT_Get_CID_Is_Internally_CID_Keyed(cff, &cid_keyed), 0);
  EXPECT_TRUE(cid_keyed);
  for (std::size_t code = 0; code < glyph_of_code.size(); ++code) {
    SCOPED_TRACE("code " + std::to_string(code));
    FT_UInt cid = 0;
    EXPECT_EQ(FT_Get_CID_From_Glyph_Index(cff, static_cast<FT_UInt>(code), &cid), 0);
    EXPECT_EQ(cid, code);  // the PDF's code, through Identity-H, is the CID
    const Outline want = outline_of(original, glyph_of_code[code]);
    const Outline got = outline_of(cff, static_cast<FT_UInt>(code));
    EXPECT_EQ(got.contours, want.contours);
    ASSERT_EQ(got.points.size(), want.points.size());
    for (std::size_t i = 0; i < want.points.size(); ++i) {
      EXPECT_EQ(got.points[i].x, want.points[i].x);
      EXPECT_EQ(got.points[i].y, want.points[i].y);
    }
    if (code > 0) {
      EXPECT_GT(want.points.size(), 0u);  // a drawn glyph, not an empty one
    }
  }
  FT_Done_Face(cff);
  FT_Done_Face(original);
  FT_Done_FreeType(library);
}

// あ and 、 twice: a glyph under two codes is in the program twice.
const std::u32string kJapanese = U"あ漢字、「」Aあ、";

TEST(CffRebuild, EveryGlyphOfACidKeyedCollectionFaceKeepsItsOutline) {
  expect_same_outlines("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0, kJapanese, false);
}

TEST(CffRebuild, SubroutinesAreCarriedOver) {
  expect_same_outlines("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 5, kJapanese, true);
}

TEST(CffRebuild, ANameKeyedFontBecomesCidKeyed) {
  expect_same_outlines("/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf", 0, U"Type0fi", true);
}

}  // namespace
}  // namespace casebook::pdf
