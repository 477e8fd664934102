#include "pdf/xmp.h"

#include <cstdio>

#include "pdf/document.h"

namespace casebook::pdf {

namespace {

/// `text` as XML character data or attribute value; `field` names it in
/// the error a character XML cannot hold raises.
std::string xml_text(const std::string& text, const char* field) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          char code[8];
          std::snprintf(code, sizeof code, "U+%04X", byte);
          throw PdfError(std::string("the ") + field + " holds the control character " + code +
                         ", which XMP metadata (XML 1.0) cannot carry");
        }
        out += c;
    }
  }
  return out;
}

/// The PDF/X identification (ISO 15930-7 6.7.5, 6.7.7): the version, the
/// trapping state Info states too, the metadata date and the document's
/// identifiers, in an rdf:Description of their own.
std::string pdfx_description(const DocumentMetadata& f) {
  std::string x = "<rdf:Description rdf:about=\"\" xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\"";
  x += " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"";
  x += " xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n";
  x += "<pdfxid:GTS_PDFXVersion>" + xml_text(f.pdfx_version, "PDF/X version") + "</pdfxid:GTS_PDFXVersion>\n";
  x += "<pdf:Trapped>False</pdf:Trapped>\n";
  if (f.date) x += "<xmp:MetadataDate>" + xmp_date(*f.date) + "</xmp:MetadataDate>\n";
  if (!f.document_id.empty()) {
    const std::string id = xml_text(f.document_id, "document identifier");
    x += "<xmpMM:DocumentID>" + id + "</xmpMM:DocumentID>\n<xmpMM:InstanceID>" + id + "</xmpMM:InstanceID>\n";
    x += "<xmpMM:VersionID>1</xmpMM:VersionID>\n<xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n";
  }
  return x + "</rdf:Description>\n";
}

}  // namespace

std::string xmp_date(const DocumentDate& d) {
  char b[32];
  std::snprintf(b, sizeof b, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year, d.month, d.day, d.hour, d.minute, d.second);
  return b;
}

std::string xmp_packet(const DocumentMetadata& f) {
  // The packet wrapper lets a tool that does not read PDF find the
  // metadata by scanning the bytes (ISO 16684-1 7.3); the stream is left
  // uncompressed for that reason.
  std::string x = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
  x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
  x += "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  x += "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";
  x += " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n";
  x += "<dc:format>application/pdf</dc:format>\n";
  // dc:title and dc:description are language alternatives; the
  // x-default entry is the one that mirrors Info (XMP Part 2, 8.2.2).
  if (!f.title.empty()) {
    x += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_text(f.title, "title") +
         "</rdf:li></rdf:Alt></dc:title>\n";
  }
  if (!f.creator.empty()) {
    x += "<dc:creator><rdf:Seq><rdf:li>" + xml_text(f.creator, "author") + "</rdf:li></rdf:Seq></dc:creator>\n";
  }
  if (!f.description.empty()) {
    x += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_text(f.description, "subject") +
         "</rdf:li></rdf:Alt></dc:description>\n";
  }
  if (!f.language.empty()) {
    x += "<dc:language><rdf:Bag><rdf:li>" + xml_text(f.language, "language") + "</rdf:li></rdf:Bag></dc:language>\n";
  }
  if (f.date) {
    const std::string date = xmp_date(*f.date);
    x += "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n";
    x += "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
  }
  if (!f.producer.empty()) x += "<pdf:Producer>" + xml_text(f.producer, "producer") + "</pdf:Producer>\n";
  x += "</rdf:Description>\n";
  if (!f.pdfx_version.empty()) x += pdfx_description(f);
  x += "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>";
  return x;
}

}  // namespace casebook::pdf
