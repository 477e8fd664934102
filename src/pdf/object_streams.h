#pragma once

// Packing a written PDF's objects into object streams (PDF 32000-1:2008
// 7.5.7) with a cross-reference stream (7.5.8), through libqpdf: libharu
// writes every object as plain text, and a tagged book's structure tree
// is two thousand small dictionaries — 200 KB as text, a tenth of that
// compressed.

#include <string>

namespace casebook::pdf {

/// Rewrites the PDF at `path` in place with its non-stream objects in
/// Flate-compressed object streams and a cross-reference stream (PDF 1.5,
/// which the file must already state). Streams are copied as they are
/// (the XMP packet stays readable as text); the first /ID is kept and the
/// second computed from the content, so the same input gives the same
/// bytes. Throws PdfError if the file cannot be read back cleanly.
void write_object_streams(const std::string& path);

}  // namespace casebook::pdf
