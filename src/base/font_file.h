#pragma once

#include <string>

namespace casebook {

/// A face in a font file: the file, and for a collection (.ttc, .otc)
/// which of its faces (0 for a single font). The layout names it; the text
/// stage loads it; the PDF writer embeds it.
struct FontFile {
  std::string path;
  int index = 0;  ///< the face's place in a collection, from 0

  friend bool operator==(const FontFile&, const FontFile&) = default;
  friend auto operator<=>(const FontFile&, const FontFile&) = default;
};

}  // namespace casebook
