// End to end: the shipped book set in Noto Sans CJK JP, the kind of font
// most Japanese fonts are (OpenType with CFF outlines, here in .ttc
// collections whose faces the layout picks by index). The shipped A4
// layout with the faces of tests/fixtures/noto/faces.toml builds; every
// font is embedded as a subset CIDFontType0 with a CFF program
// (pdffonts: "CID Type 0C", emb, sub, uni); qpdf --check finds nothing;
// poppler prints no warning; every long field of the 13 records reads back
// from pdftotext as typed (the ToUnicode map is exact); Ghostscript, when
// installed, draws every organization's pages without an error. Skipped
// with a message when fonts-noto-cjk is not installed.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "../support/extracted_text.h"
#include "../support/process.h"
#include "../support/shipped_book.h"


namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::contains;
using testing_support::long_text_blocks;
using testing_support::near;
using testing_support::run;
using testing_support::shipped_casebook;
using testing_support::slurp;
using testing_support::spread_page_range;

const char* const kNotoFiles[] = {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                                  "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
                                  "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"};

class NotoCjk : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    for (const char* f : kNotoFiles) {
      if (!fs::exists(f)) {
        skip_ = std::string(f) + " is absent: install Debian's fonts-noto-cjk (scripts/install-deps does)";
        return;
      }
    }
    dir_ = fs::temp_directory_path() / ("casebook-noto-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    // The A4 layout, its [faces] table (up to the next table) replaced.
    std::string layout = slurp(fs::path(CASEBOOK_SOURCE_DIR) / "layouts/casebook-a4.toml");
    const std::size_t from = layout.find("\n[faces]");
    const std::size_t to = layout.find("\n[", from + 1);
    ASSERT_NE(from, std::string::npos);
    ASSERT_NE(to, std::string::npos);
    layout.replace(from + 1, to - from, slurp(fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/noto/faces.toml"));
    std::ofstream(dir_ / "layout.toml", std::ios::binary) << layout;
    pdf_ = dir_ / "noto.pdf";
    log_ = run(std::string("cd '") + CASEBOOK_SOURCE_DIR + "' && '" + CASEBOOK_BINARY + "' build --layout '" +
                   (dir_ / "layout.toml").string() + "' -o '" + pdf_.string() + "' 2>&1",
               &status_);
  }
  static void TearDownTestSuite() {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  void SetUp() override {
    if (!skip_.empty()) GTEST_SKIP() << skip_;
    ASSERT_EQ(status_, 0) << log_;
  }

  static inline std::string skip_;
  static inline fs::path dir_;
  static inline fs::path pdf_;
  static inline std::string log_;
  static inline int status_ = -1;
};

TEST_F(NotoCjk, TheBookBuildsWithoutAWord) { EXPECT_EQ(log_.find("warning"), std::string::npos) << log_; }

TEST_F(NotoCjk, QpdfFindsNothing) {
  int status = 0;
  const std::string out = run("qpdf --check '" + pdf_.string() + "' 2>&1", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("No syntax or stream encoding errors found"), std::string::npos) << out;
  EXPECT_EQ(out.find("WARNING"), std::string::npos) << out;
}

TEST_F(NotoCjk, EveryFontIsAnEmbeddedSubsetCidFontWithACffProgram) {
  int status = 0;
  const std::string out = run("pdffonts '" + pdf_.string() + "' 2>&1", &status);
  ASSERT_EQ(status, 0) << out;
  // name, type "CID Type 0C", encoding, emb sub uni, object: one line a font.
  const std::regex line(R"(([A-Z]{6})\+(\S+) +CID Type 0C +Identity-H +yes +yes +yes +\d+ +0)");
  std::istringstream lines(out);
  std::string l;
  int fonts = 0, other = 0;
  std::set<std::string> names;
  for (int n = 0; std::getline(lines, l); ++n) {
    if (n < 2) continue;  // the header and its rule
    std::smatch m;
    if (std::regex_match(l, m, line)) {
      ++fonts;
      names.insert(m[2]);
    } else {
      ++other;
      ADD_FAILURE() << "not an embedded CFF subset: " << l;
    }
  }
  EXPECT_EQ(other, 0);
  // The proportional and monospaced JP faces of the collections, regular
  // and bold (the mincho is not used by the book's styles).
  EXPECT_EQ(names, (std::set<std::string>{"NotoSansCJKjp-Regular", "NotoSansCJKjp-Bold", "NotoSansMonoCJKjp-Regular",
                                          "NotoSansMonoCJKjp-Bold"}))
      << out;
}

TEST_F(NotoCjk, EveryLongFieldReadsBackAsTypedWithoutAPopplerWarning) {
  const Casebook book = shipped_casebook();
  int checked = 0;
  for (std::size_t i = 0; i < book.organizations.size(); ++i) {
    const Organization& org = book.organizations[i];
    SCOPED_TRACE(org.path);
    const std::string pages = spread_page_range(pdf_.string(), i);
    const fs::path err = dir_ / "stderr.txt";
    const std::string text =
        run("pdftotext -enc UTF-8 -raw -f " + pages + " '" + pdf_.string() + "' - 2>'" + err.string() + "'");
    EXPECT_EQ(slurp(err), "");  // poppler warns on stderr, e.g. of a broken ToUnicode CMap
    auto expect = [&](const std::string& paragraph) {
      EXPECT_TRUE(contains(text, paragraph)) << "typed:     " << paragraph << "\nextracted: " << near(text, paragraph);
      ++checked;
    };
    for (const std::string& paragraph : long_text_blocks(org)) expect(paragraph);
  }
  EXPECT_GT(checked, 100);
}

TEST_F(NotoCjk, GhostscriptDrawsTheSpreadsWithoutAnError) {
  if (run("command -v gs").empty()) GTEST_SKIP() << "Ghostscript (gs) is not installed";
  // The spreads only: the front matter's blank page vi is an empty content
  // stream, which Ghostscript 10.0 reports ("error reading a stream") in
  // the shipped book too, whatever its fonts.
  const std::string info = run("pdfinfo '" + pdf_.string() + "'");
  const int pages = std::stoi(info.substr(info.find("Pages:") + 6));
  int status = 0;
  const std::string out = run("gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=nullpage -dFirstPage=" +
                                  std::to_string(pages - 25) + " '" + pdf_.string() + "' 2>&1",
                              &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_EQ(out, "");
}

}  // namespace
}  // namespace casebook
