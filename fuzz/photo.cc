// Fuzz target: photo loading. decode_photo() must turn any bytes into a
// photo or a reason, never abort (libpng, libjpeg), never read out of
// bounds, and never decode more than the limits allow. The limits are
// lowered so that a declared large image is refused quickly.

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "photo/photo.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace casebook;
  PhotoLimits limits;
  limits.max_pixels = 4'000'000;
  limits.max_side = 4'000;
  limits.max_file_bytes = 1 << 20;
  const PhotoResult result = decode_photo({data, size}, limits);
  if (result.photo) {
    const DecodedPhoto& p = *result.photo;
    if (p.width <= 0 || p.height <= 0 || static_cast<std::int64_t>(p.width) * p.height > limits.max_pixels) std::abort();
    if (p.encoding == DecodedPhoto::Encoding::pixels &&
        p.data.size() != static_cast<std::size_t>(p.width) * p.height * p.components)
      std::abort();
  } else if (result.problem.empty()) {
    std::abort();  // a refusal always says why
  }
  return 0;
}
