#pragma once

// The photo stage: every photo file a record names is decoded once, fully,
// before anything is laid out or written, without keeping its pixels
// (row by row, so validating needs memory for one row, not the image). A
// photo that cannot be decoded, or whose header declares more pixels than
// the layout allows, becomes a diagnostic here; the PDF writer only ever
// sees photos proven good, and decodes a PNG's pixels only when it embeds
// it, one photo at a time.
// libpng and libjpeg are used only in this stage.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace casebook {

/// How large a photo may be, checked from its header before any pixel is
/// decoded (a small file can declare a huge image: a decompression bomb).
/// The defaults are far above any real photo; a layout may change them
/// (`[photos] max_pixels`, `max_side`).
struct PhotoLimits {
  std::int64_t max_pixels = 50'000'000;  ///< width × height
  int max_side = 20'000;                 ///< width and height, each
  /// Bytes read from one photo file; a real photo is a few megabytes.
  std::int64_t max_file_bytes = 256LL * 1024 * 1024;
};

/// A photo proven decodable, in the form the PDF writer embeds as it is.
struct DecodedPhoto {
  enum class Encoding {
    /// `data` is the JPEG file itself, passed through to the PDF (DCTDecode):
    /// lossless and fast. Its whole entropy-coded data was decoded once here.
    jpeg,
    /// `data` is the PNG file itself, proven to decode completely; its
    /// pixels are decoded again (decode_png_pixels) only to be embedded.
    png,
    /// `data` holds the pixels, 8 bits per component, rows top to bottom.
    pixels,
  };
  Encoding encoding = Encoding::pixels;
  int width = 0, height = 0;
  /// 1 gray, 3 RGB, 4 CMYK (an Adobe JPEG, stored inverted as Photoshop does).
  int components = 3;
  std::vector<unsigned char> data;
  /// For `pixels`: one 8-bit opacity per pixel, or empty when the photo is
  /// opaque throughout. Drawn as a soft mask, so a transparent PNG keeps
  /// its transparency.
  std::vector<unsigned char> alpha;
};

/// The result of decoding one photo: the photo, or why it was refused.
struct PhotoResult {
  std::optional<DecodedPhoto> photo;
  /// What is wrong, worded to follow the photo's name: "is a truncated PNG
  /// (the file ends inside its image data)". Empty on success.
  std::string problem;
  /// What the user can do about it; may be empty.
  std::string hint;
  /// The largest buffer of pixels the decoding held at once, in bytes:
  /// for validation one row (of a PNG, or of a JPEG at an eighth of its
  /// size), never the image.
  std::size_t largest_buffer = 0;
};

/// Decodes a JPEG or PNG held in memory, completely, under `limits`.
/// Never aborts and never throws on any input: every failure of libpng or
/// libjpeg comes back as `problem`. The size limits are checked from the
/// header, before the image data is decoded. This is the entry point for
/// fuzzing photo loading.
PhotoResult decode_photo(std::span<const unsigned char> bytes, const PhotoLimits& limits);

/// Decodes a PNG to its pixels (Encoding::pixels), its opacity split off;
/// the PDF writer calls it for each PNG as it embeds it and frees the
/// pixels right after. Fails as decode_photo() does.
PhotoResult decode_png_pixels(std::span<const unsigned char> bytes, const PhotoLimits& limits);

}  // namespace casebook
