// はじめに read back from the PDF, in both layouts: no line is longer than
// the layout's 字詰め (front.preface_line_length, about 40 characters at
// most in horizontal writing, JLREQ #considerations_in_designing_the_kihonhanmen),
// the full lines hold that many, and the text ends inside the page.

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "../support/process.h"
#include "../support/shipped_book.h"
#include "data/load_layout.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::build_shipped_book;
using testing_support::run;

struct PdfLine {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::string text;
};

/// The lines of one page as pdftotext -bbox-layout finds them.
std::vector<PdfLine> lines_of(const std::string& pdf, int page) {
  const std::string xml = run("pdftotext -bbox-layout -enc UTF-8 -f " + std::to_string(page) + " -l " +
                              std::to_string(page) + " '" + pdf + "' -");
  std::vector<PdfLine> lines;
  const std::regex line_rx(
      R"re(<line xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([\s\S]*?)</line>)re");
  const std::regex word_rx(R"re(<word [^>]*>([^<]*)</word>)re");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), line_rx); it != std::sregex_iterator(); ++it) {
    PdfLine l{std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4]), ""};
    const std::string words = (*it)[5];
    for (auto w = std::sregex_iterator(words.begin(), words.end(), word_rx); w != std::sregex_iterator(); ++w) {
      l.text += (*w)[1];
    }
    lines.push_back(l);
  }
  return lines;
}

class PrefaceMeasure : public testing::TestWithParam<const char*> {};

TEST_P(PrefaceMeasure, NoLineIsLongerThanTheLayoutsLineLengthAndTheTextFitsItsPage) {
  const std::string layout = std::string(CASEBOOK_SOURCE_DIR) + "/layouts/" + GetParam();
  Diagnostics diags;
  const LayoutSpec spec = load_layout(layout, diags);
  ASSERT_FALSE(diags.has_errors());
  const int bound = spec.preface_line_length;
  ASSERT_GE(bound, 10);
  ASSERT_LE(bound, 45);  // what an editor keeps for running text at this size
  const double em = to_pt(spec.styles.body.size);

  const fs::path dir = fs::temp_directory_path() / ("casebook-preface-measure-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string pdf = (dir / "book.pdf").string();
  int status = 0;
  const std::string log = build_shipped_book(GetParam(), pdf, &status);
  ASSERT_EQ(status, 0) << log;
  const std::vector<PdfLine> lines = lines_of(pdf, 2);
  fs::remove_all(dir);
  ASSERT_FALSE(lines.empty());
  ASSERT_EQ(lines.front().text, "はじめに");

  // The lines of the three paragraphs, from the first to the signature.
  std::size_t first = 0, signature = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].text.starts_with("社会構造の変化により")) first = i;
    if (lines[i].text == "内閣府孤独・孤立対策推進室") signature = i;
  }
  ASSERT_GT(first, 0u);
  ASSERT_GT(signature, first + 3);
  // A line's length in characters of the body size (its 字詰め: a
  // full-width character is one, Latin and the half-em punctuation of
  // JLREQ 3.1.4 less).
  double left = lines[first + 1].x0;
  for (std::size_t i = first; i < signature; ++i) left = std::min(left, lines[i].x0);
  int full_lines = 0;
  for (std::size_t i = first; i < signature; ++i) {
    const PdfLine& l = lines[i];
    SCOPED_TRACE(l.text);
    const double ems = (l.x1 - l.x0) / em;
    EXPECT_LE(ems, bound + 0.05);
    // A full line (the next one starts no further in: it is no paragraph's
    // first) is justified to the line length from the block's edge.
    if (i + 1 < signature && lines[i + 1].x0 <= l.x0 + 0.1) {
      EXPECT_NEAR((l.x1 - left) / em, bound, 0.05);
      ++full_lines;
    }
  }
  EXPECT_GE(full_lines, 4);
  // Everything, the notes included, ends inside the content area.
  const double bottom = to_pt(spec.page_height - spec.margin_bottom);
  for (const PdfLine& l : lines) {
    if (l.text == "ii") continue;  // the folio, in the bottom margin
    EXPECT_LE(l.y1, bottom + 0.5) << l.text;
  }
}

INSTANTIATE_TEST_SUITE_P(Shipped, PrefaceMeasure, testing::Values("casebook-a4.toml", "casebook-b5.toml"),
                         [](const testing::TestParamInfo<const char*>& p) {
                           return std::string(p.param).substr(9, 2);
                         });

}  // namespace
}  // namespace casebook
