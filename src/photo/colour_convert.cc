#include "photo/colour_convert.h"

#include <csetjmp>
#include <cstdio>
#include <vector>

#include <jpeglib.h>
#include <lcms2.h>

namespace casebook {

namespace {

struct JpegError {
  jpeg_error_mgr manager;
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX] = {};
};

void on_jpeg_error(j_common_ptr cinfo) {
  auto* e = reinterpret_cast<JpegError*>(cinfo->err);
  (*cinfo->err->format_message)(cinfo, e->message);
  std::longjmp(e->jump, 1);
}

/// The whole JPEG as 8-bit RGB pixels (libjpeg converts YCbCr); false
/// after a libjpeg error. No C++ object with a destructor lives in this
/// frame across the setjmp.
bool decode_rgb(jpeg_decompress_struct& cinfo, JpegError& error, const std::vector<unsigned char>& bytes,
                std::vector<unsigned char>& out) {
  if (setjmp(error.jump)) return false;
  jpeg_create_decompress(&cinfo);
  jpeg_mem_src(&cinfo, bytes.data(), static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&cinfo, TRUE);
  cinfo.out_color_space = JCS_RGB;
  jpeg_start_decompress(&cinfo);
  const std::size_t stride = static_cast<std::size_t>(cinfo.output_width) * 3;
  out.resize(stride * cinfo.output_height);
  while (cinfo.output_scanline < cinfo.output_height) {
    JSAMPROW row = out.data() + stride * cinfo.output_scanline;
    jpeg_read_scanlines(&cinfo, &row, 1);
  }
  jpeg_finish_decompress(&cinfo);
  return true;
}

}  // namespace

std::unique_ptr<CmykConverter> CmykConverter::open(const std::string& path, std::string& problem) {
  std::unique_ptr<CmykConverter> c(new CmykConverter);
  c->profile_ = cmsOpenProfileFromFile(path.c_str(), "r");
  if (!c->profile_) {
    problem = "Little CMS cannot open the profile " + path;
    return nullptr;
  }
  if (cmsGetColorSpace(static_cast<cmsHPROFILE>(c->profile_)) != cmsSigCmykData) {
    problem = "the profile " + path + " is not a CMYK profile";
    return nullptr;
  }
  c->srgb_ = cmsCreate_sRGBProfile();
  const cmsUInt32Number flags = cmsFLAGS_BLACKPOINTCOMPENSATION;
  c->pixels_ = cmsCreateTransform(static_cast<cmsHPROFILE>(c->srgb_), TYPE_RGB_8, static_cast<cmsHPROFILE>(c->profile_),
                                  TYPE_CMYK_8, INTENT_RELATIVE_COLORIMETRIC, flags);
  c->values_ = cmsCreateTransform(static_cast<cmsHPROFILE>(c->srgb_), TYPE_RGB_DBL,
                                  static_cast<cmsHPROFILE>(c->profile_), TYPE_CMYK_DBL, INTENT_RELATIVE_COLORIMETRIC,
                                  flags);
  if (!c->pixels_ || !c->values_) {
    problem = "Little CMS cannot build a transform from sRGB to the profile " + path;
    return nullptr;
  }
  return c;
}

CmykConverter::~CmykConverter() {
  if (pixels_) cmsDeleteTransform(static_cast<cmsHTRANSFORM>(pixels_));
  if (values_) cmsDeleteTransform(static_cast<cmsHTRANSFORM>(values_));
  if (srgb_) cmsCloseProfile(static_cast<cmsHPROFILE>(srgb_));
  if (profile_) cmsCloseProfile(static_cast<cmsHPROFILE>(profile_));
}

std::array<double, 4> CmykConverter::from_srgb(double r, double g, double b) const {
  const double in[3] = {r, g, b};
  double out[4] = {0, 0, 0, 0};  // lcms2's floating-point CMYK is 0–100 %
  cmsDoTransform(static_cast<cmsHTRANSFORM>(values_), in, out, 1);
  std::array<double, 4> cmyk{};
  for (int i = 0; i < 4; ++i) cmyk[static_cast<std::size_t>(i)] = std::min(1.0, std::max(0.0, out[i] / 100.0));
  return cmyk;
}

std::optional<DecodedPhoto> CmykConverter::photo_to_cmyk(const DecodedPhoto& photo, std::string& problem) const {
  if (photo.components != 3) return photo;
  std::vector<unsigned char> rgb;
  if (photo.encoding == DecodedPhoto::Encoding::jpeg) {
    jpeg_decompress_struct cinfo{};
    JpegError error;
    cinfo.err = jpeg_std_error(&error.manager);
    error.manager.error_exit = on_jpeg_error;
    const bool ok = decode_rgb(cinfo, error, photo.data, rgb);
    jpeg_destroy_decompress(&cinfo);
    if (!ok) {
      problem = std::string("cannot be decoded for conversion to CMYK (") + error.message + ")";
      return std::nullopt;
    }
  } else if (photo.encoding == DecodedPhoto::Encoding::pixels) {
    rgb = photo.data;
  } else {
    problem = "internal error: a PNG reached the CMYK conversion undecoded";
    return std::nullopt;
  }
  const std::size_t pixels = static_cast<std::size_t>(photo.width) * static_cast<std::size_t>(photo.height);
  if (rgb.size() != pixels * 3) {
    problem = "decodes to a size that is not its header's";
    return std::nullopt;
  }
  DecodedPhoto out;
  out.encoding = DecodedPhoto::Encoding::pixels;
  out.width = photo.width;
  out.height = photo.height;
  out.components = 4;
  out.data.resize(pixels * 4);
  out.alpha = photo.alpha;
  cmsDoTransform(static_cast<cmsHTRANSFORM>(pixels_), rgb.data(), out.data.data(), static_cast<cmsUInt32Number>(pixels));
  return out;
}

}  // namespace casebook
