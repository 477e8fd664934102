#include "pdf/document.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
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

/// libharu's error codes that a run can meet, in words (hpdf_error.h);
/// others keep their number.
std::string describe_status(HPDF_STATUS status) {
  switch (status) {
    case HPDF_FAILD_TO_ALLOC_MEM: return "out of memory";
    case HPDF_FILE_IO_ERROR: return "the file could not be written";
    case HPDF_FILE_OPEN_ERROR: return "the file could not be created";
    case HPDF_PAGE_INVALID_SIZE: return "a page size outside the 3 to 14400 pt a PDF page may have";
    case HPDF_ZLIB_ERROR: return "compressing a stream failed (zlib), usually because the disk is full";
    case HPDF_REAL_OUT_OF_RANGE: return "a number outside the range a PDF may hold (±32767)";
    case HPDF_STRING_OUT_OF_RANGE: return "a text longer than a PDF string may be";
    case HPDF_PAGE_OUT_OF_RANGE: return "more pages than a PDF may have";
    case HPDF_INVALID_IMAGE:
    case HPDF_INVALID_PNG_IMAGE:
    case HPDF_LIBPNG_ERROR: return "an image that cannot be read";
    case HPDF_INVALID_JPEG_DATA:
    case HPDF_UNSUPPORTED_JPEG_FORMAT: return "a JPEG image in a form PDF cannot embed";
    case HPDF_TTF_INVALID_FOMAT:
    case HPDF_TTF_MISSING_TABLE:
    case HPDF_TTF_INVALID_CMAP:
    case HPDF_TTF_CANNOT_EMBEDDING_FONT: return "a font that cannot be embedded";
    default: break;
  }
  char code[32];
  std::snprintf(code, sizeof code, "libharu error 0x%04X", static_cast<unsigned>(status));
  return code;
}

void check(HPDF_STATUS status, const char* what) {
  if (status == HPDF_OK) return;
  throw PdfError(std::string("PDF writer (libharu) failed while ") + what + ": " + describe_status(status));
}

Document::Document() {
  doc_ = HPDF_New(on_error, nullptr);
  if (!doc_) throw PdfError("PDF writer (libharu) could not start: out of memory");
  check(HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL), "turning on compression");
  check(HPDF_UseUTFEncodings(doc_), "enabling UTF encodings");
  check(HPDF_SetCurrentEncoder(doc_, "UTF-8"), "selecting the UTF-8 encoder");
}

Document::~Document() { HPDF_Free(doc_); }

void Document::require_version(HPDF_PDFVer version) {
  if (doc_->pdf_version < version) doc_->pdf_version = version;
}

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

void Document::save(const std::string& path) {
  errno = 0;
  const HPDF_STATUS status = HPDF_SaveToFile(doc_, path.c_str());
  if (status == HPDF_OK) return;
  // libharu keeps no errno of its own: the system's reason is read here,
  // before anything else can overwrite it.
  const int error = errno;
  std::string message = "cannot write " + path + ": " + describe_status(status);
  if ((status == HPDF_FILE_OPEN_ERROR || status == HPDF_FILE_IO_ERROR) && error != 0) {
    message = (status == HPDF_FILE_OPEN_ERROR ? "cannot create " : "cannot write ") + path + ": " + std::strerror(error);
  }
  throw PdfError(message);
}

}  // namespace casebook::pdf
