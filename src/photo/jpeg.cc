// JPEG photos through libjpeg(-turbo). libjpeg's default error handler
// exits the process; ours longjmps back to the one setjmp below, in a
// frame without C++ objects. libjpeg only warns about damaged data (a
// truncated file is padded with an end marker, a bad Huffman code is
// skipped), so those warnings are refusals here: a photo that decodes
// only with guessing would print as grey blocks, or not at all.

#include <cstdio>  // jpeglib.h needs FILE and size_t first

#include <jerror.h>
#include <jpeglib.h>

#include <csetjmp>
#include <cstring>
#include <string>

#include "photo/codecs.h"

namespace casebook::photo_detail {

namespace {

/// A progressive JPEG may repeat scans without end, each one a pass over
/// the whole image: a few kilobytes that take minutes. Real encoders write
/// about 10.
constexpr int kMaxScans = 500;

struct JpegErrors {
  jpeg_error_mgr manager;  // first, so libjpeg's pointer to it is ours too
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX] = {};
  bool truncated = false;
  bool skipped_garbage = false;  ///< bytes that are no marker were skipped
  bool too_many_scans = false;
  char damage[JMSG_LENGTH_MAX] = {};
};

JpegErrors& errors_of(j_common_ptr cinfo) { return *reinterpret_cast<JpegErrors*>(cinfo->err); }

void on_error(j_common_ptr cinfo) {
  JpegErrors& e = errors_of(cinfo);
  (*cinfo->err->format_message)(cinfo, e.message);
  std::longjmp(e.jump, 1);
}

/// Warnings: damage stops the decoding at once (the rest of a large image
/// would be decoded from guesses, for nothing); others are let pass.
void on_message(j_common_ptr cinfo, int level) {
  if (level != -1) return;  // trace messages
  JpegErrors& e = errors_of(cinfo);
  switch (cinfo->err->msg_code) {
    case JWRN_JPEG_EOF:
      e.truncated = true;
      std::longjmp(e.jump, 1);
    case JWRN_HIT_MARKER:
    case JWRN_HUFF_BAD_CODE:
    case JWRN_MUST_RESYNC:
    case JWRN_NOT_SEQUENTIAL:
    case JWRN_BOGUS_PROGRESSION:
      (*cinfo->err->format_message)(cinfo, e.damage);
      std::longjmp(e.jump, 1);
    case JWRN_EXTRANEOUS_DATA:  // harmless alone (some cameras pad), not before the end
      e.skipped_garbage = true;
      break;
    default:
      break;
  }
}

void on_progress(j_common_ptr cinfo) {
  auto* d = reinterpret_cast<j_decompress_ptr>(cinfo);
  if (d->input_scan_number > kMaxScans) {
    JpegErrors& e = errors_of(cinfo);
    e.too_many_scans = true;
    std::longjmp(e.jump, 1);
  }
}

int be16(const unsigned char* p) { return (p[0] << 8) | p[1]; }

/// What libharu's own JPEG reader (LoadJpegHeader in hpdf_image.c 2.3.0)
/// finds: it walks marker segments from SOI to the first SOF0/1/2/9 and
/// takes the size and components from there, refusing anything else.
/// The PDF gets the file as it is, so the two readers must agree.
struct HaruHeader {
  int width = 0, height = 0, components = 0, precision = 0;
};

std::optional<HaruHeader> haru_header(std::span<const unsigned char> b) {
  if (b.size() < 2 || be16(&b[0]) != 0xFFD8) return std::nullopt;
  for (std::size_t at = 2; at + 4 <= b.size();) {
    const int tag = be16(&b[at]);
    const int size = be16(&b[at + 2]);
    at += 4;
    if (tag == 0xFFC0 || tag == 0xFFC1 || tag == 0xFFC2 || tag == 0xFFC9) {
      if (at + 6 > b.size()) return std::nullopt;
      return HaruHeader{be16(&b[at + 3]), be16(&b[at + 1]), b[at + 5], b[at]};
    }
    if ((tag & 0xFF00) != 0xFF00 || size < 2) return std::nullopt;
    at += static_cast<std::size_t>(size - 2);
  }
  return std::nullopt;
}

/// The steps that may longjmp, in one frame without C++ objects. Returns
/// false after a libjpeg error; `row` is the caller's.
bool read_jpeg(jpeg_decompress_struct& cinfo, JpegErrors& errors, jpeg_progress_mgr& progress,
               std::span<const unsigned char> bytes, const PhotoLimits& limits, std::optional<PhotoResult>& refused,
               std::vector<unsigned char>& row) {
  if (setjmp(errors.jump)) return false;
  jpeg_create_decompress(&cinfo);  // keeps `err`, clears the rest
  cinfo.progress = &progress;
  jpeg_mem_src(&cinfo, bytes.data(), static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&cinfo, TRUE);
  // The header's size, checked before any scan is decoded.
  refused = check_size(cinfo.image_width, cinfo.image_height, limits);
  if (refused) return true;
  if (cinfo.arith_code) {
    refused = PhotoResult{std::nullopt, "is a JPEG with arithmetic coding, which PDF cannot show",
                          "save it again as an ordinary (Huffman-coded) JPEG"};
    return true;
  }
  if ((cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK) && !cinfo.saw_Adobe_marker) {
    // PDF takes a CMYK JPEG as Adobe stores it, inverted; without Adobe's
    // marker nothing says which way round the inks are.
    refused = PhotoResult{std::nullopt, "is a CMYK JPEG without the Adobe marker that says how its inks are stored",
                          "save it as an RGB JPEG, or as CMYK from Photoshop"};
    return true;
  }
  if (cinfo.jpeg_color_space == JCS_RGB && !cinfo.saw_Adobe_marker) {
    // A PDF viewer converts three components from YCbCr unless an Adobe
    // marker says otherwise: this photo would print in wrong colours.
    refused = PhotoResult{std::nullopt, "is a JPEG with untransformed RGB components and no Adobe marker",
                          "save it again as an ordinary (YCbCr) JPEG"};
    return true;
  }

  // Every scan is decoded, at an eighth of the size: the entropy-coded
  // data, where damage shows, is read completely; the pixels are not kept.
  cinfo.scale_num = 1;
  cinfo.scale_denom = 8;
  cinfo.dct_method = JDCT_IFAST;
  cinfo.do_fancy_upsampling = FALSE;
  jpeg_start_decompress(&cinfo);
  row.resize(static_cast<std::size_t>(cinfo.output_width) * static_cast<std::size_t>(cinfo.output_components));
  JSAMPROW rows[1] = {row.data()};
  while (cinfo.output_scanline < cinfo.output_height) jpeg_read_scanlines(&cinfo, rows, 1);
  jpeg_finish_decompress(&cinfo);
  return true;
}

}  // namespace

PhotoResult decode_jpeg(std::span<const unsigned char> bytes, const PhotoLimits& limits) {
  const std::string again = "copy the photo again from its original, or open and save it again in an image editor";
  jpeg_decompress_struct cinfo{};
  JpegErrors errors;
  cinfo.err = jpeg_std_error(&errors.manager);
  errors.manager.error_exit = on_error;
  errors.manager.emit_message = on_message;
  jpeg_progress_mgr progress{};
  progress.progress_monitor = on_progress;

  std::optional<PhotoResult> refused;
  std::vector<unsigned char> row;
  const bool read = read_jpeg(cinfo, errors, progress, bytes, limits, refused, row);
  DecodedPhoto photo;
  photo.width = static_cast<int>(cinfo.image_width);
  photo.height = static_cast<int>(cinfo.image_height);
  photo.components = cinfo.num_components;
  const int precision = cinfo.data_precision;
  jpeg_destroy_decompress(&cinfo);

  if (errors.too_many_scans) {
    return PhotoResult{std::nullopt, "is a JPEG with more than " + std::to_string(kMaxScans) + " scans", again};
  }
  // A file that ends early is truncated; one that ends while libjpeg was
  // skipping bytes that are not JPEG at all is corrupt.
  if (errors.truncated && !errors.skipped_garbage) {
    return PhotoResult{std::nullopt, "is a truncated JPEG (the file ends before its image is complete)", again};
  }
  if (errors.truncated) {
    return PhotoResult{std::nullopt, "is a corrupt JPEG (data that is not JPEG, up to the end of the file)", again};
  }
  if (errors.damage[0]) return PhotoResult{std::nullopt, std::string("is a corrupt JPEG (") + errors.damage + ")", again};
  if (!read) return PhotoResult{std::nullopt, std::string("is a corrupt JPEG (") + errors.message + ")", again};
  if (refused) return std::move(*refused);

  const auto haru = haru_header(bytes);
  if (!haru || haru->width != photo.width || haru->height != photo.height || haru->components != photo.components ||
      haru->precision != precision) {
    return PhotoResult{std::nullopt, "is a JPEG whose markers the PDF writer cannot follow (padding or a "
                                     "misplaced frame header)",
                       "open and save it again in an image editor"};
  }
  photo.encoding = DecodedPhoto::Encoding::jpeg;
  photo.data.assign(bytes.begin(), bytes.end());
  PhotoResult result{std::move(photo), "", ""};
  result.largest_buffer = row.size();
  return result;
}

}  // namespace casebook::photo_detail
