#pragma once

// The document-level objects the PDF stage writes beside the pages, one
// function per PDF object or entry, named after it (PDF 32000-1:2008
// clause numbers in each comment). Each one raises the file's version to
// the one that introduced what it writes.

#include <string>

#include "pdf/document.h"
#include "pdf/xmp.h"

namespace casebook::pdf {

/// The document information dictionary (14.3.3): /Title, /Author,
/// /Subject, /Producer, /CreationDate and /ModDate from `metadata`, in
/// UTF-16 where the text needs it. An empty field is not written.
void write_info_dictionary(Document& doc, const DocumentMetadata& metadata);

/// The catalog's /Lang (14.9.2.1, PDF 1.4): the natural language of the
/// document's text, a BCP 47 tag such as "ja-JP", so that a screen reader
/// speaks it in Japanese.
void write_catalog_lang(Document& doc, const std::string& tag);

/// The catalog's /ViewerPreferences with /DisplayDocTitle true (12.2,
/// Table 150, PDF 1.4): a viewer's title bar shows the document's /Title,
/// not its file name.
void write_viewer_preferences_display_doc_title(Document& doc);

/// The catalog's /Metadata (14.3.2, PDF 1.4): a metadata stream, /Type
/// /Metadata /Subtype /XML, holding `packet` unfiltered.
void write_catalog_metadata(Document& doc, const std::string& packet);

}  // namespace casebook::pdf
