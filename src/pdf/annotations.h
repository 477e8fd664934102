#pragma once

// Link annotations (PDF 32000-1:2008 12.5.6.5), one function per kind of
// link, named after what it writes. Both set /Contents, the annotation's
// text for a reader who cannot see it (12.5.2; PDF/UA-1 asks it of every
// annotation, ISO 14289-1 7.18.1), and no border.

#include <string>

#include "pdf/document.h"

namespace casebook::pdf {

/// A rectangle in the page's default user space (PDF points, origin at the
/// lower left), as an annotation's /Rect gives it.
struct PdfRect {
  double left = 0, bottom = 0, right = 0, top = 0;
};

/// A /Link annotation over `rect` whose /A is a URI action (12.6.4.7)
/// that opens `uri` (ASCII, as 12.6.4.7 requires: a URL or a mailto:).
HPDF_Annotation write_link_annotation_uri(Document& doc, HPDF_Page page, const PdfRect& rect, const std::string& uri,
                                          const std::string& contents);

/// A /Link annotation over `rect` whose /Dest is `destination` (a page of
/// this document, 12.3.2).
HPDF_Annotation write_link_annotation_dest(Document& doc, HPDF_Page page, const PdfRect& rect,
                                           HPDF_Destination destination, const std::string& contents);

/// A /Text annotation (12.5.6.4, a sticky note) over `rect`, closed, with
/// `contents` as its /Contents, `author` as its /T, `subject` as /Subj,
/// `name` as /NM (12.5.2, unique on the page) and `rgb` as its /C colour.
HPDF_Annotation write_text_annotation(Document& doc, HPDF_Page page, const PdfRect& rect, const std::string& contents,
                                      const std::string& author, const std::string& subject, const std::string& name,
                                      const double (&rgb)[3]);

}  // namespace casebook::pdf
