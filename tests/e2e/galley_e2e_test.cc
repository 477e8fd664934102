// End to end: every long field of the 13 shipped organizations set by
// `casebook galley` at 80 mm and at 40 mm, read back from the PDF with
// pdftotext -bbox-layout: no line starts with a character JLREQ forbids
// there, no glyph passes the measure, and the text is the input's.

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "../support/process.h"
#include "../support/shipped_book.h"

#include "base/utf8.h"
#include "data/load.h"
#include "text/char_class.h"
#include "text/kinsoku.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::run;
using testing_support::shipped_casebook;
using testing_support::squeeze;

std::string unescape_xml(std::string s) {
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"},
                                 {"&quot;", "\""}, {"&apos;", "'"}}) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
      s.replace(at, from.size(), to);
    }
  }
  return s;
}

/// The text of every long field, one block a line, markers left out: the
/// engine, not the list layout, is what this test proves.
std::string all_fields() {
  const Casebook book = shipped_casebook();
  std::string text;
  for (const Organization& org : book.organizations) {
    for (const RichText* r : {&org.purpose, &org.audience, &org.description, &org.partners, &org.outreach,
                              &org.outcomes}) {
      for (const Block& b : r->blocks) text += b.text + "\n";
    }
    if (org.profile.message) {
      for (const Block& b : org.profile.message->blocks) text += b.text + "\n";
    }
  }
  return text;
}

class GalleyEndToEnd : public testing::TestWithParam<int> {};

TEST_P(GalleyEndToEnd, ReadBackFromThePdf) {
  const int measure_mm = GetParam();
  const fs::path dir = fs::temp_directory_path() / ("casebook-e2e-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string input = all_fields();
  // Lines that begin with a markup character are escaped so they stay text.
  std::string escaped;
  std::istringstream lines(input);
  for (std::string line; std::getline(lines, line);) {
    escaped += (line.starts_with("・") || line.starts_with("#") || line.starts_with("-") ? "\\" : "") + line + "\n";
  }
  std::ofstream(dir / "fields.txt") << escaped;
  const std::string pdf = (dir / "fields.pdf").string();
  int status = 0;
  const std::string log = run(std::string("'") + CASEBOOK_BINARY + "' galley '" + (dir / "fields.txt").string() +
                                  "' -o '" + pdf + "' --measure " + std::to_string(measure_mm) + "mm",
                              &status);
  ASSERT_EQ(status, 0) << log;

  const std::string check = run("qpdf --check '" + pdf + "'", &status);
  EXPECT_EQ(status, 0) << check;
  EXPECT_EQ(run("pdffonts '" + pdf + "' 2>&1 >/dev/null"), "");
  const std::string xml = run("pdftotext -enc UTF-8 -bbox-layout '" + pdf + "' -");

  // The galley's column starts 20 mm from the page's left edge.
  const double left = 20 * 72 / 25.4, right = left + measure_mm * 72 / 25.4;
  const std::regex line_rx(R"re(<line xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)"[^>]*>([\s\S]*?)</line>)re");
  const std::regex word_rx(R"re(<word[^>]*>([^<]*)</word>)re");
  std::string extracted;
  int line_count = 0;
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), line_rx); it != std::sregex_iterator(); ++it) {
    const double x_min = std::stod((*it)[1]), x_max = std::stod((*it)[2]);
    const std::string body = (*it)[3];
    std::string text;
    for (auto w = std::sregex_iterator(body.begin(), body.end(), word_rx); w != std::sregex_iterator(); ++w) {
      text += unescape_xml((*w)[1]);
    }
    ++line_count;
    EXPECT_GE(x_min, left - 0.01) << text;
    EXPECT_LE(x_max, right + 0.01) << text;
    std::size_t k = 0;
    const char32_t first = utf8::next(text, k);
    EXPECT_FALSE(jlreq::may_not_start_line(jlreq::classify(first), true)) << "line starts with a forbidden character: " << text;
    extracted += text;
  }
  EXPECT_GT(line_count, 100);
  EXPECT_EQ(squeeze(extracted), squeeze(input));
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Measures, GalleyEndToEnd, testing::Values(80, 40),
                         [](const testing::TestParamInfo<int>& param_info) {
                           return std::to_string(param_info.param) + "mm";
                         });

}  // namespace
}  // namespace casebook
