// A punctuation mark set in its half-em box (JLREQ Appendix B) is drawn
// where the face puts its ink: a fixed-pitch face's opening bracket half
// an em left of its box. In the PDF the glyph's advance runs from where it
// is drawn to the end of its box, so its text box covers its ink and the
// space before it, and at its natural place it joins its neighbours with
// no gap: no ActualText span is needed there, and a reader selecting it
// highlights the bracket, not the blank half before it.

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "../support/process.h"

#include "layout/frame.h"
#include "pdf/write_pdf.h"
#include "text/compose.h"
#include "text/face.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::run;
using testing_support::slurp;

TEST(PunctuationBox, AFixedPitchOpeningBracketJoinsItsNeighboursWithoutASpan) {
  std::string error;
  const auto face = Face::load(std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDGothic-Regular.ttf", error);
  ASSERT_TRUE(face) << error;
  const fs::path dir = fs::temp_directory_path() / ("casebook-punct-box-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  ParagraphOptions options;
  options.measure = pt(400);
  Diagnostics diags;
  const SetParagraph p = set_paragraph({TextRun{"漢「字", TextStyle{face.get(), pt(10), {}}, {}}}, options, diags);
  ASSERT_EQ(p.lines.size(), 1u);
  Page page;
  page.width = pt(595);
  page.height = pt(842);
  page.root.lines.push_back(TextLine{pt(72), pt(100), p.lines[0], Color{}, {}, false});
  const std::string pdf = (dir / "t.pdf").string();
  pdf::write_pdf(std::vector<Page>{page}, pdf, pdf::PdfInfo{});
  int status = 0;
  run("qpdf --qdf --object-streams=disable '" + pdf + "' '" + (dir / "t.qdf").string() + "'", &status);
  ASSERT_EQ(status, 0);
  EXPECT_EQ(slurp(dir / "t.qdf").find("ActualText"), std::string::npos);
  EXPECT_EQ(run("pdftotext -enc UTF-8 '" + pdf + "' - | tr -d '\\n\\f'"), "漢「字");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace casebook
