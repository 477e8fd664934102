#include "pdf/object_streams.h"

#include <cstdio>
#include <exception>

// libqpdf 11 asks its users to say they use no deprecated PointerHolder API.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include "pdf/document.h"

namespace casebook::pdf {

void write_object_streams(const std::string& path) {
  const std::string packed = path + ".objstm";
  try {
    QPDF pdf;
    // A warning means libqpdf had to repair what libharu wrote: our bug,
    // raised below rather than printed.
    pdf.setSuppressWarnings(true);
    pdf.processFile(path.c_str());
    QPDFWriter writer(pdf, packed.c_str());
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.setDecodeLevel(qpdf_dl_none);  // streams as libharu compressed them
    writer.setCompressStreams(false);     // and an uncompressed one (XMP) left readable
    writer.setDeterministicID(true);
    writer.write();
    if (pdf.anyWarnings()) throw PdfError("internal error: libqpdf repaired the PDF libharu wrote");
  } catch (const PdfError&) {
    std::remove(packed.c_str());
    throw;
  } catch (const std::exception& e) {
    std::remove(packed.c_str());
    throw PdfError(std::string("packing the PDF's objects: ") + e.what());
  }
  if (std::rename(packed.c_str(), path.c_str()) != 0) {
    std::remove(packed.c_str());
    throw PdfError("replacing " + path + " with its packed form");
  }
}

}  // namespace casebook::pdf
