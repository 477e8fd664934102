// The print edition's colour rule (pdf/colour.h), one case per line:
// CMYK as given, greys to K only (exactly), other RGB colours through the
// output profile; and the XMP packet's PDF/X block.

#include "pdf/colour.h"

#include <gtest/gtest.h>

#include "pdf/xmp.h"

namespace casebook::pdf {
namespace {

constexpr const char* kProfile = "/usr/share/color/icc/ghostscript/default_cmyk.icc";

Color rgb(double r, double g, double b) { return Color{false, {r, g, b, 0}}; }

TEST(PrintColour, CmykIsWrittenAsGiven) {
  const Color c{true, {0.1, 0.2, 0.3, 0.4}};
  EXPECT_EQ(print_colour(c, nullptr), c);
}

TEST(PrintColour, GreysBecomeKOnlyWithoutAProfile) {
  //            r = g = b        c  m  y  k = 1 − r
  EXPECT_EQ(print_colour(rgb(0, 0, 0), nullptr), (Color{true, {0, 0, 0, 1}}));
  EXPECT_EQ(print_colour(rgb(1, 1, 1), nullptr), (Color{true, {0, 0, 0, 0}}));
  EXPECT_EQ(print_colour(rgb(0.25, 0.25, 0.25), nullptr), (Color{true, {0, 0, 0, 0.75}}));
}

TEST(PrintColour, OtherRgbNeedsTheProfile) {
  EXPECT_FALSE(print_colour(rgb(0.8, 0, 0), nullptr));
  std::string problem;
  const auto converter = CmykConverter::open(kProfile, problem);
  if (!converter) GTEST_SKIP() << problem << " (libgs-common, installed with ghostscript)";
  const auto red = print_colour(rgb(0.8, 0, 0), converter.get());
  ASSERT_TRUE(red);
  EXPECT_TRUE(red->cmyk);
  // A saturated red prints mostly with magenta and yellow, little cyan.
  EXPECT_GT(red->v[1], 0.8);
  EXPECT_GT(red->v[2], 0.8);
  EXPECT_LT(red->v[0], 0.3);
  // Black through the profile would be a four-colour black; the rule
  // keeps greys out of the profile, so black stays K only.
  EXPECT_EQ(print_colour(rgb(0, 0, 0), converter.get()), (Color{true, {0, 0, 0, 1}}));
}

TEST(PrintColour, ANonCmykProfileIsRefused) {
  std::string problem;
  EXPECT_FALSE(CmykConverter::open("/usr/share/color/icc/ghostscript/srgb.icc", problem));
  EXPECT_FALSE(problem.empty());
}

TEST(XmpPacket, StatesPdfXWhenClaimedAndOnlyThen) {
  DocumentMetadata m;
  EXPECT_EQ(xmp_packet(m).find("pdfxid"), std::string::npos);
  m.pdfx_version = "PDF/X-4";
  m.document_id = "uuid:00000000-0000-4000-8000-000000000000";
  const std::string x = xmp_packet(m);
  EXPECT_NE(x.find("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"), std::string::npos) << x;
  EXPECT_NE(x.find("<pdf:Trapped>False</pdf:Trapped>"), std::string::npos) << x;
  EXPECT_NE(x.find("<xmpMM:DocumentID>uuid:00000000-0000-4000-8000-000000000000</xmpMM:DocumentID>"),
            std::string::npos)
      << x;
}

}  // namespace
}  // namespace casebook::pdf
