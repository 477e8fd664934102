#include "pdf/document.h"

#include <cstdio>
#include <string>

namespace casebook::pdf {

namespace {

void on_error(HPDF_STATUS error, HPDF_STATUS detail, void*) {
  // Reported through the return codes checked at each call; libharu calls
  // this first. Nothing to do here but not abort.
  (void)error;
  (void)detail;
}

}  // namespace

void check(HPDF_STATUS status, const char* what) {
  if (status == HPDF_OK) return;
  char code[16];
  std::snprintf(code, sizeof code, "0x%04X", static_cast<unsigned>(status));
  throw PdfError(std::string("PDF writer (libharu) failed while ") + what + ": error " + code);
}

Document::Document() {
  doc_ = HPDF_New(on_error, nullptr);
  if (!doc_) throw PdfError("PDF writer (libharu) could not start: out of memory");
  check(HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL), "turning on compression");
  check(HPDF_UseUTFEncodings(doc_), "enabling UTF encodings");
  check(HPDF_SetCurrentEncoder(doc_, "UTF-8"), "selecting the UTF-8 encoder");
}

Document::~Document() { HPDF_Free(doc_); }

HPDF_Page Document::add_page(double width, double height) {
  HPDF_Page page = checked(HPDF_AddPage(doc_), "adding a page");
  check(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(width)), "setting the page width");
  check(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(height)), "setting the page height");
  return page;
}

HPDF_Dict Document::new_dict() {
  HPDF_Dict dict = checked(HPDF_Dict_New(mmgr()), "creating a dictionary");
  check(HPDF_Xref_Add(xref(), dict), "adding a dictionary to the file");
  return dict;
}

HPDF_Dict Document::new_stream() {
  HPDF_Dict dict = checked(HPDF_DictStream_New(mmgr(), xref()), "creating a stream");
  dict->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  return dict;
}

void Document::save(const std::string& path) { check(HPDF_SaveToFile(doc_, path.c_str()), ("writing " + path).c_str()); }

}  // namespace casebook::pdf
