// The PDF's text layer gives back every occurrence of a glyph as the text
// typed there. HarfBuzz sets ガ typed as U+30AC and ガ typed as カ + U+3099
// with the same glyph; a ToUnicode map that keeps one text per glyph made
// every ガ in the book extract as whichever spelling came first. And no
// ToUnicode entry is longer than a reader accepts: a cluster of a base and
// hundreds of variation selectors extracts whole (through ActualText)
// instead of an entry poppler rejects ("Illegal entry in bfchar block").
// Read back with pdftotext; the text set by the real text engine.

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "../support/process.h"

#include "layout/frame.h"
#include "pdf/write_pdf.h"
#include "text/compose.h"
#include "text/face.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::nonempty_lines;
using testing_support::run;

class ToUnicode : public testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    face_ = Face::load(std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPGothic-Regular.ttf", error);
    ASSERT_TRUE(face_) << error;
    dir_ = fs::temp_directory_path() / ("casebook-tounicode-test-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  /// One page, one line per text, set by the text engine at 10 pt.
  std::string write(const std::vector<std::string>& texts) {
    Page page;
    page.width = pt(595);
    page.height = pt(842);
    Length baseline = pt(100);
    for (const std::string& text : texts) {
      ParagraphOptions options;
      options.measure = pt(400);
      Diagnostics diags;
      const SetParagraph p = set_paragraph({TextRun{text, TextStyle{face_.get(), pt(10), {}}, {}}}, options, diags);
      EXPECT_FALSE(diags.has_errors());
      for (const SetLine& line : p.lines) {
        page.root.lines.push_back(TextLine{pt(72), baseline, line, Color{}, {}, false});
        baseline += pt(20);
      }
    }
    const std::string path = (dir_ / "t.pdf").string();
    pdf::write_pdf(std::vector<Page>{page}, path, pdf::PdfInfo{});
    return path;
  }

  /// pdftotext's lines, and what it said on standard error.
  std::vector<std::string> extract(const std::string& pdf, std::string& errors) {
    errors = run("pdftotext -enc UTF-8 '" + pdf + "' /dev/null 2>&1");
    const std::string text = run("pdftotext -enc UTF-8 '" + pdf + "' - 2>/dev/null");
    return nonempty_lines(text);
  }

  std::unique_ptr<Face> face_;
  fs::path dir_;
};

TEST_F(ToUnicode, BothSpellingsOfOneGlyphExtractAsTyped) {
  const std::string decomposed = "カ\u3099ラス", composed = "ガラス";
  // The two spellings really are one glyph, or this test proves nothing.
  Diagnostics diags;
  ParagraphOptions options;
  options.measure = pt(400);
  const auto glyphs_of = [&](const std::string& text) {
    return set_paragraph({TextRun{text, TextStyle{face_.get(), pt(10), {}}, {}}}, options, diags).lines[0].glyphs;
  };
  ASSERT_EQ(glyphs_of(decomposed)[0].gid, glyphs_of(composed)[0].gid);

  for (const auto& order : {std::vector<std::string>{decomposed, composed, decomposed},
                            std::vector<std::string>{composed, decomposed, composed}}) {
    std::string errors;
    EXPECT_EQ(extract(write(order), errors), order);
    EXPECT_EQ(errors, "");
  }
}

TEST_F(ToUnicode, ALongClusterExtractsWholeAndNoEntryIsTooLong) {
  std::string selectors;
  for (int i = 0; i < 300; ++i) selectors += "\uFE0F";
  const std::vector<std::string> texts = {"あ" + selectors + "い", "あい", "葛\U000E0100と葛"};
  std::string errors;
  EXPECT_EQ(extract(write(texts), errors), texts);
  EXPECT_EQ(errors, "");
  int status = -1;
  const std::string check = run("qpdf --check '" + (dir_ / "t.pdf").string() + "' 2>&1", &status);
  EXPECT_EQ(status, 0) << check;
}

}  // namespace
}  // namespace casebook
