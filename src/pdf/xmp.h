#pragma once

#include <optional>
#include <string>

namespace casebook::pdf {

/// A date and time in UTC, as the document information dictionary and the
/// XMP packet both write it, so that the two agree to the second.
struct DocumentDate {
  int year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};

/// `date` as XMP writes a date (ISO 8601, UTC): "2025-03-01T00:00:00Z".
std::string xmp_date(const DocumentDate& date);

/// What the document says about itself, written twice from this one
/// value so the two agree: in the document information dictionary (PDF
/// 32000-1 14.3.3, Table 317) and in the XMP packet (14.3.2). dc:title is
/// /Title, dc:creator /Author, dc:description /Subject, pdf:Producer
/// /Producer, xmp:CreateDate /CreationDate, xmp:ModifyDate /ModDate,
/// dc:language the catalog's /Lang. An empty field is left out of both.
struct DocumentMetadata {
  std::string title;
  std::string creator;
  std::string description;
  std::string language;  ///< a BCP 47 tag, "ja-JP"
  std::string producer;
  std::optional<DocumentDate> date;  ///< creation and modification
  /// The print edition's PDF/X claim, "PDF/X-4": written as
  /// pdfxid:GTS_PDFXVersion with pdf:Trapped False, xmp:MetadataDate and
  /// the xmpMM identifiers ISO 15930-7 6.7 asks of a PDF/X-4 file (Info
  /// gets /GTS_PDFXVersion and /Trapped from the same values). Empty: none.
  std::string pdfx_version;
  /// xmpMM:DocumentID and InstanceID, "uuid:…", from the file's /ID.
  std::string document_id;
};

/// The XMP packet (ISO 16684-1) for `metadata`: one rdf:Description with
/// the Dublin Core, XMP basic and Adobe PDF schemas, in UTF-8, with no
/// padding and nothing that varies between runs. Throws PdfError when a
/// field holds a character XML 1.0 cannot carry (a C0 control other than
/// tab and newline), naming the field: it is never dropped silently.
std::string xmp_packet(const DocumentMetadata& metadata);

}  // namespace casebook::pdf
