// load_photos(): the photo files of the selected records, each read and
// decoded once; every refusal is an error at a record's photo line.

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "photo/load_photos.h"
#include "photo_bytes.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;

/// A record naming `file` (read from `path`) at line `line`.
Organization record(const std::string& path, int line) {
  Organization org;
  Photo photo;
  photo.file = Text{"photos/x.png", Span{"orgs/0" + std::to_string(line) + ".toml", line, 8}};
  photo.path = path;
  org.photos.push_back(photo);
  return org;
}

fs::path write(const std::string& name, const photo_bytes::Bytes& bytes) {
  const fs::path p = fs::temp_directory_path() / ("casebook-load-photos-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(p, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  return p;
}

TEST(LoadPhotos, EveryRecordNamingABadPhotoHearsAboutItAtItsLine) {
  photo_bytes::Bytes png = photo_bytes::garden_png();
  png.resize(png.size() / 2);
  const fs::path file = write("truncated.png", png);
  const Organization a = record(file.string(), 3), b = record(file.string(), 5);
  Diagnostics diags;
  const PhotoSet set = load_photos({&a, &b}, PhotoLimits{}, diags);
  EXPECT_TRUE(set.empty());
  ASSERT_EQ(diags.items().size(), 2u);
  EXPECT_EQ(format_diagnostic(diags.items()[0]).substr(0, 70),
            "orgs/03.toml:3:8: error: photo file 'photos/x.png' is a truncated PNG ");
  EXPECT_EQ(diags.items()[1].span.line, 5);
  fs::remove(file);
}

TEST(LoadPhotos, OnePhotoNamedTwiceIsDecodedOnceAndShared) {
  const fs::path file = write("good.png", photo_bytes::garden_png());
  const Organization a = record(file.string(), 3), b = record(file.string(), 5);
  Diagnostics diags;
  const PhotoSet set = load_photos({&a, &b}, PhotoLimits{}, diags);
  EXPECT_FALSE(diags.has_errors());
  ASSERT_EQ(set.size(), 1u);
  EXPECT_EQ(set.begin()->second->width, 120);
  fs::remove(file);
}

TEST(LoadPhotos, FileOverTheByteLimitIsRefused) {
  const fs::path file = write("big.png", photo_bytes::garden_png());
  const Organization a = record(file.string(), 3);
  PhotoLimits limits;
  limits.max_file_bytes = 1024 * 1024 / 2;  // above the file: it loads
  Diagnostics fine;
  EXPECT_EQ(load_photos({&a}, limits, fine).size(), 1u);
  limits.max_file_bytes = 1000;  // the file has 20,259 bytes
  Diagnostics diags;
  EXPECT_TRUE(load_photos({&a}, limits, diags).empty());
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].message, "photo file 'photos/x.png' is larger than 1000 bytes");
  fs::remove(file);
}

}  // namespace
}  // namespace casebook
