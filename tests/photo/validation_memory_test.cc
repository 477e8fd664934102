// Validating a photo holds one row of pixels, never the image: `check`
// and the photo stage of `build` used to keep every decoded raster (eight
// 7000 × 7000 photos took `build` to 3.5 GB). Counted through the largest
// buffer the decoder reports, not timed or measured from outside.

#include <gtest/gtest.h>

#include "photo/photo.h"
#include "photo_bytes.h"

namespace casebook {
namespace {

using photo_bytes::Bytes;

TEST(PhotoValidation, ATallPngIsValidatedInOneRowAndKeptAsItsFile) {
  // 3000 × 3000 RGB: 27 MB of pixels that deflate to a few kilobytes.
  const Bytes file = photo_bytes::png(3000, 3000, 2);
  const PhotoResult r = decode_photo(file, {});
  ASSERT_TRUE(r.photo) << r.problem;
  EXPECT_EQ(r.photo->encoding, DecodedPhoto::Encoding::png);
  EXPECT_EQ(r.photo->width, 3000);
  EXPECT_EQ(r.photo->height, 3000);
  EXPECT_EQ(r.photo->data, file);
  EXPECT_TRUE(r.photo->alpha.empty());
  EXPECT_EQ(r.largest_buffer, 3000u * 3u);
}

TEST(PhotoValidation, ATransparentPngIsValidatedInOneRow) {
  const PhotoResult r = decode_photo(photo_bytes::png(1000, 2000, 6), {});
  ASSERT_TRUE(r.photo) << r.problem;
  EXPECT_EQ(r.largest_buffer, 1000u * 4u);
}

TEST(PhotoValidation, AJpegIsValidatedInOneRowAtAnEighthOfItsSize) {
  const PhotoResult r = decode_photo(photo_bytes::meeting_jpg(), {});
  ASSERT_TRUE(r.photo) << r.problem;
  // 65 pixels wide, decoded at 1/8: 9 pixels of 3 components.
  EXPECT_EQ(r.largest_buffer, 9u * 3u);
}

TEST(PhotoValidation, APngDecodedForEmbeddingHoldsItsWholeImage) {
  // The counterpart: the pixels exist only where the PDF writer asks for them.
  const PhotoResult r = decode_png_pixels(photo_bytes::png(300, 200, 2), {});
  ASSERT_TRUE(r.photo) << r.problem;
  EXPECT_EQ(r.photo->encoding, DecodedPhoto::Encoding::pixels);
  EXPECT_EQ(r.photo->data.size(), 300u * 200u * 3u);
}

}  // namespace
}  // namespace casebook
