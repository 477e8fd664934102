#include "pdf/output_intent.h"

#include <fstream>
#include <iterator>
#include <vector>

namespace casebook::pdf {

namespace {

/// A text string: ASCII as it is, anything else through libharu's UTF-8
/// encoder (UTF-16BE with a byte order mark, PDF 32000-1 7.9.2.2).
HPDF_String text_string(Document& doc, const std::string& text) {
  bool ascii = true;
  for (const char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  HPDF_Encoder encoder = ascii ? nullptr : HPDF_GetEncoder(doc.doc(), "UTF-8");
  return checked(HPDF_String_New(doc.mmgr(), text.c_str(), encoder), "writing the output intent");
}

}  // namespace

void write_output_intents(Document& doc, const PrintIntent& intent) {
  const char* what = "writing the output intent";
  std::ifstream in(intent.output_profile, std::ios::binary);
  std::vector<char> profile;
  if (in) profile.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!in || profile.empty()) throw PdfError("cannot read the output profile " + intent.output_profile);

  // The ICC stream (PDF 32000-1 8.6.5.5, Table 66): /N is the number of
  // colour components, 4 for the CMYK profile the layout was checked to
  // name. ISO 15930-7 6.2.4 asks for the profile to be embedded, not
  // referred to (a DestOutputProfileRef is PDF/X-5).
  HPDF_Dict icc = doc.new_stream();
  check(HPDF_Dict_AddNumber(icc, "N", 4), what);
  check(HPDF_Stream_Write(icc->stream, reinterpret_cast<const HPDF_BYTE*>(profile.data()),
                          static_cast<HPDF_UINT>(profile.size())),
        what);

  HPDF_Dict oi = checked(HPDF_Dict_New(doc.mmgr()), what);
  check(HPDF_Dict_AddName(oi, "Type", "OutputIntent"), what);
  // ISO 15930-7 6.2.4: the subtype of a PDF/X output intent is GTS_PDFX.
  check(HPDF_Dict_AddName(oi, "S", "GTS_PDFX"), what);
  check(HPDF_Dict_Add(oi, "OutputConditionIdentifier", text_string(doc, intent.output_condition_identifier)), what);
  if (!intent.output_condition.empty()) {
    check(HPDF_Dict_Add(oi, "OutputCondition", text_string(doc, intent.output_condition)), what);
    check(HPDF_Dict_Add(oi, "Info", text_string(doc, intent.output_condition)), what);
  }
  if (!intent.registry_name.empty()) check(HPDF_Dict_Add(oi, "RegistryName", text_string(doc, intent.registry_name)), what);
  check(HPDF_Dict_Add(oi, "DestOutputProfile", icc), what);

  HPDF_Array intents = checked(HPDF_Array_New(doc.mmgr()), what);
  check(HPDF_Array_Add(intents, oi), what);
  check(HPDF_Dict_Add(doc.doc()->catalog, "OutputIntents", intents), what);
  doc.require_version(HPDF_VER_14);  // OutputIntents are PDF 1.4 (14.11.5)
}

void write_info_pdfx_keys(Document& doc, const std::string& version) {
  const char* what = "writing the PDF/X keys of the information dictionary";
  HPDF_Dict info = doc.doc()->info;
  // The producer is always set before this (write_info_dictionary), so the
  // dictionary exists; without it there is nothing to agree with XMP.
  if (!info) throw PdfError("internal error: the PDF/X keys written before the information dictionary");
  check(HPDF_Dict_Add(info, "GTS_PDFXVersion", text_string(doc, version)), what);
  check(HPDF_Dict_AddName(info, "Trapped", "False"), what);
}

}  // namespace casebook::pdf
