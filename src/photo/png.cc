// PNG photos through libpng's full API. libpng reports errors by calling
// an error function that must not return; ours longjmps back to the one
// setjmp below, so no C++ object is alive in any frame the jump leaves
// (the buffers belong to decode_png(), which the jump never leaves).

#include <png.h>

#include <csetjmp>
#include <cstring>
#include <string>

#include "photo/codecs.h"

namespace casebook::photo_detail {

namespace {

struct PngReader {
  std::span<const unsigned char> bytes;
  std::size_t at = 0;
  bool truncated = false;
  char error[200] = {};
  /// A warning libpng gives for damaged image data it would otherwise
  /// paper over with blank rows.
  char damage[200] = {};
};

void read_bytes(png_structp png, png_bytep out, std::size_t count) {
  auto* r = static_cast<PngReader*>(png_get_io_ptr(png));
  if (r->bytes.size() - r->at < count) {
    r->truncated = true;
    png_error(png, "the file ends early");
  }
  std::memcpy(out, r->bytes.data() + r->at, count);
  r->at += count;
}

void on_error(png_structp png, png_const_charp message) {
  auto* r = static_cast<PngReader*>(png_get_error_ptr(png));
  std::snprintf(r->error, sizeof r->error, "%s", message);
  png_longjmp(png, 1);
}

void on_warning(png_structp png, png_const_charp message) {
  auto* r = static_cast<PngReader*>(png_get_error_ptr(png));
  // libpng only warns about image data that ends before the last row
  // (the rows are left blank); that is a damaged file. Its other warnings
  // (an odd colour profile, a bad ancillary chunk it skips) are harmless.
  if (std::strstr(message, "Not enough image data") || std::strstr(message, "Z_BUF_ERROR") ||
      std::strstr(message, "damaged LZ stream")) {
    if (!r->damage[0]) std::snprintf(r->damage, sizeof r->damage, "%s", message);
  }
}

/// The steps that may longjmp, in one frame without C++ objects. Returns
/// false after a libpng error; `pixels` and `rows` are the caller's.
/// With `keep_pixels` false the image is only validated: every row of
/// every pass is inflated into the one row buffer `pixels` (memory
/// O(width), whatever the height), and nothing is kept.
bool read_png(png_structp png, png_infop info, const PhotoLimits& limits, bool keep_pixels,
              std::optional<PhotoResult>& refused, DecodedPhoto& photo, std::vector<unsigned char>& pixels,
              std::vector<png_bytep>& rows) {
  if (setjmp(png_jmpbuf(png))) return false;
  // Our own limits say why; libpng's (1,000,000 per side) must not come first.
  png_set_user_limits(png, 0x7fffffff, 0x7fffffff);
  png_read_info(png, info);
  const png_uint_32 width = png_get_image_width(png, info);
  const png_uint_32 height = png_get_image_height(png, info);
  // The header's size, checked before a single row is inflated.
  refused = check_size(width, height, limits);
  if (refused) return true;

  png_set_expand(png);  // palette → RGB, gray below 8 bits → 8 bits, tRNS → alpha
  png_set_strip_16(png);
  const int passes = png_set_interlace_handling(png);
  png_read_update_info(png, info);
  const int type = png_get_color_type(png, info);
  const std::size_t row_bytes = png_get_rowbytes(png, info);
  if (keep_pixels) {
    pixels.resize(row_bytes * height);
    rows.resize(height);
    for (png_uint_32 y = 0; y < height; ++y) rows[y] = pixels.data() + y * row_bytes;
    png_read_image(png, rows.data());
  } else {
    // An interlaced image is read pass by pass, each pass row by row into
    // the same buffer (its contents do not matter, only that it inflates).
    pixels.resize(row_bytes);
    for (int pass = 0; pass < passes; ++pass) {
      for (png_uint_32 y = 0; y < height; ++y) png_read_row(png, pixels.data(), nullptr);
    }
  }
  // To IEND: the chunks after the image are checked too (CRC, truncation).
  png_read_end(png, nullptr);

  photo.width = static_cast<int>(width);
  photo.height = static_cast<int>(height);
  photo.components = (type & PNG_COLOR_MASK_COLOR) ? 3 : 1;
  if (keep_pixels && (type & PNG_COLOR_MASK_ALPHA)) photo.alpha.resize(static_cast<std::size_t>(width) * height);
  return true;
}

}  // namespace

PhotoResult read_png_file(std::span<const unsigned char> bytes, const PhotoLimits& limits, bool keep_pixels) {
  PngReader reader{bytes};
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &reader, on_error, on_warning);
  if (!png) return PhotoResult{std::nullopt, "could not be read (out of memory)", ""};
  png_infop info = png_create_info_struct(png);
  if (!info) {
    png_destroy_read_struct(&png, nullptr, nullptr);
    return PhotoResult{std::nullopt, "could not be read (out of memory)", ""};
  }
  png_set_read_fn(png, &reader, read_bytes);

  std::optional<PhotoResult> refused;
  DecodedPhoto photo;
  std::vector<unsigned char> pixels;
  std::vector<png_bytep> rows;
  const bool read = read_png(png, info, limits, keep_pixels, refused, photo, pixels, rows);
  png_destroy_read_struct(&png, &info, nullptr);

  if (!read) {
    if (reader.truncated) {
      return PhotoResult{std::nullopt, "is a truncated PNG (the file ends before its image is complete)",
                         "copy the photo again from its original"};
    }
    return PhotoResult{std::nullopt, std::string("is a corrupt PNG (") + reader.error + ")",
                       "open and save the photo again in an image editor, or copy it again from its original"};
  }
  if (refused) return std::move(*refused);
  if (reader.damage[0]) {
    return PhotoResult{std::nullopt, std::string("is a corrupt PNG (") + reader.damage + ")",
                       "open and save the photo again in an image editor, or copy it again from its original"};
  }

  if (!keep_pixels) {
    photo.encoding = DecodedPhoto::Encoding::png;
    photo.data.assign(bytes.begin(), bytes.end());
    PhotoResult result{std::move(photo), "", ""};
    result.largest_buffer = pixels.size();
    return result;
  }

  // Split the opacity off the colour: the PDF draws it as a soft mask.
  const std::size_t count = static_cast<std::size_t>(photo.width) * static_cast<std::size_t>(photo.height);
  const std::size_t colour = static_cast<std::size_t>(photo.components);
  if (!photo.alpha.empty()) {
    // In place, front to back (each pixel moves towards the start), so a
    // large photo is not held twice.
    bool opaque = true;
    for (std::size_t i = 0; i < count; ++i) {
      const unsigned char a = pixels[i * (colour + 1) + colour];
      std::memmove(&pixels[i * colour], &pixels[i * (colour + 1)], colour);
      photo.alpha[i] = a;
      opaque = opaque && a == 0xFF;
    }
    pixels.resize(count * colour);
    // An alpha channel that hides nothing would only add a mask to the PDF.
    if (opaque) photo.alpha.clear();
  }
  photo.data = std::move(pixels);
  photo.encoding = DecodedPhoto::Encoding::pixels;
  return PhotoResult{std::move(photo), "", ""};
}

}  // namespace casebook::photo_detail
