#pragma once

// Photo files made in the test, so each damaged or hostile case is a few
// lines next to the test that uses it rather than an opaque binary file.

#include <zlib.h>

#include <cstdio>  // jpeglib.h needs FILE and size_t first

#include <jpeglib.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "../support/process.h"

namespace casebook::photo_bytes {

using Bytes = std::vector<unsigned char>;

inline Bytes read(const std::filesystem::path& p) {
  const std::string s = testing_support::slurp(p);
  return Bytes(s.begin(), s.end());
}

/// The good fixtures: a 120 × 80 RGB PNG and a 65 × 160 baseline JPEG.
inline Bytes garden_png() { return read(std::filesystem::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/photos/photos/garden.png"); }
inline Bytes meeting_jpg() { return read(std::filesystem::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/photos/photos/meeting.jpg"); }

inline void put32(Bytes& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<unsigned char>(v >> shift));
}

/// One PNG chunk with its CRC (ISO/IEC 15948, 5.3).
inline void chunk(Bytes& out, const char* type, const Bytes& data) {
  put32(out, static_cast<std::uint32_t>(data.size()));
  Bytes body(type, type + 4);
  body.insert(body.end(), data.begin(), data.end());
  out.insert(out.end(), body.begin(), body.end());
  put32(out, static_cast<std::uint32_t>(crc32(0, body.data(), static_cast<uInt>(body.size()))));
}

/// A PNG of `width` × `height` pixels, 8 bits per sample, of `color_type`
/// (0 gray, 2 RGB, 4 gray + alpha, 6 RGBA), whose raw scanlines (each
/// with its filter byte) are `raw`, deflated. With `raw` empty, the
/// scanlines are all zero: a few kilobytes that inflate to width × height.
inline Bytes png(std::uint32_t width, std::uint32_t height, int color_type, Bytes raw = {}) {
  const int samples = color_type == 0 ? 1 : color_type == 2 ? 3 : color_type == 4 ? 2 : 4;
  if (raw.empty()) raw.assign((static_cast<std::size_t>(width) * samples + 1) * height, 0);
  Bytes out = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  Bytes ihdr;
  put32(ihdr, width);
  put32(ihdr, height);
  ihdr.insert(ihdr.end(), {8, static_cast<unsigned char>(color_type), 0, 0, 0});
  chunk(out, "IHDR", ihdr);
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  Bytes deflated(size);
  compress2(deflated.data(), &size, raw.data(), static_cast<uLong>(raw.size()), 9);
  deflated.resize(size);
  chunk(out, "IDAT", deflated);
  chunk(out, "IEND", {});
  return out;
}

/// A PNG whose header declares `width` × `height` and whose only image
/// data is one tiny chunk: a bomb's header without the bomb.
inline Bytes png_header_only(std::uint32_t width, std::uint32_t height) {
  Bytes out = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  Bytes ihdr;
  put32(ihdr, width);
  put32(ihdr, height);
  ihdr.insert(ihdr.end(), {8, 0, 0, 0, 0});
  chunk(out, "IHDR", ihdr);
  chunk(out, "IDAT", {0x78, 0x9C, 0x03, 0x00});
  chunk(out, "IEND", {});
  return out;
}

/// The length of the data of the PNG chunk at `at`.
inline std::size_t chunk_length(const Bytes& png, std::size_t at) {
  return (std::size_t{png[at]} << 24) | (std::size_t{png[at + 1]} << 16) | (std::size_t{png[at + 2]} << 8) |
         png[at + 3];
}

/// The offset of the first chunk of `type` in a PNG (its length field).
inline std::size_t find_chunk(const Bytes& png, const char* type) {
  for (std::size_t at = 8; at + 8 <= png.size(); at += 12 + chunk_length(png, at)) {
    if (std::equal(type, type + 4, png.begin() + static_cast<long>(at) + 4)) return at;
  }
  return std::string::npos;
}

/// The good PNG with the checksum of its image data (IDAT's CRC) wrong.
inline Bytes png_with_bad_crc() {
  Bytes png = garden_png();
  const std::size_t idat = find_chunk(png, "IDAT");
  png[idat + 8 + chunk_length(png, idat)] ^= 0x55;
  return png;
}

/// The good JPEG with its frame header (SOF0) declaring `width` × `height`.
inline Bytes jpeg_declaring(int width, int height) {
  Bytes j = meeting_jpg();
  for (std::size_t at = 2; at + 9 < j.size(); ++at) {
    if (j[at] == 0xFF && j[at + 1] == 0xC0) {
      j[at + 5] = static_cast<unsigned char>(height >> 8);
      j[at + 6] = static_cast<unsigned char>(height);
      j[at + 7] = static_cast<unsigned char>(width >> 8);
      j[at + 8] = static_cast<unsigned char>(width);
      break;
    }
  }
  return j;
}

/// A flat grey JPEG of `width` × `height` encoded by libjpeg from
/// `space` (JCS_GRAYSCALE, JCS_RGB, JCS_CMYK), with or without Adobe's
/// APP14 marker (libjpeg writes it for CMYK unless told not to).
inline Bytes jpeg(int width, int height, J_COLOR_SPACE space, bool adobe_marker) {
  jpeg_compress_struct c{};
  jpeg_error_mgr errors{};
  c.err = jpeg_std_error(&errors);
  jpeg_create_compress(&c);
  unsigned char* out = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&c, &out, &size);
  c.image_width = static_cast<JDIMENSION>(width);
  c.image_height = static_cast<JDIMENSION>(height);
  c.input_components = space == JCS_GRAYSCALE ? 1 : space == JCS_CMYK ? 4 : 3;
  c.in_color_space = space;
  jpeg_set_defaults(&c);
  c.write_Adobe_marker = adobe_marker ? TRUE : FALSE;
  jpeg_start_compress(&c, TRUE);
  std::vector<unsigned char> row(static_cast<std::size_t>(width * c.input_components), 0x80);
  JSAMPROW rows[1] = {row.data()};
  while (c.next_scanline < c.image_height) jpeg_write_scanlines(&c, rows, 1);
  jpeg_finish_compress(&c);
  jpeg_destroy_compress(&c);
  Bytes bytes(out, out + size);
  std::free(out);
  return bytes;
}

}  // namespace casebook::photo_bytes
