// The text stage loads the face of a collection (.ttc) the layout names by
// its index, in FreeType for shaping and measuring: Noto Sans CJK's
// collection holds the proportional JP face at 0 and the monospaced JP
// face at 5 (Debian's fonts-noto-cjk; skipped when it is not installed).

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "text/face.h"

namespace casebook {
namespace {

const char* const kNotoSans = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

TEST(CollectionFace, TheIndexSelectsTheFaceOfTheCollection) {
  if (!std::filesystem::exists(kNotoSans)) GTEST_SKIP() << kNotoSans << " is absent: install fonts-noto-cjk";
  std::string error;
  const auto first = Face::load(kNotoSans, 0, error);
  ASSERT_TRUE(first) << error;
  EXPECT_EQ(first->name(), "NotoSansCJKjp-Regular");
  EXPECT_EQ(first->index(), 0);
  const auto mono = Face::load(kNotoSans, 5, error);
  ASSERT_TRUE(mono) << error;
  EXPECT_EQ(mono->name(), "NotoSansMonoCJKjp-Regular");
  EXPECT_EQ(mono->index(), 5);
}

TEST(CollectionFace, AnIndexPastTheCollectionIsRefusedWithTheCount) {
  if (!std::filesystem::exists(kNotoSans)) GTEST_SKIP() << kNotoSans << " is absent: install fonts-noto-cjk";
  std::string error;
  EXPECT_FALSE(Face::load(kNotoSans, 10, error));
  EXPECT_EQ(error, std::string("font file ") + kNotoSans + " holds 10 faces: there is no face 10");
}

TEST(CollectionFace, AnIndexOnASingleFontIsRefused) {
  const std::string font = std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPGothic-Regular.ttf";
  std::string error;
  EXPECT_FALSE(Face::load(font, 1, error));
  EXPECT_EQ(error, "font file " + font + " is a single font, not a collection: there is no face 1");
}

}  // namespace
}  // namespace casebook
