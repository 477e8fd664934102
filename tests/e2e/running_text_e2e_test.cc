// End to end: the shipped book in both layouts, read back from the PDF with
// pdftotext -bbox-layout. In running text, no paragraph ends with a line of
// one character (「す。」), no line starts with a closing parenthesis, and
// no numeric range (「10代～40代」) is split across lines.

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "../support/process.h"
#include "../support/shipped_book.h"

#include "base/utf8.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::build_shipped_book;
using testing_support::run;

/// Every printed line of the PDF, its words joined, in reading order.
std::vector<std::string> pdf_lines(const std::string& pdf) {
  const std::string xml = run("pdftotext -bbox-layout -enc UTF-8 '" + pdf + "' -");
  std::vector<std::string> lines;
  const std::regex line_re("<line[^>]*>([\\s\\S]*?)</line>");
  const std::regex word_re("<word[^>]*>([^<]*)</word>");
  for (auto l = std::sregex_iterator(xml.begin(), xml.end(), line_re); l != std::sregex_iterator(); ++l) {
    const std::string body = (*l)[1].str();
    std::string text;
    for (auto w = std::sregex_iterator(body.begin(), body.end(), word_re); w != std::sregex_iterator(); ++w) {
      text += (*w)[1].str();
    }
    lines.push_back(text);
  }
  return lines;
}

std::u32string code_points(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out.push_back(utf8::next(s, i));
  return out;
}

bool closes(char32_t c) { return c == U'、' || c == U'。' || c == U'」' || c == U'）' || c == U')' || c == U'』'; }
bool is_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

class RunningText : public testing::TestWithParam<const char*> {};

TEST_P(RunningText, NoOneCharacterLastLineNoLineStartingWithParenNoSplitRange) {
  const std::string layout = GetParam();
  const fs::path dir = fs::temp_directory_path() / ("casebook-running-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string pdf = (dir / "book.pdf").string();
  int status = 0;
  const std::string log = build_shipped_book(layout, pdf, &status);
  ASSERT_EQ(status, 0) << log;
  const std::vector<std::string> lines = pdf_lines(pdf);
  ASSERT_GT(lines.size(), 500u);
  int sentence_ends = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::u32string line = code_points(lines[i]);
    if (line.empty()) continue;
    // A paragraph of running text ends with a sentence: a last line of one
    // character is that character and its closing marks (す。, た。」).
    std::size_t end = line.size();
    while (end > 0 && closes(line[end - 1])) --end;
    if (line.back() == U'。' || (line.size() > 1 && line[line.size() - 2] == U'。')) {
      ++sentence_ends;
      EXPECT_GT(end, 1u) << "one-character last line: '" << lines[i] << "' after '"
                         << (i > 0 ? lines[i - 1] : "") << "'";
    }
    EXPECT_NE(line.front(), U')') << "line starts with ): '" << lines[i] << "'";
    EXPECT_NE(line.front(), U'）') << "line starts with ）: '" << lines[i] << "'";
    if ((line.back() == U'～' || line.back() == U'〜') && i + 1 < lines.size()) {
      const std::u32string next = code_points(lines[i + 1]);
      EXPECT_FALSE(!next.empty() && is_digit(next.front()))
          << "range split: '" << lines[i] << "' / '" << lines[i + 1] << "'";
    }
  }
  EXPECT_GT(sentence_ends, 100);  // the check saw the running text
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Layouts, RunningText, testing::Values("casebook-a4.toml", "casebook-b5.toml"));

}  // namespace
}  // namespace casebook
