// decode_photo(): every photo is decoded completely, in memory, and every
// way a file can be damaged or hostile comes back as a reason, never as an
// abort inside libpng or libjpeg.

#include <gtest/gtest.h>

#include "photo/photo.h"
#include "photo_bytes.h"

namespace casebook {
namespace {

using photo_bytes::Bytes;

PhotoResult decode(const Bytes& bytes, const PhotoLimits& limits = {}) { return decode_photo(bytes, limits); }

/// Recomputes the CRC of the chunk at `at`, after its data was changed.
void fix_crc(Bytes& png, std::size_t at) {
  const std::size_t length = photo_bytes::chunk_length(png, at);
  const uLong crc = crc32(0, &png[at + 4], static_cast<uInt>(length + 4));
  for (int i = 0; i < 4; ++i) png[at + 8 + length + static_cast<std::size_t>(i)] = static_cast<unsigned char>(crc >> (24 - 8 * i));
}

TEST(DecodePhoto, GoodPngDecodesToItsPixels) {
  const PhotoResult r = decode_png_pixels(photo_bytes::garden_png(), {});
  ASSERT_TRUE(r.photo) << r.problem;
  EXPECT_EQ(r.photo->encoding, DecodedPhoto::Encoding::pixels);
  EXPECT_EQ(r.photo->width, 120);
  EXPECT_EQ(r.photo->height, 80);
  EXPECT_EQ(r.photo->components, 3);
  EXPECT_EQ(r.photo->data.size(), 120u * 80u * 3u);
  EXPECT_TRUE(r.photo->alpha.empty());
}

TEST(DecodePhoto, GoodJpegIsKeptByteForByte) {
  const Bytes file = photo_bytes::meeting_jpg();
  const PhotoResult r = decode(file);
  ASSERT_TRUE(r.photo) << r.problem;
  EXPECT_EQ(r.photo->encoding, DecodedPhoto::Encoding::jpeg);
  EXPECT_EQ(r.photo->width, 65);
  EXPECT_EQ(r.photo->height, 160);
  EXPECT_EQ(r.photo->components, 3);
  EXPECT_EQ(r.photo->data, file);
}

TEST(DecodePhoto, PngOpacityIsSplitFromItsColour) {
  // Two RGBA pixels: red at half opacity, blue opaque (filter byte 0 first).
  const PhotoResult r = decode_png_pixels(photo_bytes::png(2, 1, 6, {0, 255, 0, 0, 128, 0, 0, 255, 255}), {});
  ASSERT_TRUE(r.photo) << r.problem;
  EXPECT_EQ(r.photo->data, (Bytes{255, 0, 0, 0, 0, 255}));
  EXPECT_EQ(r.photo->alpha, (Bytes{128, 255}));
}

TEST(DecodePhoto, OpacityThatHidesNothingIsDropped) {
  const PhotoResult r = decode_png_pixels(photo_bytes::png(2, 1, 6, {0, 255, 0, 0, 255, 0, 0, 255, 255}), {});
  ASSERT_TRUE(r.photo) << r.problem;
  EXPECT_TRUE(r.photo->alpha.empty());
}

TEST(DecodePhoto, GrayPngStaysGray) {
  const PhotoResult r = decode_png_pixels(photo_bytes::png(3, 2, 0), {});
  ASSERT_TRUE(r.photo) << r.problem;
  EXPECT_EQ(r.photo->components, 1);
  EXPECT_EQ(r.photo->data.size(), 6u);
}

TEST(DecodePhoto, GrayJpegIsKeptAsGray) {
  const PhotoResult r = decode(photo_bytes::jpeg(16, 8, JCS_GRAYSCALE, false));
  ASSERT_TRUE(r.photo) << r.problem;
  EXPECT_EQ(r.photo->encoding, DecodedPhoto::Encoding::jpeg);
  EXPECT_EQ(r.photo->components, 1);
}

TEST(DecodePhoto, AdobeCmykJpegIsKeptAsCmyk) {
  const PhotoResult r = decode(photo_bytes::jpeg(16, 8, JCS_CMYK, true));
  ASSERT_TRUE(r.photo) << r.problem;
  EXPECT_EQ(r.photo->components, 4);
}

TEST(DecodePhoto, CmykJpegWithoutAdobeMarkerIsRefused) {
  // Nothing says whether its inks are stored inverted (as Photoshop does,
  // and as the PDF writer declares them) or not: it could print as a negative.
  const PhotoResult r = decode(photo_bytes::jpeg(16, 8, JCS_CMYK, false));
  EXPECT_FALSE(r.photo);
  EXPECT_EQ(r.problem, "is a CMYK JPEG without the Adobe marker that says how its inks are stored");
}

TEST(DecodePhoto, TruncatedPngIsRefusedAsTruncated) {
  Bytes png = photo_bytes::garden_png();
  png.resize(png.size() / 2);
  const PhotoResult r = decode(png);
  EXPECT_FALSE(r.photo);
  EXPECT_EQ(r.problem, "is a truncated PNG (the file ends before its image is complete)");
}

TEST(DecodePhoto, PngWithoutItsEndChunkIsRefusedAsTruncated) {
  Bytes png = photo_bytes::garden_png();
  png.resize(png.size() - 12);  // IEND gone: the image data is whole
  EXPECT_EQ(decode(png).problem, "is a truncated PNG (the file ends before its image is complete)");
}

TEST(DecodePhoto, PngWithABadChecksumIsRefusedAsCorrupt) {
  const PhotoResult r = decode(photo_bytes::png_with_bad_crc());
  EXPECT_FALSE(r.photo);
  EXPECT_EQ(r.problem, "is a corrupt PNG (IDAT: CRC error)");
}

TEST(DecodePhoto, PngWithDamagedDeflateDataIsRefusedAsCorrupt) {
  // The checksum is right, the compressed data inside is not.
  Bytes png = photo_bytes::garden_png();
  const std::size_t idat = photo_bytes::find_chunk(png, "IDAT");
  for (std::size_t i = 0; i < 64; ++i) png[idat + 8 + 40 + i] = static_cast<unsigned char>(0xA5 ^ i);
  fix_crc(png, idat);
  const PhotoResult r = decode(png);
  EXPECT_FALSE(r.photo);
  EXPECT_TRUE(r.problem.starts_with("is a corrupt PNG (")) << r.problem;
}

TEST(DecodePhoto, PngWhoseDataEndsBeforeTheLastRowIsRefused) {
  // A whole, valid deflate stream holding 2 of the 4 rows declared.
  Bytes png = photo_bytes::png(4, 4, 0, Bytes(2 * 5, 0));
  const PhotoResult r = decode(png);
  EXPECT_FALSE(r.photo);
  EXPECT_TRUE(r.problem.starts_with("is a corrupt PNG (")) << r.problem;
}

TEST(DecodePhoto, TruncatedJpegIsRefusedAsTruncated) {
  Bytes jpeg = photo_bytes::meeting_jpg();
  jpeg.resize(jpeg.size() * 3 / 4);
  const PhotoResult r = decode(jpeg);
  EXPECT_FALSE(r.photo);
  EXPECT_EQ(r.problem, "is a truncated JPEG (the file ends before its image is complete)");
}

TEST(DecodePhoto, JpegWithGarbageAfterItsStartIsRefusedAsCorrupt) {
  Bytes jpeg = {0xFF, 0xD8, 0xFF};
  for (unsigned i = 0; i < 2000; ++i) jpeg.push_back(static_cast<unsigned char>((i * 7919u + 13u) >> 3));
  const PhotoResult r = decode(jpeg);
  EXPECT_FALSE(r.photo);
  EXPECT_TRUE(r.problem.starts_with("is a corrupt JPEG (")) << r.problem;
}

TEST(DecodePhoto, JpegWithDamagedScanDataIsRefusedAsCorrupt) {
  Bytes jpeg = photo_bytes::meeting_jpg();
  // The entropy-coded data follows the last header segment (SOS).
  std::size_t sos = 0;
  for (std::size_t at = 2; at + 1 < jpeg.size(); ++at) {
    if (jpeg[at] == 0xFF && jpeg[at + 1] == 0xDA) sos = at;
  }
  ASSERT_GT(sos, 0u);
  for (std::size_t i = sos + 20; i + 2 < jpeg.size() && i < sos + 400; ++i) jpeg[i] = 0xFF;
  const PhotoResult r = decode(jpeg);
  EXPECT_FALSE(r.photo);
  EXPECT_TRUE(r.problem.starts_with("is a corrupt JPEG (")) << r.problem;
}

TEST(DecodePhoto, TextFileIsNotAnImage) {
  const std::string text = "this is not a photo\n";
  EXPECT_EQ(decode(Bytes(text.begin(), text.end())).problem, "is neither a JPEG nor a PNG image");
}

TEST(DecodePhoto, EmptyFileIsNotAnImage) { EXPECT_EQ(decode(Bytes{}).problem, "is neither a JPEG nor a PNG image"); }

TEST(DecodePhoto, PngWiderThanTheLimitIsRefusedFromItsHeader) {
  // The header declares 100,000 pixels a side; the data would not even
  // inflate to one row, so only a check of the header gives this reason.
  const PhotoResult r = decode(photo_bytes::png_header_only(100000, 100000));
  EXPECT_FALSE(r.photo);
  EXPECT_EQ(r.problem,
            "declares 100000 × 100000 pixels, more than the 20000 pixels per side the layout allows ([photos] "
            "max_side)");
}

TEST(DecodePhoto, PngBombIsRefusedBeforeItIsInflated) {
  // 2000 × 2000 zero pixels deflate to a few kilobytes. Within the
  // default limits it decodes; under a limit of one megapixel it is
  // refused from its header.
  const Bytes bomb = photo_bytes::png(2000, 2000, 0);
  ASSERT_LT(bomb.size(), 20'000u);
  EXPECT_TRUE(decode(bomb).photo);
  PhotoLimits limits;
  limits.max_pixels = 1'000'000;
  const PhotoResult r = decode(bomb, limits);
  EXPECT_FALSE(r.photo);
  EXPECT_EQ(r.problem,
            "declares 2000 × 2000 pixels (4.0 megapixels, more than the 1.0 the layout allows ([photos] max_pixels))");
  // The same file, its header unchanged, with no image data at all: the
  // same reason, so nothing was inflated before it was refused.
  EXPECT_EQ(decode(photo_bytes::png_header_only(2000, 2000), limits).problem, r.problem);
}

TEST(DecodePhoto, JpegDeclaringHugeDimensionsIsRefusedFromItsHeader) {
  const PhotoResult r = decode(photo_bytes::jpeg_declaring(60000, 60000));
  EXPECT_FALSE(r.photo);
  EXPECT_EQ(r.problem,
            "declares 60000 × 60000 pixels, more than the 20000 pixels per side the layout allows ([photos] max_side)");
}

TEST(DecodePhoto, JpegOverThePixelLimitIsRefusedFromItsHeader) {
  PhotoLimits limits;
  limits.max_pixels = 10'000;  // the good photo has 65 × 160 = 10,400
  EXPECT_TRUE(decode(photo_bytes::meeting_jpg(), limits).problem.starts_with("declares 65 × 160 pixels (0.0 megapixels"));
}

}  // namespace
}  // namespace casebook
