#pragma once

// Colour management for the print edition, with Little CMS (liblcms2):
// RGB colours and RGB photos go from sRGB to the CMYK of the layout's
// output profile. lcms2 is used only here.

#include <array>
#include <memory>
#include <string>

#include "photo/photo.h"

namespace casebook {

/// A transform from sRGB to one CMYK output profile, relative colorimetric
/// with black point compensation (what print shops' prepress applications
/// use by default for photos and graphics: in-gamut colours stay as they
/// are measured, paper white maps to paper white, the darkest sRGB to the
/// darkest the press prints).
class CmykConverter {
 public:
  /// The converter for the ICC profile at `path`; null with `problem` set
  /// when lcms2 cannot open it or it is not a CMYK profile.
  static std::unique_ptr<CmykConverter> open(const std::string& path, std::string& problem);
  ~CmykConverter();
  CmykConverter(const CmykConverter&) = delete;
  CmykConverter& operator=(const CmykConverter&) = delete;

  /// An sRGB colour (each 0–1) as c, m, y, k (each 0–1).
  std::array<double, 4> from_srgb(double r, double g, double b) const;

  /// A photo of 3 components (8-bit RGB pixels: a PNG's decoded pixels, or a
  /// JPEG decoded here) as 4-component CMYK pixels (Encoding::pixels, not
  /// inverted), its opacity kept. A gray or CMYK photo comes back as it is.
  /// `problem` is set, and nullopt returned, when a JPEG cannot be decoded.
  std::optional<DecodedPhoto> photo_to_cmyk(const DecodedPhoto& photo, std::string& problem) const;

 private:
  CmykConverter() = default;
  void* profile_ = nullptr;     // cmsHPROFILE
  void* srgb_ = nullptr;        // cmsHPROFILE
  void* pixels_ = nullptr;      // cmsHTRANSFORM, TYPE_RGB_8 → TYPE_CMYK_8
  void* values_ = nullptr;      // cmsHTRANSFORM, TYPE_RGB_DBL → TYPE_CMYK_DBL
};

}  // namespace casebook
