#pragma once

#include <string>
#include <vector>

#include "layout/frame.h"

namespace casebook::pdf {

/// Document information, written in Japanese as given.
struct PdfInfo {
  std::string title;
  std::string author;
  std::string subject;
};

/// What was written, for reports and benchmarks.
struct PdfStats {
  std::size_t pages = 0;
  std::size_t fonts = 0;
  std::size_t glyphs = 0;          ///< distinct glyphs embedded
  std::size_t font_program_bytes = 0;  ///< subset font programs, before compression
};

/// Draws the pages' frame trees into a PDF at `path`: for each frame its
/// fills, its images, its children, then its strokes and its text. Every
/// glyph is drawn at exactly the position the layout computed, with the
/// face's subset embedded. Makes no decision of its own. Throws PdfError
/// on a libharu failure.
PdfStats write_pdf(const std::vector<Page>& pages, const std::string& path, const PdfInfo& info);

}  // namespace casebook::pdf
