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

/// Draws the pages' frame trees into a PDF at `path`: for each frame its
/// fills, its images, its children, then its strokes and its text. Every
/// glyph is drawn at exactly the position the layout computed, with the
/// face's subset embedded. Makes no decision of its own. Throws PdfError
/// on a libharu failure.
void write_pdf(const std::vector<Page>& pages, const std::string& path, const PdfInfo& info);

}  // namespace casebook::pdf
