#pragma once

#include <optional>
#include <string>

namespace casebook {

struct PixelSize {
  int width = 0, height = 0;
};

/// The pixel size of a JPEG (from its SOF marker) or PNG (from IHDR), read
/// from the file's header only; nullopt for anything else.
std::optional<PixelSize> read_image_size(const std::string& path);

}  // namespace casebook
