// End to end: running text is set in a composite font (合成フォント,
// text/composite.h), read back from the book's PDF in both layouts. The
// fixed-pitch BIZ UDGothic draws no Latin letter (before, 「NPO」, 「LINE」
// and every URL came out in its typewriter half-em); the proportional BIZ
// UDPGothic draws them (pdffonts lists both faces); and a justified line
// holding Latin words still ends on the measure, so the widths the layout
// measured are the widths the PDF gives (07's URL is as wide as the text
// stage sets it in the proportional face).

#include <unistd.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "support/process.h"
#include "support/shipped_book.h"
#include "support/shipped_layouts.h"

#include "text/compose.h"
#include "text/face.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::build_shipped_book;
using testing_support::run;
using testing_support::slurp;

/// The ASCII letters each embedded face's ToUnicode map gives out, by the
/// face's name without its subset tag ("BIZUDGothic-Regular").
std::map<std::string, std::set<char>> letters_by_face(const std::string& qdf) {
  // Each object's text, by its number.
  // (Cut by hand: std::regex recurses per character and would overflow
  // the stack on a stream's worth of text.)
  std::map<std::string, std::string> objects;
  for (std::size_t at = qdf.find(" 0 obj\n"); at != std::string::npos; at = qdf.find(" 0 obj\n", at + 1)) {
    const std::size_t start = qdf.rfind('\n', at) + 1;
    const std::size_t end = qdf.find("\nendobj", at);
    if (end == std::string::npos) break;
    objects[qdf.substr(start, at - start)] = qdf.substr(at + 7, end - at - 7);
  }
  std::map<std::string, std::set<char>> out;
  const std::regex entry_re(R"re(<[0-9A-F]{4}> <([0-9A-F]+)>)re");
  for (const auto& [number, body] : objects) {
    // A Type0 font: /BaseFont /ABCDEF+Name, /ToUnicode N 0 R.
    const std::size_t base = body.find("/BaseFont /"), map = body.find("/ToUnicode ");
    if (body.find("/Subtype /Type0") == std::string::npos || base == std::string::npos || map == std::string::npos) {
      continue;
    }
    const std::size_t name = body.find('+', base) + 1;
    const std::string face = body.substr(name, body.find_first_of(" \n", name) - name);
    std::set<char>& letters = out[face];
    const auto found = objects.find(body.substr(map + 11, body.find(' ', map + 11) - map - 11));
    if (found == objects.end()) continue;
    const std::string& cmap = found->second;
    for (auto it = std::sregex_iterator(cmap.begin(), cmap.end(), entry_re); it != std::sregex_iterator(); ++it) {
      const std::string units = (*it)[1];
      for (std::size_t i = 0; i + 4 <= units.size(); i += 4) {
        const unsigned u = std::stoul(units.substr(i, 4), nullptr, 16);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')) letters.insert(static_cast<char>(u));
      }
    }
  }
  return out;
}

class CompositeFont : public testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("casebook-composite-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    pdf_ = (dir_ / "book.pdf").string();
    int status = 0;
    const std::string log = build_shipped_book(GetParam(), pdf_, &status);
    ASSERT_EQ(status, 0) << log;
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
  std::string pdf_;
};

TEST_P(CompositeFont, LatinLettersAreDrawnByTheProportionalFaceNotTheFixedOne) {
  int status = 0;
  run("qpdf --qdf --object-streams=disable '" + pdf_ + "' '" + (dir_ / "book.qdf").string() + "' 2>&1", &status);
  ASSERT_EQ(status, 0);
  const auto letters = letters_by_face(slurp(dir_ / "book.qdf"));
  ASSERT_TRUE(letters.count("BIZUDGothic-Regular")) << "the fixed face sets the running text";
  ASSERT_TRUE(letters.count("BIZUDPGothic-Regular"));
  EXPECT_EQ(letters.at("BIZUDGothic-Regular"), std::set<char>{});
  if (letters.count("BIZUDGothic-Bold")) {
    EXPECT_EQ(letters.at("BIZUDGothic-Bold"), std::set<char>{});
  }
  // Running text's Latin: 「LINE」, 「NPO」, 「TEDIC」 and the URLs.
  for (char c : std::string("LINENPOTEDIChtpswfacebook")) EXPECT_TRUE(letters.at("BIZUDPGothic-Regular").count(c)) << c;
  const std::string fonts = run("pdffonts '" + pdf_ + "'");
  EXPECT_NE(fonts.find("BIZUDPGothic-Regular"), std::string::npos) << fonts;
}

TEST_P(CompositeFont, LatinWordsAreAsWideInThePdfAsTheLayoutMeasuredThem) {
  const std::string xml = run("pdftotext -enc UTF-8 -bbox-layout '" + pdf_ + "' -");
  // 07's website, a word of its own: as wide as the text stage sets it in
  // BIZ UDPGothic at the word's size (its box's height), not the fixed
  // face's 55 half ems.
  const std::regex url_re(
      R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">(https://www.facebook.com/profile[^<]*)</word>)re");
  std::smatch url;
  ASSERT_TRUE(std::regex_search(xml, url, url_re));
  const double width = std::stod(url[3]) - std::stod(url[1]);
  const double size = std::stod(url[4]) - std::stod(url[2]);
  std::string error;
  const auto face = Face::load(std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPGothic-Regular.ttf", error);
  ASSERT_TRUE(face) << error;
  ParagraphOptions options;
  options.measure = pt(1000);
  Diagnostics diags;
  const SetParagraph set =
      set_paragraph({TextRun{url[5], TextStyle{face.get(), pt(size), {"-liga"}, nullptr}, {}}}, options, diags);
  ASSERT_EQ(set.lines.size(), 1u);
  EXPECT_NEAR(width, to_pt(set.lines.front().width), 0.02) << url[5];

  // 07's partners (「連携・協力いただいた団体」): the paragraph's lines with
  // TEDIC, KANGAROOM, Face the Fish and RAINBOW, when not its last, end
  // where its first line (all Japanese) ends: justified to the measure
  // with the widths the PDF gives.
  const std::regex line_re(R"re(<line xMin="[0-9.]+" yMin="[0-9.]+" xMax="([0-9.]+)"[^>]*>([\s\S]*?)</line>)re");
  const std::regex word_re(R"re(<word[^>]*>([^<]*)</word>)re");
  const std::regex latin_re("TEDIC|KANGAROOM|Fish|RAINBOW");
  double first_end = -1;
  int checked = 0;
  std::string previous;
  double previous_end = 0;
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), line_re); it != std::sregex_iterator(); ++it) {
    const std::string body = (*it)[2];
    std::string text;
    for (auto w = std::sregex_iterator(body.begin(), body.end(), word_re); w != std::sregex_iterator(); ++w) {
      text += (*w)[1].str();
    }
    const double end = std::stod((*it)[1]);
    if (text.starts_with("石巻市学びサポートセンター")) first_end = end;
    // A line is checked once the next one shows it was not the last.
    if (first_end > 0 && !previous.empty() && std::regex_search(previous, latin_re)) {
      EXPECT_NEAR(previous_end, first_end, 0.05) << previous;
      ++checked;
    }
    if (first_end > 0 && text.find("仙台在住") != std::string::npos) break;
    previous = text;
    previous_end = end;
  }
  EXPECT_GT(first_end, 0);
  EXPECT_GE(checked, 2);
}

INSTANTIATE_TEST_SUITE_P(Layouts, CompositeFont, testing_support::shipped_layouts(), testing_support::layout_name);

}  // namespace
}  // namespace casebook
