// The XMP packet as text: what it says for each field, escaped for XML,
// and a character XML cannot carry refused by name.

#include "pdf/xmp.h"

#include <gtest/gtest.h>

#include "pdf/document.h"

namespace casebook::pdf {
namespace {

TEST(XmpPacket, EscapesMarkupInTheTitle) {
  DocumentMetadata m;
  m.title = "A & B <C> \"D\"";
  const std::string x = xmp_packet(m);
  EXPECT_NE(x.find("<rdf:li xml:lang=\"x-default\">A &amp; B &lt;C&gt; &quot;D&quot;</rdf:li>"), std::string::npos) << x;
}

TEST(XmpPacket, LeavesOutWhatIsNotGiven) {
  const std::string x = xmp_packet(DocumentMetadata{});
  EXPECT_EQ(x.find("dc:title"), std::string::npos);
  EXPECT_EQ(x.find("dc:creator"), std::string::npos);
  EXPECT_EQ(x.find("xmp:CreateDate"), std::string::npos);
  EXPECT_EQ(x.find("pdf:Producer"), std::string::npos);
  EXPECT_NE(x.find("<dc:format>application/pdf</dc:format>"), std::string::npos);
}

TEST(XmpPacket, DatesAreUtcToTheSecond) {
  DocumentMetadata m;
  m.date = DocumentDate{2025, 3, 1, 9, 5, 7};
  const std::string x = xmp_packet(m);
  EXPECT_NE(x.find("<xmp:CreateDate>2025-03-01T09:05:07Z</xmp:CreateDate>"), std::string::npos) << x;
  EXPECT_NE(x.find("<xmp:ModifyDate>2025-03-01T09:05:07Z</xmp:ModifyDate>"), std::string::npos) << x;
}

TEST(XmpPacket, AControlCharacterIsAnErrorNamingItsField) {
  DocumentMetadata m;
  m.creator = "編集\x01部";
  try {
    xmp_packet(m);
    FAIL() << "no error";
  } catch (const PdfError& e) {
    EXPECT_NE(std::string(e.what()).find("the author holds the control character U+0001"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace casebook::pdf
