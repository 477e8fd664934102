#pragma once

// What makes the print edition a PDF/X-4 file (ISO 15930-7:2010) beside
// its CMYK content: the output intent with its embedded output profile,
// the PDF/X keys of the information dictionary (the page boxes are
// written with the pages, write_pdf.cc). Each
// function is named after the PDF object or key it writes and cites the
// clause that asks for it. docs/print-edition.md lists them all.

#include <string>

#include "data/layout_spec.h"
#include "pdf/document.h"

namespace casebook::pdf {

/// The catalog's /OutputIntents (PDF 32000-1 14.11.5, ISO 15930-7 6.2.4):
/// one dictionary /Type /OutputIntent /S /GTS_PDFX with the
/// OutputConditionIdentifier, OutputCondition (also as /Info), the
/// RegistryName when given, and /DestOutputProfile, the ICC profile file
/// `intent.output_profile` embedded as a stream with /N 4 (a CMYK profile,
/// checked when the layout was loaded). Throws PdfError when the profile
/// can no longer be read.
void write_output_intents(Document& doc, const PrintIntent& intent);

/// The information dictionary's PDF/X keys (ISO 15930-7 6.7.5):
/// /GTS_PDFXVersion (`version`, "PDF/X-4") and /Trapped /False — casebook
/// does no trapping, and PDF/X forbids /Unknown. The XMP packet states the
/// same (pdfxid:GTS_PDFXVersion, pdf:Trapped), from the same values.
void write_info_pdfx_keys(Document& doc, const std::string& version);

}  // namespace casebook::pdf
