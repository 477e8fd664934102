#include "pdf/catalog.h"

namespace casebook::pdf {

namespace {

HPDF_Date hpdf_date(const DocumentDate& d) {
  HPDF_Date date{};
  date.year = d.year, date.month = d.month, date.day = d.day;
  date.hour = d.hour, date.minutes = d.minute, date.seconds = d.second;
  date.ind = 'Z';  // UTC, as xmp_date() writes it
  return date;
}

void info_text(Document& doc, HPDF_InfoType key, const std::string& value, const char* what) {
  if (!value.empty()) check(HPDF_SetInfoAttr(doc.doc(), key, value.c_str()), what);
}

}  // namespace

void write_info_dictionary(Document& doc, const DocumentMetadata& m) {
  // libharu writes these through the document's current encoder (UTF-8,
  // set by Document), as UTF-16BE text strings where they are not ASCII.
  info_text(doc, HPDF_INFO_TITLE, m.title, "writing the title");
  info_text(doc, HPDF_INFO_AUTHOR, m.creator, "writing the author");
  info_text(doc, HPDF_INFO_SUBJECT, m.description, "writing the subject");
  info_text(doc, HPDF_INFO_PRODUCER, m.producer, "writing the producer");
  if (m.date) {
    check(HPDF_SetInfoDateAttr(doc.doc(), HPDF_INFO_CREATION_DATE, hpdf_date(*m.date)), "writing the date");
    check(HPDF_SetInfoDateAttr(doc.doc(), HPDF_INFO_MOD_DATE, hpdf_date(*m.date)), "writing the date");
  }
}

void write_catalog_lang(Document& doc, const std::string& tag) {
  HPDF_String lang = checked(HPDF_String_New(doc.mmgr(), tag.c_str(), nullptr), "writing the document language");
  check(HPDF_Dict_Add(doc.doc()->catalog, "Lang", lang), "writing the document language");
  doc.require_version(HPDF_VER_14);
}

void write_viewer_preferences_display_doc_title(Document& doc) {
  HPDF_Dict preferences = checked(HPDF_Dict_New(doc.mmgr()), "writing the viewer preferences");
  check(HPDF_Dict_Add(preferences, "DisplayDocTitle", HPDF_Boolean_New(doc.mmgr(), HPDF_TRUE)),
        "writing the viewer preferences");
  check(HPDF_Dict_Add(doc.doc()->catalog, "ViewerPreferences", preferences), "writing the viewer preferences");
  doc.require_version(HPDF_VER_14);
}

void write_catalog_metadata(Document& doc, const std::string& packet) {
  HPDF_Dict stream = checked(HPDF_DictStream_New(doc.mmgr(), doc.xref()), "writing the XMP metadata");
  stream->filter = HPDF_STREAM_FILTER_NONE;
  check(HPDF_Dict_AddName(stream, "Type", "Metadata"), "writing the XMP metadata");
  check(HPDF_Dict_AddName(stream, "Subtype", "XML"), "writing the XMP metadata");
  check(HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(packet.data()),
                          static_cast<HPDF_UINT>(packet.size())),
        "writing the XMP metadata");
  check(HPDF_Dict_Add(doc.doc()->catalog, "Metadata", stream), "writing the XMP metadata");
  doc.require_version(HPDF_VER_14);
}

}  // namespace casebook::pdf
