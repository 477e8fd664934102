#pragma once

// The decoders behind decode_photo(); internal to the photo stage.

#include <optional>
#include <span>

#include "photo/photo.h"

namespace casebook::photo_detail {

/// The refusal for a header that declares more than `limits` allow, if it does.
std::optional<PhotoResult> check_size(long long width, long long height, const PhotoLimits& limits);

/// A PNG (the signature already matched), inflated completely. With
/// `keep_pixels`, decoded to 8-bit gray or RGB pixels plus an opacity
/// plane when it has one; without, validated row by row and kept as the
/// file's bytes (Encoding::png).
PhotoResult read_png_file(std::span<const unsigned char> bytes, const PhotoLimits& limits, bool keep_pixels);

/// A JPEG (the signature already matched), decoded completely once and
/// kept as it is.
PhotoResult decode_jpeg(std::span<const unsigned char> bytes, const PhotoLimits& limits);

}  // namespace casebook::photo_detail
