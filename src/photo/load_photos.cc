#include "photo/load_photos.h"

#include <fstream>

namespace casebook {

namespace {

/// The file's bytes, at most `limit` + 1 of them (one more than allowed
/// tells the caller it is too large); nullopt when it cannot be read.
std::optional<std::vector<unsigned char>> read_at_most(const std::string& path, std::int64_t limit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::vector<unsigned char> bytes;
  char chunk[64 * 1024];
  while (in && static_cast<std::int64_t>(bytes.size()) <= limit) {
    in.read(chunk, sizeof chunk);
    bytes.insert(bytes.end(), chunk, chunk + in.gcount());
  }
  if (in.bad()) return std::nullopt;
  return bytes;
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
        PhotoResult result;
        const auto bytes = read_at_most(photo.path, limits.max_file_bytes);
        if (!bytes) {
          result.problem = "cannot be read";
        } else if (static_cast<std::int64_t>(bytes->size()) > limits.max_file_bytes) {
          result.problem = "is larger than " + std::to_string(limits.max_file_bytes / (1024 * 1024)) + " MB";
          result.hint = "a printed photo needs a few megabytes at most; save it smaller";
        } else {
          result = decode_photo(*bytes, limits);
        }
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
