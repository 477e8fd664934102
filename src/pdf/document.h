#pragma once

#include <stdexcept>
#include <string>

#include "pdf/hpdf.h"

namespace casebook::pdf {

/// A libharu failure. libharu poisons a document after one failed call, so
/// every call is checked where it is made and the first failure ends the
/// write with what was being done.
class PdfError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Throws PdfError naming `what` when `status` is not HPDF_OK.
void check(HPDF_STATUS status, const char* what);
/// Throws PdfError naming `what` when `object` is null.
template <typename T>
T checked(T object, const char* what) {
  if (!object) check(HPDF_FAILD_TO_ALLOC_MEM, what);
  return object;
}

/// An HPDF_Doc that lives as long as this object, compression on, no
/// creation date (so the same input gives the same bytes).
class Document {
 public:
  Document();
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  HPDF_Doc doc() const { return doc_; }
  HPDF_MMgr mmgr() const { return doc_->mmgr; }
  HPDF_Xref xref() const { return doc_->xref; }

  /// Raises the version the file's header states to `version` if it is
  /// lower: a writer of something a PDF version introduced calls this, so
  /// the header always allows what the file holds (PDF 32000-1 7.5.2).
  void require_version(HPDF_PDFVer version);

  /// A new page of the given size in points.
  HPDF_Page add_page(double width, double height);

  /// A new indirect dictionary (an object of its own in the file).
  HPDF_Dict new_dict();
  /// A new indirect stream dictionary, Flate-compressed.
  HPDF_Dict new_stream();

  void save(const std::string& path);

 private:
  HPDF_Doc doc_ = nullptr;
};

}  // namespace casebook::pdf
