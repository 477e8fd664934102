// A damaged or hostile photo, as a user meets it: `check` and `build` both
// name the record's photo line and the reason, exit 1, and write nothing.
// A good PNG with transparency and a JPEG still build, and read back.

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "photo_bytes.h"
#include "support/shipped_layout.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using photo_bytes::Bytes;
using testing_support::casebook;
using testing_support::shipped_layout_text;
using testing_support::run;
using testing_support::slurp;

/// tests/fixtures/photos in a fresh folder, its photo `name` replaced by
/// `bytes`. The record names photos/meeting.jpg at 39:8 and
/// photos/garden.png at 43:8.
fs::path data_with(const std::string& test, const std::string& name, const Bytes& bytes) {
  const fs::path root = fs::temp_directory_path() / ("casebook-photo-" + test + "-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/photos", root / "data", fs::copy_options::recursive);
  std::ofstream(root / "data/photos" / name, std::ios::binary)
      .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  return root;
}

/// The A4 layout with `[photos] max_pixels` lowered, its fonts found from `root`.
fs::path layout_with_max_pixels(const fs::path& root, long max_pixels) {
  std::string layout = shipped_layout_text();
  const std::string key = "max_pixels = 50000000";
  layout.replace(layout.find(key), key.size(), "max_pixels = " + std::to_string(max_pixels));
  std::ofstream(root / "small.toml") << layout;
  return root / "small.toml";
}

struct BadPhoto {
  std::string test;  ///< the case's name
  std::string file;  ///< which photo of the record it replaces
  Bytes bytes;
  std::string expected;  ///< the diagnostic's first line after DATA/orgs/01.toml
  long max_pixels = 0;   ///< a lowered [photos] max_pixels, or 0
};

BadPhoto truncated_png() {
  Bytes png = photo_bytes::garden_png();
  png.resize(png.size() / 2);
  return {"truncated_png", "garden.png", png, ":43:8: error: photo file 'photos/garden.png' is a truncated PNG (the file ends before its image is complete)"};
}

BadPhoto png_bad_deflate() {
  // The checksum is right, the compressed data inside is not.
  Bytes png = photo_bytes::garden_png();
  png[photo_bytes::find_chunk(png, "IDAT") + 100] ^= 0x55;
  return {"png_bad_deflate", "garden.png", png,
          ":43:8: error: photo file 'photos/garden.png' is a corrupt PNG (IDAT: incorrect data check)"};
}

BadPhoto png_bad_crc() {
  return {"png_bad_crc", "garden.png", photo_bytes::png_with_bad_crc(), ":43:8: error: photo file 'photos/garden.png' is a corrupt PNG (IDAT: CRC error)"};
}

BadPhoto truncated_jpeg() {
  Bytes jpeg = photo_bytes::meeting_jpg();
  jpeg.resize(jpeg.size() * 3 / 4);
  return {"truncated_jpeg", "meeting.jpg", jpeg, ":39:8: error: photo file 'photos/meeting.jpg' is a truncated JPEG (the file ends before its image is complete)"};
}

BadPhoto jpeg_garbage() {
  Bytes jpeg = {0xFF, 0xD8, 0xFF};
  for (unsigned i = 0; i < 2000; ++i) jpeg.push_back(static_cast<unsigned char>((i * 7919u + 13u) >> 3));
  return {"jpeg_garbage", "meeting.jpg", jpeg, ":39:8: error: photo file 'photos/meeting.jpg' is a"};
}

BadPhoto png_declaring_huge_size() {
  return {"png_huge_header", "garden.png", photo_bytes::png_header_only(100000, 100000),
          ":43:8: error: photo file 'photos/garden.png' declares 100000 × 100000 pixels, more than the 20000 pixels "
          "per side the layout allows ([photos] max_side)"};
}

BadPhoto png_bomb() {
  return {"png_bomb", "garden.png", photo_bytes::png(2000, 2000, 0),
          ":43:8: error: photo file 'photos/garden.png' declares 2000 × 2000 pixels (4.0 megapixels, more than the "
          "1.0 the layout allows ([photos] max_pixels))",
          1'000'000};
}

BadPhoto jpeg_declaring_huge_size() {
  return {"jpeg_huge_header", "meeting.jpg", photo_bytes::jpeg_declaring(60000, 60000),
          ":39:8: error: photo file 'photos/meeting.jpg' declares 60000 × 60000 pixels, more than the 20000 pixels "
          "per side the layout allows ([photos] max_side)"};
}

BadPhoto text_behind_png_signature() {
  // What the data stage's look at the first bytes cannot tell from a PNG.
  const std::string text = "\x89PNG\r\n\x1A\nnot a photo, only its first eight bytes\n";
  return {"text_behind_png_signature", "garden.png", Bytes(text.begin(), text.end()),
          ":43:8: error: photo file 'photos/garden.png' is a"};
}

void PrintTo(const BadPhoto& bad, std::ostream* out) { *out << bad.test; }

class BadPhotoRun : public testing::TestWithParam<BadPhoto> {};

TEST_P(BadPhotoRun, IsALocatedErrorInCheckAndBuildAndNothingIsWritten) {
  const BadPhoto& bad = GetParam();
  const fs::path root = data_with(bad.test, bad.file, bad.bytes);
  const std::string data = (root / "data").string();
  const std::string layout =
      bad.max_pixels ? " --layout '" + layout_with_max_pixels(root, bad.max_pixels).string() + "'" : "";
  const std::string where = data + "/orgs/01.toml" + bad.expected;

  int status = -1;
  std::string out = casebook("check '" + data + "'" + layout, &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find(where), std::string::npos) << out;

  const fs::path pdf = root / "out.pdf";
  out = casebook("build '" + data + "'" + layout + " -o '" + pdf.string() + "'", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find(where), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(pdf));
  std::size_t left = 0;
  for (const auto& e : fs::directory_iterator(root)) left += e.path().filename().string().find(".tmp-") != std::string::npos;
  EXPECT_EQ(left, 0u);
  fs::remove_all(root);
}

INSTANTIATE_TEST_SUITE_P(Photos, BadPhotoRun,
                         testing::Values(truncated_png(), png_bad_crc(), png_bad_deflate(), truncated_jpeg(), jpeg_garbage(),
                                         png_declaring_huge_size(), png_bomb(), jpeg_declaring_huge_size(),
                                         text_behind_png_signature()),
                         [](const testing::TestParamInfo<BadPhoto>& p) { return p.param.test; });

TEST(PhotoRun, ProofAndBookletsReportABadPhotoInsteadOfAborting) {
  // libharu's PNG reader aborted both (exit 134) on this file.
  Bytes png = photo_bytes::garden_png();
  png.resize(png.size() / 2);
  const fs::path root = data_with("proof", "garden.png", png);
  const std::string data = (root / "data").string();
  const std::string where = data + "/orgs/01.toml:43:8: error: photo file 'photos/garden.png' is a truncated PNG";
  int status = -1;
  std::string out = casebook("proof '" + data + "' -o '" + (root / "proof.pdf").string() + "'", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find(where), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(root / "proof.pdf"));
  out = casebook("booklets '" + data + "' -o '" + (root / "booklets").string() + "'", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find(where), std::string::npos) << out;
  EXPECT_TRUE(fs::is_empty(root / "booklets"));
  fs::remove_all(root);
}

TEST(PhotoBuild, TransparentPngAndJpegAreEmbeddedWithACompressedSoftMask) {
  // 8 × 8 RGBA: a red square whose left half is half transparent.
  Bytes raw;
  for (int y = 0; y < 8; ++y) {
    raw.push_back(0);
    for (int x = 0; x < 8; ++x) raw.insert(raw.end(), {255, 0, 0, static_cast<unsigned char>(x < 4 ? 128 : 255)});
  }
  const fs::path root = data_with("alpha", "garden.png", photo_bytes::png(8, 8, 6, raw));
  const fs::path pdf = root / "out.pdf";
  int status = -1;
  const std::string out = casebook("build '" + (root / "data").string() + "' -o '" + pdf.string() + "'", &status);
  ASSERT_EQ(status, 0) << out;
  const std::string list = run("pdfimages -list '" + pdf.string() + "' 2>&1");
  // The JPEG as it was (DCT); the PNG's colour, then its opacity as a soft
  // mask, compressed (libharu's own PNG reader stored it raw: ratio 100%).
  EXPECT_NE(list.find("   8     0 image      65   160  rgb     3   8  jpeg"), std::string::npos) << list;
  EXPECT_NE(list.find("   8     1 image       8     8  rgb     3   8  image"), std::string::npos) << list;
  const std::size_t mask = list.find("   8     2 smask       8     8  gray    1   8  image");
  ASSERT_NE(mask, std::string::npos) << list;
  EXPECT_EQ(list.substr(mask, list.find('\n', mask) - mask).find("100%"), std::string::npos) << list;
  EXPECT_EQ(run("qpdf --check '" + pdf.string() + "' >/dev/null 2>&1; echo $?"), "0\n");
  fs::remove_all(root);
}

}  // namespace
}  // namespace casebook
