#include "photo/load_photos.h"

#include <filesystem>
#include <fstream>

namespace casebook {

namespace {

/// Reads a photo file of at most `limit` bytes; the refusal otherwise.
PhotoResult read_and_decode(const std::string& path, const PhotoLimits& limits) {
  const std::int64_t limit = limits.max_file_bytes;
  const PhotoResult too_large{std::nullopt,
                              "is larger than " + (limit >= 1024 * 1024 ? std::to_string(limit / (1024 * 1024)) + " MB"
                                                                          : std::to_string(limit) + " bytes"),
                              "a printed photo needs a few megabytes at most; save it smaller"};
  // A file known to be too large is not read at all; one that grows while
  // it is read stops at one byte over.
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > static_cast<std::uintmax_t>(limit)) return too_large;
  std::ifstream in(path, std::ios::binary);
  if (!in) return PhotoResult{std::nullopt, "cannot be read", ""};
  std::vector<unsigned char> bytes;
  char chunk[64 * 1024];
  while (in && static_cast<std::int64_t>(bytes.size()) <= limit) {
    in.read(chunk, sizeof chunk);
    bytes.insert(bytes.end(), chunk, chunk + in.gcount());
  }
  if (in.bad()) return PhotoResult{std::nullopt, "cannot be read", ""};
  if (static_cast<std::int64_t>(bytes.size()) > limit) return too_large;
  return decode_photo(bytes, limits);
}

}  // namespace

PhotoSet load_photos(const std::vector<const Organization*>& orgs, const PhotoLimits& limits, Diagnostics& diags) {
  PhotoSet photos;
  std::map<std::string, PhotoResult> refused;
  for (const Organization* org : orgs) {
    for (const Photo& photo : org->photos) {
      if (photo.path.empty() || photos.contains(photo.path)) continue;
      auto known = refused.find(photo.path);
      if (known == refused.end()) {
        PhotoResult result = read_and_decode(photo.path, limits);
        if (result.photo) {
          photos.emplace(photo.path, std::make_shared<const DecodedPhoto>(std::move(*result.photo)));
          continue;
        }
        known = refused.emplace(photo.path, std::move(result)).first;
      }
      // Each record naming a bad photo hears about it at its own line.
      std::vector<std::string> hints;
      if (!known->second.hint.empty()) hints.push_back(known->second.hint);
      diags.error(photo.file.span, "photo file '" + photo.file.value + "' " + known->second.problem, std::move(hints));
    }
  }
  return photos;
}

}  // namespace casebook
