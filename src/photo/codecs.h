#pragma once

// The decoders behind decode_photo(); internal to the photo stage.

#include <optional>
#include <span>

#include "photo/photo.h"

namespace casebook::photo_detail {

/// The refusal for a header that declares more than `limits` allow, if it does.
std::optional<PhotoResult> check_size(long long width, long long height, const PhotoLimits& limits);

/// A PNG (the signature already matched), decoded to 8-bit gray or RGB
/// pixels plus an opacity plane when it has one.
PhotoResult decode_png(std::span<const unsigned char> bytes, const PhotoLimits& limits);

/// A JPEG (the signature already matched), decoded completely once and
/// kept as it is.
PhotoResult decode_jpeg(std::span<const unsigned char> bytes, const PhotoLimits& limits);

}  // namespace casebook::photo_detail
