// はじめに and the ＊ notes read back from the PDF, in both layouts: the
// preface is set as paragraphs whose first line is indented one em (字下げ),
// not as an indented block; a note's second and later lines hang after
// its ＊.

#include <unistd.h>

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "../support/process.h"
#include "../support/shipped_book.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::build_shipped_book;
using testing_support::run;

struct PdfLine {
  double x = 0;
  std::string text;
};

/// The lines of one page as pdftotext -bbox-layout finds them: left edge
/// and text (words joined).
std::vector<PdfLine> lines_of(const std::string& pdf, int page) {
  const std::string xml = run("pdftotext -bbox-layout -enc UTF-8 -f " + std::to_string(page) + " -l " +
                              std::to_string(page) + " '" + pdf + "' -");
  std::vector<PdfLine> lines;
  const std::regex line_rx(R"re(<line xMin="([0-9.]+)"[^>]*>([\s\S]*?)</line>)re");
  const std::regex word_rx(R"re(<word [^>]*>([^<]*)</word>)re");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), line_rx); it != std::sregex_iterator(); ++it) {
    PdfLine l;
    l.x = std::stod((*it)[1]);
    const std::string words = (*it)[2];
    for (auto w = std::sregex_iterator(words.begin(), words.end(), word_rx); w != std::sregex_iterator(); ++w) {
      l.text += (*w)[1];
    }
    lines.push_back(l);
  }
  return lines;
}

/// The line that starts with `start`, and the one after it.
std::pair<PdfLine, PdfLine> line_and_next(const std::vector<PdfLine>& lines, const std::string& start) {
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].text.rfind(start, 0) == 0) return {lines[i], lines[i + 1]};
  }
  ADD_FAILURE() << "no line starts with " << start;
  return {};
}

struct Layout {
  const char* file;
  double body_pt;  ///< the body size: one em of the preface
};

class Preface : public testing::TestWithParam<Layout> {};

TEST_P(Preface, ParagraphsHaveAFirstLineIndentAndNotesHangAfterTheirAsterisk) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-preface-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string pdf = (dir / "book.pdf").string();
  int status = 0;
  const std::string log = build_shipped_book(GetParam().file, pdf, &status);
  ASSERT_EQ(status, 0) << log;
  const std::vector<PdfLine> lines = lines_of(pdf, 2);
  fs::remove_all(dir);
  ASSERT_FALSE(lines.empty());
  ASSERT_EQ(lines.front().text, "はじめに");
  // The text block's edge: where the first paragraph's second line starts
  // (the block is centred under the heading at the layout's line length).
  const double left = line_and_next(lines, "社会構造の変化により").second.x;
  const double em = GetParam().body_pt;

  // Each of the three paragraphs: first line one em in, the next at the edge.
  for (const char* start : {"社会構造の変化により", "孤独・孤立対策に取り組む", "何より、"}) {
    SCOPED_TRACE(start);
    const auto [first, next] = line_and_next(lines, start);
    EXPECT_NEAR(first.x, left + em, 0.05);
    EXPECT_NEAR(next.x, left, 0.05);
  }
  // The notes: ＊ at the edge, every later line one ＊ (one em) in.
  for (const char* start : {"＊本事例集に掲載している", "＊各団体のページにおいて、主となる"}) {
    SCOPED_TRACE(start);
    const auto [first, next] = line_and_next(lines, start);
    EXPECT_NEAR(first.x, left, 0.05);
    EXPECT_NEAR(next.x, left + em, 0.05) << next.text;
  }
  // The note's second paragraph (また、…) belongs to it and hangs too.
  const auto [also, unused] = line_and_next(lines, "また、取組の主となる対象に");
  EXPECT_NEAR(also.x, left + em, 0.05);
}

INSTANTIATE_TEST_SUITE_P(Shipped, Preface,
                         testing::Values(Layout{"casebook-a4.toml", 9}, Layout{"casebook-b5.toml", 8.5}),
                         [](const testing::TestParamInfo<Layout>& p) {
                           return std::string(p.param.file).substr(9, 2);
                         });

}  // namespace
}  // namespace casebook
