#include "pdf/annotations.h"

#include <vector>

#include "base/utf8.h"

namespace casebook::pdf {

namespace {

HPDF_Rect hpdf_rect(const PdfRect& r) {
  return HPDF_Rect{static_cast<HPDF_REAL>(r.left), static_cast<HPDF_REAL>(r.bottom), static_cast<HPDF_REAL>(r.right),
                   static_cast<HPDF_REAL>(r.top)};
}

/// `text` as a PDF text string in UTF-16BE with its byte order mark
/// (7.9.2.2), so any character, above U+FFFF too, survives.
HPDF_Binary text_string(Document& doc, const std::string& text) {
  std::vector<HPDF_BYTE> bytes = {0xFE, 0xFF};
  auto unit = [&](unsigned u) {
    bytes.push_back(static_cast<HPDF_BYTE>(u >> 8));
    bytes.push_back(static_cast<HPDF_BYTE>(u & 0xFF));
  };
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = utf8::next(text, i);
    if (c > 0xFFFF) {
      unit(0xD800 + ((c - 0x10000) >> 10));
      unit(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      unit(c);
    }
  }
  return checked(HPDF_Binary_New(doc.mmgr(), bytes.data(), static_cast<HPDF_UINT>(bytes.size())),
                 "writing a link's text");
}

void finish_link(Document& doc, HPDF_Annotation annotation, const std::string& contents) {
  check(HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0), "hiding a link's border");
  if (!contents.empty()) check(HPDF_Dict_Add(annotation, "Contents", text_string(doc, contents)), "writing a link's text");
}

}  // namespace

HPDF_Annotation write_text_annotation(Document& doc, HPDF_Page page, const PdfRect& rect, const std::string& contents,
                                      const std::string& author, const std::string& subject, const std::string& name,
                                      const double (&rgb)[3]) {
  const char* what = "adding a proof note";
  // libharu's own /Contents goes through an encoder; it is replaced by a
  // UTF-16BE text string so any character of the message survives.
  HPDF_Annotation a = checked(HPDF_Page_CreateTextAnnot(page, hpdf_rect(rect), "", nullptr), what);
  check(HPDF_Dict_Add(a, "Contents", text_string(doc, contents)), what);
  check(HPDF_Dict_Add(a, "T", text_string(doc, author)), what);
  check(HPDF_Dict_Add(a, "Subj", text_string(doc, subject)), what);
  check(HPDF_Dict_Add(a, "NM", text_string(doc, name)), what);
  check(HPDF_TextAnnot_SetIcon(a, HPDF_ANNOT_ICON_COMMENT), what);
  check(HPDF_TextAnnot_SetOpened(a, HPDF_FALSE), what);
  HPDF_Array c = checked(HPDF_Array_New(doc.mmgr()), what);
  for (double v : rgb) check(HPDF_Array_AddReal(c, static_cast<HPDF_REAL>(v)), what);
  check(HPDF_Dict_Add(a, "C", c), what);
  // Printed with the page (/F 4, 12.5.3): a printed proof shows the notes.
  check(HPDF_Dict_AddNumber(a, "F", 4), what);
  return a;
}

HPDF_Annotation write_link_annotation_uri(Document& doc, HPDF_Page page, const PdfRect& rect, const std::string& uri,
                                          const std::string& contents) {
  HPDF_Annotation a = checked(HPDF_Page_CreateURILinkAnnot(page, hpdf_rect(rect), uri.c_str()), "adding a link");
  finish_link(doc, a, contents);
  return a;
}

HPDF_Annotation write_link_annotation_dest(Document& doc, HPDF_Page page, const PdfRect& rect,
                                           HPDF_Destination destination, const std::string& contents) {
  HPDF_Annotation a = checked(HPDF_Page_CreateLinkAnnot(page, hpdf_rect(rect), destination), "adding a link");
  finish_link(doc, a, contents);
  return a;
}

}  // namespace casebook::pdf
