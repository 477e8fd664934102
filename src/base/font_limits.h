#pragma once

// How large a font file casebook opens. Shared by the data stage (which
// refuses a layout's font at its line) and the stages that read the bytes
// (the text stage through FreeType, the PDF writer for embedding), so a
// file swapped for a huge one after the layout was checked is still
// refused before it is read.

#include <cstdint>
#include <string>

namespace casebook {

/// The largest font file accepted, in bytes. The largest fonts in real
/// use, Noto/Source Han CJK collections (.ttc), are about 20 MB; the faces
/// casebook ships are 6 MB. Without a cap a padded file is read whole
/// (a 1 GB file took `build` to 2.1 GB and 17 s, and passed).
inline constexpr std::uintmax_t kMaxFontFileBytes = 64ull * 1024 * 1024;

/// The refusal for a font file of `bytes`: "is 1024 MB, more than the
/// 64 MB a font file may have". Worded to follow the file's name.
inline std::string font_too_large(std::uintmax_t bytes) {
  const auto mb = [](std::uintmax_t b) {
    return b >= 1024 * 1024 ? std::to_string(b / (1024 * 1024)) + " MB" : std::to_string(b) + " bytes";
  };
  return "is " + mb(bytes) + ", more than the " + mb(kMaxFontFileBytes) + " a font file may have";
}

}  // namespace casebook
