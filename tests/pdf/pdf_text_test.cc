// The PDF stage's text layer, read back with the tools a reader's viewer
// stands for: every glyph shaped by HarfBuzz is written at the x the layout
// asked for (pdftotext -bbox, within 0.01 pt), with its exact /W width, and
// extracts to the characters it stands for — 𠮟 above U+FFFF, か+゛ composed
// by the shaper, ゆ+゛ kept as base and mark, the fi and fl ligatures. pdffonts,
// pdftotext and qpdf must accept the file without a word; the same input
// gives the same bytes; a subset face stays small.

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <hb.h>

#include "../support/process.h"

#include "base/length.h"
#include "base/utf8.h"
#include "layout/frame.h"
#include "pdf/write_pdf.h"
#include "text/face.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::nonempty_lines;
using testing_support::run;
using testing_support::slurp;

const std::string kFontPath = std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPGothic-Regular.ttf";

/// HarfBuzz over the font file at one unit per font unit, so advances are
/// exact integers in font units.
class Shaper {
 public:
  Shaper() {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(kFontPath.c_str());
    face_ = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    font_ = hb_font_create(face_);
    upem_ = static_cast<int>(hb_face_get_upem(face_));
    hb_font_set_scale(font_, upem_, upem_);
  }
  ~Shaper() {
    hb_font_destroy(font_);
    hb_face_destroy(face_);
  }
  Shaper(const Shaper&) = delete;
  Shaper& operator=(const Shaper&) = delete;

  struct Glyph {
    std::uint32_t gid;
    int advance;       ///< font units
    int x_offset;      ///< font units
    std::string text;  ///< the cluster's text on its first glyph, else empty
  };

  /// Shapes `text` as Japanese with the default features (liga included)
  /// and HarfBuzz's default grapheme clusters, as the text stage does: a
  /// mark joins its base's cluster.
  std::vector<Glyph> shape(const std::string& text) const {
    hb_buffer_t* buf = hb_buffer_create();
    hb_buffer_add_utf8(buf, text.data(), static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
    hb_buffer_guess_segment_properties(buf);
    hb_buffer_set_language(buf, hb_language_from_string("ja", -1));
    hb_shape(font_, buf, nullptr, 0);
    unsigned n = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, nullptr);
    std::vector<Glyph> out;
    for (unsigned i = 0; i < n; ++i) {
      const bool first = i == 0 || info[i - 1].cluster != info[i].cluster;
      std::size_t end = text.size();
      for (unsigned j = i + 1; j < n; ++j) {
        if (info[j].cluster != info[i].cluster) {
          end = info[j].cluster;
          break;
        }
      }
      out.push_back({info[i].codepoint, pos[i].x_advance, pos[i].x_offset,
                     first ? text.substr(info[i].cluster, end - info[i].cluster) : std::string()});
    }
    hb_buffer_destroy(buf);
    return out;
  }

  /// The glyph's advance in the font's hmtx, font units: what /W says,
  /// whatever the shaper did to it (marks get 0 advance in the run).
  int width(std::uint32_t gid) const { return hb_font_get_glyph_h_advance(font_, gid); }

  /// The glyph for `c`, or 0 when the font has none.
  std::uint32_t glyph_of(char32_t c) const {
    hb_codepoint_t g = 0;
    return hb_font_get_nominal_glyph(font_, c, &g) ? g : 0;
  }

  int upem() const { return upem_; }

 private:
  hb_face_t* face_ = nullptr;
  hb_font_t* font_ = nullptr;
  int upem_ = 1000;
};

/// Where a glyph was asked to go, in PDF user space (points, y up).
struct Expected {
  int page = 1;          ///< from 1, as pdftotext counts
  std::size_t line = 0;  ///< index into Sheet::lines()
  std::string text;  ///< empty for the 2nd and later glyphs of a cluster
  double x = 0, width = 0;
};

/// Builds test pages and remembers what each line and glyph should read back as.
class Sheet {
 public:
  Sheet(const Shaper& shaper, const Face& face) : shaper_(shaper), face_(face) {}

  static constexpr double kPageWidth = 595, kPageHeight = 842;

  /// A line of `text` at `size` pt starting at (x, baseline from the top),
  /// every cluster `tracking` pt further right than the one before on top
  /// of its advance (a justified line when small, separate words when
  /// large). With `typed_spaces`, every cluster is followed by a space in
  /// the text (as words separated by spaces the data typed); without, the
  /// tracking is spacing only, as the JLREQ spaces after 、 or around ・.
  void line(const std::string& text, double size, double x, double baseline, double tracking = 0,
            bool typed_spaces = false) {
    TextLine t;
    t.x = pt(x);
    t.baseline = pt(baseline);
    double pen = 0;
    for (const Shaper::Glyph& g : shaper_.shape(text)) {
      if (!g.text.empty() && !t.line.glyphs.empty()) {
        pen += tracking;
        t.line.glyphs.back().space_after = typed_spaces;
      }
      PlacedGlyph p;
      p.gid = g.gid;
      p.face = &face_;
      p.size = pt(size);
      p.x = pt(pen + g.x_offset * size / shaper_.upem());
      p.text = g.text;
      t.line.glyphs.push_back(p);
      glyphs_.push_back({static_cast<int>(pages_.size()) + 1, lines_.size(), g.text, to_pt(t.x + p.x),
                         shaper_.width(g.gid) * size / shaper_.upem()});
      gids_.insert(g.gid);
      pen += g.advance * size / shaper_.upem();
    }
    page_.root.lines.push_back(t);
    lines_.push_back(text);
  }

  /// Ends the current page.
  void next_page() {
    page_.width = pt(kPageWidth);
    page_.height = pt(kPageHeight);
    pages_.push_back(page_);
    page_ = Page{};
  }

  const std::vector<Page>& pages() const { return pages_; }
  const std::vector<std::string>& lines() const { return lines_; }
  const std::vector<Expected>& glyphs() const { return glyphs_; }
  std::size_t distinct_glyphs() const { return gids_.size(); }

 private:
  const Shaper& shaper_;
  const Face& face_;
  Page page_;
  std::vector<Page> pages_;
  std::vector<std::string> lines_;
  std::vector<Expected> glyphs_;
  std::set<std::uint32_t> gids_;
};

/// The words of `pdftotext -bbox` for page `page`: text, xMin, xMax.
struct Word {
  std::string text;
  double x_min = 0, x_max = 0;
};

std::string unescape_xml(std::string s) {
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"},
                                 {"&quot;", "\""}, {"&apos;", "'"}}) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
      s.replace(at, from.size(), to);
    }
  }
  return s;
}

std::vector<Word> bbox_words(const std::string& pdf, int page) {
  const std::string p = std::to_string(page);
  const std::string xml = run("pdftotext -enc UTF-8 -bbox -f " + p + " -l " + p + " '" + pdf + "' -");
  const std::regex word_rx(R"re(<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>)re");
  std::vector<Word> words;
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), word_rx); it != std::sregex_iterator(); ++it) {
    words.push_back({unescape_xml((*it)[3]), std::stod((*it)[1]), std::stod((*it)[2])});
  }
  return words;
}

/// The non-empty lines of pdftotext's plain output for page `page`.
std::vector<std::string> text_lines(const std::string& pdf, int page) {
  const std::string p = std::to_string(page);
  const std::string text = run("pdftotext -enc UTF-8 -f " + p + " -l " + p + " '" + pdf + "' -");
  return nonempty_lines(text);
}

class PdfText : public testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    face_ = Face::load(kFontPath, error);
    ASSERT_TRUE(face_) << error;
    dir_ = fs::temp_directory_path() / ("casebook-pdf-test-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  /// Page 1: one line per case, at body size. Page 2: the glyphs of a mixed
  /// line spread apart by an odd fractional amount, so that pdftotext makes
  /// each glyph a word of its own and shows where each one landed.
  void set_cases(Sheet& sheet) {
    sheet.line("判例集の組版：日本語の本文、「括弧」と句読点。", 10.5, 72, 100);
    sheet.line("Latin text with office, fine and flow.", 10.5, 72, 120);
    sheet.line("𠮟責と叱責、𠮟る", 10.5, 72, 140);
    sheet.line("か\u3099き\u3099ゆ\u3099", 10.5, 72, 160);
    // A justified line: 0.173 pt added after every glyph; no drift allowed.
    sheet.line("最高裁判所第三小法廷判決（令和五年）", 10.5, 72.25, 180, 0.173);
    sheet.next_page();
    sheet.line("位置ABC𠮟あ、fiゆ\u3099", 9.75, 100.125, 100, 7.3, true);
    sheet.next_page();
  }

  std::string write(const Sheet& sheet, const std::string& name) {
    const std::string path = (dir_ / name).string();
    pdf::write_pdf(sheet.pages(), path, pdf::PdfInfo{});
    return path;
  }

  Shaper shaper_;
  std::unique_ptr<Face> face_;
  fs::path dir_;
};

TEST_F(PdfText, ShaperMakesTheCasesThisTestIsAbout) {
  // The ligature and the mark cases only prove something if HarfBuzz
  // really turns several characters into one glyph, or one into two.
  // The face has fi and fl ligatures but no ffi: "office" is o f fi c e.
  const auto office = shaper_.shape("office");
  ASSERT_EQ(office.size(), 5u);
  EXPECT_EQ(office[2].text, "fi");
  const auto flow = shaper_.shape("flow");
  ASSERT_EQ(flow.size(), 3u) << "no fl ligature";
  EXPECT_EQ(flow[0].text, "fl");
  const auto ga = shaper_.shape("か\u3099");
  ASSERT_EQ(ga.size(), 1u) << "か+゛ not composed";
  EXPECT_EQ(ga[0].gid, shaper_.glyph_of(U'が'));
  const auto yu = shaper_.shape("ゆ\u3099");
  ASSERT_EQ(yu.size(), 2u);
  EXPECT_EQ(yu[0].text, "ゆ\u3099");
  EXPECT_EQ(yu[1].text, "");
  EXPECT_NE(shaper_.glyph_of(U'\U00020B9F'), 0u);
}

TEST_F(PdfText, ExtractsTheInputTextOfEveryLine) {
  Sheet sheet(shaper_, *face_);
  set_cases(sheet);
  const std::string pdf = write(sheet, "cases.pdf");
  const std::vector<std::string> want(sheet.lines().begin(), sheet.lines().end() - 1);
  EXPECT_EQ(text_lines(pdf, 1), want);
  // Page 2's glyphs stand apart; read together they are still the text.
  std::string joined;
  for (const Word& w : bbox_words(pdf, 2)) joined += w.text;
  EXPECT_EQ(joined, sheet.lines().back());
}

TEST_F(PdfText, EveryGlyphLandsWhereTheLayoutPutIt) {
  Sheet sheet(shaper_, *face_);
  set_cases(sheet);
  const std::string pdf = write(sheet, "cases.pdf");
  // Page 2: one word per cluster, in order; its left edge is the origin of
  // the cluster's first glyph and its width that glyph's exact /W width.
  // (A glyph that stands for no text, like the mark after ゆ, is invisible
  // to pdftotext; it is placed by the same TJ arithmetic.)
  std::vector<Expected> clusters;
  for (const Expected& e : sheet.glyphs()) {
    if (e.page == 2 && !e.text.empty()) clusters.push_back(e);
  }
  const std::vector<Word> words = bbox_words(pdf, 2);
  ASSERT_EQ(words.size(), clusters.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(words[i].text, clusters[i].text) << i;
    EXPECT_NEAR(words[i].x_min, clusters[i].x, 0.01) << clusters[i].text;
    EXPECT_NEAR(words[i].x_max, clusters[i].x + clusters[i].width, 0.01) << clusters[i].text;
  }
  // Page 1's justified line (the 5th): it is one word, so its right end is
  // where the last glyph was put plus that glyph's advance.
  const std::vector<Word> line = bbox_words(pdf, 1);
  const auto justified = std::find_if(line.begin(), line.end(), [](const Word& w) {
    return w.text.starts_with("最高裁判所");
  });
  ASSERT_NE(justified, line.end());
  EXPECT_EQ(justified->text, "最高裁判所第三小法廷判決（令和五年）");
  std::vector<Expected> last_line;
  for (const Expected& e : sheet.glyphs()) {
    if (e.line == 4) last_line.push_back(e);
  }
  ASSERT_FALSE(last_line.empty());
  EXPECT_NEAR(justified->x_min, 72.25, 0.01);
  EXPECT_NEAR(justified->x_max, last_line.back().x + last_line.back().width, 0.01);
}

/// pdftotext's text of page 1, with `mode` ("" or "-raw"), lines joined.
std::string page_text(const std::string& pdf, const std::string& mode) {
  std::string text = run("pdftotext -enc UTF-8 " + mode + " -f 1 -l 1 '" + pdf + "' -");
  std::erase_if(text, [](char c) { return c == '\n' || c == '\f'; });
  return text;
}

TEST_F(PdfText, SpacingWhereNoSpaceWasTypedExtractsAsNothing) {
  // Gaps of 0.4 em after every cluster (more than any extractor's word
  // space), as JLREQ spacing makes after 、 and around ・, and overlaps
  // of 0.3 em, as two squeezed marks make: copied, the text is the text.
  for (const double tracking : {4.2, -3.15}) {
    SCOPED_TRACE(tracking);
    Sheet sheet(shaper_, *face_);
    sheet.line("孤独・孤立、「居場所」。NPO等", 10.5, 72, 100, tracking);
    sheet.next_page();
    const std::string pdf = write(sheet, "gaps.pdf");
    EXPECT_EQ(page_text(pdf, ""), "孤独・孤立、「居場所」。NPO等");
    EXPECT_EQ(page_text(pdf, "-raw"), "孤独・孤立、「居場所」。NPO等");
  }
}

TEST_F(PdfText, ATypedSpaceExtractsAsASpaceHoweverNarrow) {
  // Word spaces the data typed, set 0.4 em and 0.1 em wide (a justified
  // line may shrink one to ⅛ em, which poppler's -raw mode does not see).
  for (const double tracking : {4.2, 1.05}) {
    SCOPED_TRACE(tracking);
    Sheet sheet(shaper_, *face_);
    sheet.line("abc", 10.5, 72, 100, tracking, true);
    sheet.next_page();
    const std::string pdf = write(sheet, "spaces.pdf");
    EXPECT_EQ(page_text(pdf, ""), "a b c");
    EXPECT_EQ(page_text(pdf, "-raw"), "a b c");
  }
}

TEST_F(PdfText, ToolsAcceptTheFileWithoutAWord) {
  Sheet sheet(shaper_, *face_);
  set_cases(sheet);
  const std::string pdf = write(sheet, "cases.pdf");
  int status = -1;
  const std::string fonts = run("pdffonts '" + pdf + "' 2>&1", &status);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(run("pdffonts '" + pdf + "' 2>&1 >/dev/null"), "");
  // name                                 type          encoding     emb sub uni object ID
  // ------------------------------------ ------------- ------------ --- --- --- ---------
  // ABCDEF+BIZUDPGothic-Regular          CID TrueType  Identity-H   yes yes yes      7  0
  const std::regex row(R"re(\n[A-Z]{6}\+BIZUDPGothic-Regular +CID TrueType +Identity-H +yes +yes +yes +\d+ +0\n)re");
  EXPECT_TRUE(std::regex_search(fonts, row)) << fonts;
  EXPECT_EQ(std::count(fonts.begin(), fonts.end(), '\n'), 3) << "one font expected:\n" << fonts;
  EXPECT_EQ(run("pdftotext -enc UTF-8 '" + pdf + "' /dev/null 2>&1"), "");
  EXPECT_EQ(run("pdftotext -enc UTF-8 -bbox '" + pdf + "' /dev/null 2>&1"), "");
  const std::string check = run("qpdf --check '" + pdf + "' 2>&1", &status);
  EXPECT_EQ(status, 0) << check;
  EXPECT_NE(check.find("No syntax or stream encoding errors found"), std::string::npos) << check;
}

TEST_F(PdfText, SameInputSameBytes) {
  Sheet sheet(shaper_, *face_);
  set_cases(sheet);
  const std::string a = write(sheet, "a.pdf");
  const std::string b = write(sheet, "b.pdf");
  EXPECT_EQ(slurp(a), slurp(b));
}

TEST_F(PdfText, SubsetFacesAreSmall) {
  // ~50 glyphs: the cases above.
  Sheet small(shaper_, *face_);
  set_cases(small);
  const auto small_bytes = fs::file_size(write(small, "small.pdf"));

  // ~500 glyphs: the first 500 CJK ideographs the face has, 25 a line.
  Sheet large(shaper_, *face_);
  std::string line;
  int count = 0, lines = 0;
  for (char32_t c = 0x4E00; count < 500; ++c) {
    if (!shaper_.glyph_of(c)) continue;
    utf8::append(line, c);
    if (++count % 25 == 0) {
      large.line(line, 10, 72, 72 + 14.0 * lines++);
      line.clear();
    }
  }
  large.next_page();
  const auto large_bytes = fs::file_size(write(large, "large.pdf"));

  std::printf("[ sizes    ] 1 face x %zu glyphs: %ju bytes; 1 face x %zu glyphs: %ju bytes\n", small.distinct_glyphs(),
              static_cast<std::uintmax_t>(small_bytes), large.distinct_glyphs(),
              static_cast<std::uintmax_t>(large_bytes));
  RecordProperty("small_pdf_bytes", static_cast<int>(small_bytes));
  RecordProperty("large_pdf_bytes", static_cast<int>(large_bytes));
  EXPECT_GE(small.distinct_glyphs(), 40u);
  EXPECT_LT(small_bytes, 50u * 1024);
  EXPECT_EQ(large.distinct_glyphs(), 500u);
  EXPECT_LT(large_bytes, 150u * 1024);
}

}  // namespace
}  // namespace casebook
