// The print edition (`--edition print`) of the shipped A4 and B5 books,
// read back with qpdf's JSON, pdfinfo, pdffonts and Ghostscript: a PDF/X-4
// file (ISO 15930-7:2010) whose output intent, PDF/X keys, page boxes and
// fonts are what the standard asks, and whose information dictionary and
// XMP packet agree. docs/print-edition.md lists the clauses.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <cctype>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/process.h"
#include "support/shipped_layouts.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::casebook;
using testing_support::run;
using testing_support::slurp;

/// The print edition of one shipped layout, built once per test binary.
struct PrintBook {
  fs::path pdf;
  std::string json;  ///< qpdf --json=2 --json-key=qpdf: every object
  std::string qdf;   ///< qpdf --qdf --object-streams=disable: every stream decompressed
};

const PrintBook& print_book(const std::string& layout) {
  static std::map<std::string, PrintBook> books;
  auto it = books.find(layout);
  if (it != books.end()) return it->second;
  PrintBook b;
  const fs::path dir = fs::temp_directory_path() / ("casebook-print-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  b.pdf = dir / (layout + ".pdf");
  int status = 0;
  const std::string log =
      casebook("build data --layout layouts/" + layout + " --edition print -o '" + b.pdf.string() + "'", &status);
  EXPECT_EQ(status, 0) << log;
  b.json = run("qpdf --json=2 --json-key=qpdf '" + b.pdf.string() + "'");
  const fs::path qdf = dir / (layout + ".qdf");
  run("qpdf --qdf --object-streams=disable '" + b.pdf.string() + "' '" + qdf.string() + "'");
  b.qdf = slurp(qdf);
  return books.emplace(layout, std::move(b)).first->second;
}

/// The objects of qpdf's JSON, one text per object ("obj:12 0 R": {…}).
std::vector<std::string> json_objects(const std::string& json) {
  std::vector<std::string> out;
  std::size_t at = json.find("\"obj:");
  while (at != std::string::npos) {
    const std::size_t next = json.find("\"obj:", at + 1);
    out.push_back(json.substr(at, next == std::string::npos ? std::string::npos : next - at));
    at = next;
  }
  return out;
}

/// The value of `key` in `text` written as qpdf's JSON writes a string
/// ("u:…") or a name ("/…"); "" when absent.
std::string json_value(const std::string& text, const std::string& key) {
  std::smatch m;
  if (!std::regex_search(text, m, std::regex("\"" + key + "\": \"(?:u:)?([^\"]*)\""))) return "";
  return m[1];
}

/// One line of pdfinfo's report, without its label.
std::string pdfinfo(const fs::path& pdf, const std::string& key) {
  const std::string out = run("pdfinfo '" + pdf.string() + "'");
  std::smatch m;
  if (!std::regex_search(out, m, std::regex("(^|\n)" + key + ": *([^\n]*)"))) return "";
  return m[2];
}

/// The text of an XMP element (the first one named `name`) in the packet.
std::string xmp(const fs::path& pdf, const std::string& name) {
  const std::string packet = run("pdfinfo -meta '" + pdf.string() + "'");
  std::smatch m;
  if (!std::regex_search(packet, m, std::regex("<" + name + ">(?:<rdf:[A-Za-z]+>(?:<rdf:li[^>]*>)?)?([^<]*)<"))) return "";
  return m[1];
}

using PrintEdition = testing::TestWithParam<std::string>;

TEST_P(PrintEdition, HasOneGtsPdfxOutputIntentWithAnEmbeddedCmykProfile) {
  const PrintBook& b = print_book(GetParam());
  std::string intent, profile_ref;
  for (const std::string& o : json_objects(b.json)) {
    if (json_value(o, "/S") == "/GTS_PDFX") intent = o;
  }
  ASSERT_FALSE(intent.empty()) << "no /S /GTS_PDFX output intent in\n" << b.json.substr(0, 3000);
  EXPECT_EQ(json_value(intent, "/Type"), "/OutputIntent");
  EXPECT_EQ(json_value(intent, "/OutputConditionIdentifier"), "Custom");
  EXPECT_EQ(json_value(intent, "/OutputCondition"), "Artifex CMYK SWOP Profile (Ghostscript default_cmyk.icc)");
  // The DestOutputProfile is a stream with /N 4 holding the profile file.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(intent, m, std::regex("\"/DestOutputProfile\": \"(\\d+) 0 R\""))) << intent;
  const std::string stream = run("qpdf --show-object=" + m[1].str() + " '" + b.pdf.string() + "'");
  EXPECT_NE(stream.find("/N 4"), std::string::npos) << stream;
  const std::string bytes = run("qpdf --show-object=" + m[1].str() + " --filtered-stream-data '" + b.pdf.string() + "'");
  EXPECT_EQ(bytes, slurp("/usr/share/color/icc/ghostscript/default_cmyk.icc"));
  // The catalog names it: one OutputIntents array.
  EXPECT_NE(b.json.find("\"/OutputIntents\": ["), std::string::npos);
}

TEST_P(PrintEdition, InfoAndXmpStatePdfX4AndAgree) {
  const PrintBook& b = print_book(GetParam());
  EXPECT_EQ(pdfinfo(b.pdf, "PDF subtype"), "PDF/X-4");
  std::string info;
  for (const std::string& o : json_objects(b.json)) {
    if (o.find("\"/GTS_PDFXVersion\"") != std::string::npos) info = o;
  }
  ASSERT_FALSE(info.empty());
  EXPECT_EQ(json_value(info, "/GTS_PDFXVersion"), "PDF/X-4");
  EXPECT_EQ(json_value(info, "/Trapped"), "/False");  // a name, never /Unknown (ISO 15930-7 6.7.5)
  EXPECT_EQ(xmp(b.pdf, "pdfxid:GTS_PDFXVersion"), "PDF/X-4");
  EXPECT_EQ(xmp(b.pdf, "pdf:Trapped"), "False");
  EXPECT_EQ(xmp(b.pdf, "pdf:Producer"), pdfinfo(b.pdf, "Producer"));
  EXPECT_EQ(xmp(b.pdf, "dc:title"), pdfinfo(b.pdf, "Title"));
  EXPECT_FALSE(pdfinfo(b.pdf, "Title").empty());
  // Info's dates (D:20250301000000Z00'00', UTC) and XMP's (2025-03-01T00:00:00Z).
  const std::string created = json_value(info, "/CreationDate"), modified = json_value(info, "/ModDate");
  ASSERT_GE(created.size(), 17u) << created;
  EXPECT_EQ(created[16], 'Z') << created;
  const std::string iso = created.substr(2, 4) + "-" + created.substr(6, 2) + "-" + created.substr(8, 2) + "T" +
                          created.substr(10, 2) + ":" + created.substr(12, 2) + ":" + created.substr(14, 2) + "Z";
  EXPECT_EQ(xmp(b.pdf, "xmp:CreateDate"), iso);
  EXPECT_EQ(xmp(b.pdf, "xmp:ModifyDate"), iso);
  EXPECT_EQ(modified, created);
  EXPECT_TRUE(xmp(b.pdf, "xmpMM:DocumentID").starts_with("uuid:"));
}

TEST_P(PrintEdition, EveryPageHasATrimBoxInsideItsMediaBox) {
  const PrintBook& b = print_book(GetParam());
  int pages = 0;
  for (const std::string& o : json_objects(b.json)) {
    if (json_value(o, "/Type") != "/Page") continue;
    ++pages;
    EXPECT_NE(o.find("\"/TrimBox\": ["), std::string::npos) << o;  // ISO 15930-7 6.2.3
  }
  EXPECT_EQ(std::to_string(pages), pdfinfo(b.pdf, "Pages"));
}

TEST_P(PrintEdition, EveryFontIsEmbedded) {
  const PrintBook& b = print_book(GetParam());
  int status = 0;
  const std::string fonts = run("pdffonts '" + b.pdf.string() + "' 2>&1", &status);
  ASSERT_EQ(status, 0) << fonts;
  int rows = 0;
  std::istringstream lines(fonts);
  std::string line;
  for (int n = 0; std::getline(lines, line); ++n) {
    if (n < 2) continue;  // the header and its rule
    ++rows;
    // name type encoding emb sub uni object ID: "emb" is the fourth column from the end but two.
    EXPECT_TRUE(std::regex_search(line, std::regex(" yes +(yes|no) +(yes|no) +\\d+ +\\d+$"))) << line;
  }
  EXPECT_GT(rows, 0) << fonts;
}

/// The page content streams of a QDF file (qpdf writes "%% Contents for
/// page N" before each), decompressed.
std::vector<std::string> content_streams(const std::string& qdf) {
  std::vector<std::string> out;
  for (std::size_t at = qdf.find("%% Contents for page"); at != std::string::npos;
       at = qdf.find("%% Contents for page", at + 1)) {
    const std::size_t begin = qdf.find("stream\n", at);
    const std::size_t end = qdf.find("\nendstream", begin);
    if (begin == std::string::npos || end == std::string::npos) break;
    out.push_back(qdf.substr(begin + 7, end - begin - 7));
  }
  return out;
}

/// The fill colour in force at each text-showing operator (Tj, TJ, ', ")
/// of `content`, as written ("0 0 0 1 k"), following q/Q.
std::vector<std::string> text_fill_colours(const std::string& content) {
  std::vector<std::string> out, stack, operands;
  std::string fill = "(initial)";
  std::istringstream in(content);
  std::string token;
  while (in >> token) {
    if (token == "q") {
      stack.push_back(fill);
    } else if (token == "Q") {
      if (!stack.empty()) fill = stack.back(), stack.pop_back();
    } else if (token == "k" || token == "rg" || token == "g" || token == "sc" || token == "scn") {
      std::string c;
      const std::size_t n = token == "k" ? 4 : token == "rg" ? 3 : token == "g" ? 1 : operands.size();
      for (std::size_t i = operands.size() >= n ? operands.size() - n : 0; i < operands.size(); ++i) c += operands[i] + " ";
      fill = c + token;
    } else if (token == "Tj" || token == "TJ" || token == "'" || token == "\"") {
      out.push_back(fill);
    }
    const bool number = !token.empty() && (std::isdigit(static_cast<unsigned char>(token[0])) || token[0] == '-' || token[0] == '.');
    if (number) operands.push_back(token);
    else operands.clear();
  }
  return out;
}

TEST_P(PrintEdition, NoRgbInAnyContentStreamImageOrAnnotation) {
  const PrintBook& b = print_book(GetParam());
  const auto streams = content_streams(b.qdf);
  ASSERT_EQ(std::to_string(streams.size()), pdfinfo(b.pdf, "Pages"));
  for (std::size_t i = 0; i < streams.size(); ++i) {
    EXPECT_FALSE(std::regex_search(streams[i], std::regex("(^|\\s)(rg|RG)(\\s|$)"))) << "page " << i + 1;
    EXPECT_EQ(streams[i].find("/DeviceRGB"), std::string::npos) << "page " << i + 1;
  }
  // Rules and frames are stroked in DeviceCMYK (K), as many as the web
  // edition strokes in RGB.
  std::size_t strokes = 0;
  const std::regex stroke_cmyk("(^|\\s)K(\\s|$)");
  for (const std::string& s : streams) {
    strokes += static_cast<std::size_t>(std::distance(std::sregex_iterator(s.begin(), s.end(), stroke_cmyk), std::sregex_iterator()));
  }
  EXPECT_GT(strokes, 100u);
  // No object names DeviceRGB: not an image, a colour space or a shading;
  // and the print edition has no annotations at all.
  EXPECT_EQ(b.qdf.find("/DeviceRGB"), std::string::npos);
  EXPECT_EQ(b.qdf.find("/Annots"), std::string::npos);
}

TEST_P(PrintEdition, BlackTextIsPureKNeverRichBlack) {
  const PrintBook& b = print_book(GetParam());
  // The web edition of the same layout says which text is black.
  const fs::path web = b.pdf.parent_path() / (GetParam() + "-web.pdf");
  const fs::path web_qdf = b.pdf.parent_path() / (GetParam() + "-web.qdf");
  int status = 0;
  casebook("build data --layout layouts/" + GetParam() + " -o '" + web.string() + "'", &status);
  ASSERT_EQ(status, 0);
  run("qpdf --qdf --object-streams=disable '" + web.string() + "' '" + web_qdf.string() + "'");
  std::size_t web_black = 0, print_k = 0, text = 0;
  for (const std::string& s : content_streams(slurp(web_qdf))) {
    for (const std::string& c : text_fill_colours(s)) web_black += c == "0 0 0 rg" ? 1 : 0;
  }
  for (const std::string& s : content_streams(b.qdf)) {
    for (const std::string& c : text_fill_colours(s)) {
      ++text;
      print_k += c == "0 0 0 1 k" ? 1 : 0;
      EXPECT_TRUE(c.ends_with(" k")) << "text in " << c << ", not DeviceCMYK";
      // Rich black: K at 100 % with any C, M or Y under it.
      double cyan = 0, magenta = 0, yellow = 0, black = 0;
      std::istringstream(c) >> cyan >> magenta >> yellow >> black;
      if (black >= 1) {
        EXPECT_EQ(cyan + magenta + yellow, 0) << "rich black text: " << c;
      }
    }
  }
  EXPECT_GT(web_black, 1000u);
  EXPECT_EQ(print_k, web_black) << "of " << text << " text-showing operators";
}

/// The four numbers of page box `key` in one page object of qpdf's JSON.
std::vector<double> json_box(const std::string& page, const std::string& key) {
  std::vector<double> out;
  const std::size_t at = page.find("\"" + key + "\": [");
  if (at == std::string::npos) return out;
  std::istringstream numbers(page.substr(page.find('[', at) + 1, page.find(']', at) - page.find('[', at) - 1));
  std::string n;
  while (std::getline(numbers, n, ',')) out.push_back(std::stod(n));
  return out;
}

// ISO 15930-7 6.2.3: with bleed, every page has a BleedBox, and
// MediaBox ⊇ BleedBox ⊇ TrimBox.
TEST_P(PrintEdition, WithBleedEveryPageHasABleedBoxBetweenMediaAndTrim) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-print-bleed-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string layout = slurp(fs::path(CASEBOOK_SOURCE_DIR) / "layouts" / GetParam());
  layout.replace(layout.find("bleed = \"0mm\""), 13, "bleed = \"3mm\"");
  layout = std::regex_replace(layout, std::regex("\"\\.\\./fonts/"), "\"" + std::string(CASEBOOK_SOURCE_DIR) + "/fonts/");
  std::ofstream(dir / "layout.toml") << layout;
  const fs::path pdf = dir / "bleed.pdf";
  int status = 0;
  const std::string log = casebook("build data --layout '" + (dir / "layout.toml").string() + "' --edition print -o '" +
                                       pdf.string() + "'",
                                   &status);
  ASSERT_EQ(status, 0) << log;
  int pages = 0;
  for (const std::string& o : json_objects(run("qpdf --json=2 --json-key=qpdf '" + pdf.string() + "'"))) {
    if (json_value(o, "/Type") != "/Page") continue;
    ++pages;
    const auto media = json_box(o, "/MediaBox"), bleed = json_box(o, "/BleedBox"), trim = json_box(o, "/TrimBox");
    ASSERT_EQ(media.size(), 4u) << o;
    ASSERT_EQ(bleed.size(), 4u) << o;
    ASSERT_EQ(trim.size(), 4u) << o;
    EXPECT_LE(media[0], bleed[0]);
    EXPECT_LE(media[1], bleed[1]);
    EXPECT_GE(media[2], bleed[2]);
    EXPECT_GE(media[3], bleed[3]);
    EXPECT_NEAR(trim[0] - bleed[0], 3 * 72 / 25.4, 0.01);  // 3 mm of bleed on each side
    EXPECT_NEAR(bleed[2] - trim[2], 3 * 72 / 25.4, 0.01);
    EXPECT_NEAR(trim[1] - bleed[1], 3 * 72 / 25.4, 0.01);
    EXPECT_NEAR(bleed[3] - trim[3], 3 * 72 / 25.4, 0.01);
  }
  EXPECT_GT(pages, 0);
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(ShippedLayouts, PrintEdition, testing_support::shipped_layouts(),
                         testing_support::layout_name);

}  // namespace
}  // namespace casebook
