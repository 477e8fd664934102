#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/edition.h"
#include "data/layout_spec.h"
#include "layout/frame.h"

namespace casebook::pdf {

/// What the PDF says about itself (its information dictionary, the same
/// again as XMP metadata, the catalog's language), written as given, and
/// which edition it is.
struct PdfInfo {
  std::string title;
  std::string author;
  std::string subject;
  /// The program that wrote the PDF, "casebook 0.1.0"; empty: libharu's own.
  std::string producer;
  /// The natural language of the text, a BCP 47 tag ("ja-JP"): the
  /// catalog's /Lang and the XMP dc:language. Empty: not stated.
  std::string language;
  /// YYYY-MM-DD: the document's date. `epoch` (SOURCE_DATE_EPOCH, checked
  /// by the caller), when set, wins; never the clock, so the same input
  /// gives the same bytes.
  std::string date;
  std::optional<std::int64_t> epoch;
  /// Which PDF to write of the pages (see Edition).
  Edition edition = Edition::web;
  /// Whether the web edition is a tagged PDF. A proof is not: it is read
  /// once by a proofreader, not published, and its notes are annotations
  /// a tagged PDF would have to place in its structure (ISO 14289-1 7.18.1).
  bool tagged = true;
  /// The print edition's PDF/X conformance and output intent (the
  /// layout's [print]); the web edition ignores it.
  PrintIntent print;
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

/// The whole book: its pages, plus the outline (bookmarks), the page labels
/// (i, ii, … then 1, 2, …), the links of the contents, and a stable /ID
/// computed from the content.
PdfStats write_pdf(const BookPages& book, const std::string& path, const PdfInfo& info);

}  // namespace casebook::pdf
