#include <cstdio>
#include <cstring>

#include "photo/codecs.h"

namespace casebook {

namespace photo_detail {

std::optional<PhotoResult> check_size(long long width, long long height, const PhotoLimits& limits) {
  const std::string hint =
      "scale the photo down (at 350 dpi a photo printed 17 cm wide needs about 2,300 pixels), or raise "
      "[photos] max_pixels and max_side in the layout";
  const std::string size = std::to_string(width) + " × " + std::to_string(height) + " pixels";
  if (width > limits.max_side || height > limits.max_side) {
    return PhotoResult{std::nullopt,
                       "declares " + size + ", more than the " + std::to_string(limits.max_side) +
                           " pixels per side the layout allows ([photos] max_side)",
                       hint};
  }
  if (width * height > limits.max_pixels) {
    char megapixels[64];
    std::snprintf(megapixels, sizeof megapixels, "%.1f megapixels, more than the %.1f",
                  static_cast<double>(width * height) / 1e6, static_cast<double>(limits.max_pixels) / 1e6);
    return PhotoResult{std::nullopt,
                       "declares " + size + " (" + megapixels + " the layout allows ([photos] max_pixels))", hint};
  }
  return std::nullopt;
}

}  // namespace photo_detail

PhotoResult decode_photo(std::span<const unsigned char> bytes, const PhotoLimits& limits) {
  static constexpr unsigned char kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  static constexpr unsigned char kJpeg[3] = {0xFF, 0xD8, 0xFF};
  if (bytes.size() >= sizeof kPng && std::memcmp(bytes.data(), kPng, sizeof kPng) == 0) {
    return photo_detail::read_png_file(bytes, limits, false);
  }
  if (bytes.size() >= sizeof kJpeg && std::memcmp(bytes.data(), kJpeg, sizeof kJpeg) == 0) {
    return photo_detail::decode_jpeg(bytes, limits);
  }
  return PhotoResult{std::nullopt, "is neither a JPEG nor a PNG image", "casebook prints JPEG and PNG photos"};
}

PhotoResult decode_png_pixels(std::span<const unsigned char> bytes, const PhotoLimits& limits) {
  static constexpr unsigned char kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (bytes.size() < sizeof kPng || std::memcmp(bytes.data(), kPng, sizeof kPng) != 0) {
    return PhotoResult{std::nullopt, "is not a PNG image", ""};
  }
  return photo_detail::read_png_file(bytes, limits, true);
}

}  // namespace casebook
