// casebook lint on fixtures: each finding kind on an overlay of
// tests/fixtures/base that has it (tests/fixtures/lint/<kind>/), with the
// exact expected output in expected.txt; `clean` has none. Regenerate with
// CASEBOOK_UPDATE_GOLDEN=1 and review the diff.

#include <sys/wait.h>

#include <chrono>
#include <thread>

#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "base/diagnostic.h"
#include "layout/frame.h"
#include "proof/findings.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures";

std::string run(const std::string& command, int* status) {
  FILE* pipe = popen(command.c_str(), "r");
  std::string out;
  std::array<char, 4096> buffer;
  while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
  const int s = pclose(pipe);
  *status = WIFEXITED(s) ? WEXITSTATUS(s) : -1;
  return out;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path materialize(const std::string& name) {
  const fs::path data = fs::temp_directory_path() / ("casebook-lint-" + name + "-" + std::to_string(::getpid())) / "data";
  fs::remove_all(data.parent_path());
  fs::create_directories(data);
  fs::copy(kFixtures / "base", data, fs::copy_options::recursive);
  const fs::path overlay = kFixtures / "lint" / name;
  for (const auto& e : fs::recursive_directory_iterator(overlay)) {
    const fs::path rel = fs::relative(e.path(), overlay);
    if (rel == "expected.txt") continue;
    if (e.is_directory()) {
      fs::create_directories(data / rel);
    } else {
      fs::copy_file(e.path(), data / rel, fs::copy_options::overwrite_existing);
    }
  }
  return data;
}

std::vector<std::string> fixture_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(kFixtures / "lint")) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

/// `casebook lint` in the one-line message format the fixtures are written
/// in (the default human format adds each finding's source line).
std::string lint(const fs::path& data, const std::string& options, int* status) {
  return run(std::string("cd '") + CASEBOOK_SOURCE_DIR + "' && '" + CASEBOOK_BINARY + "' lint --message-format=short '" + data.string() + "' " +
                 options + " 2>&1",
             status);
}

class LintFixture : public testing::TestWithParam<std::string> {};

TEST_P(LintFixture, ReportsExactlyItsFinding) {
  const fs::path data = materialize(GetParam());
  int status = 0;
  std::string out = lint(data, "", &status);
  for (std::size_t at = out.find(data.string()); at != std::string::npos; at = out.find(data.string())) {
    out.replace(at, data.string().size(), "DATA");
  }
  fs::remove_all(data.parent_path());
  const fs::path expected = kFixtures / "lint" / GetParam() / "expected.txt";
  if (std::getenv("CASEBOOK_UPDATE_GOLDEN")) std::ofstream(expected, std::ios::binary) << out;
  EXPECT_EQ(out, read(expected));
  EXPECT_EQ(status, GetParam() == "overflow" ? 1 : 0);
}

INSTANTIATE_TEST_SUITE_P(Kinds, LintFixture, testing::ValuesIn(fixture_names()),
                         [](const testing::TestParamInfo<std::string>& param_info) { return param_info.param; });

TEST(Lint, TheShippedRecordsHaveTheReportsOwnNameDisagreements) {
  int status = 0;
  const std::string out = run(std::string("cd '") + CASEBOOK_SOURCE_DIR + "' && '" + CASEBOOK_BINARY + "' lint", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("data/orgs/01.toml:48:8: warning: 団体名 differs between the profile ('札幌メンズ・シェッド ポッケコタン') "
                     "and the page header and contents ('札幌メンズ・シェッド ポツケコタン'"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("data/orgs/02.toml:48:8: warning: 団体名 differs between the profile ('特定非営利活動法人 くくるネット') "
                     "and the page header and contents ('特定非営利活動法人 くるくるネット'"),
            std::string::npos);
  EXPECT_NE(out.find("data/orgs/05.toml:49:16: warning: 設立年月日: full-width and half-width digits in one field"),
            std::string::npos);
}

TEST(Lint, JsonFollowsTheDocumentedSchema) {
  const fs::path data = materialize("name_mismatch");
  int status = 0;
  const std::string json = lint(data, "--format json", &status);
  fs::remove_all(data.parent_path());
  EXPECT_EQ(status, 0);
  // docs/lint-schema.json: the keys, in order, with their types and enums.
  const std::string kinds = read(fs::path(CASEBOOK_SOURCE_DIR) / "docs/lint-schema.json");
  const std::regex finding(
      R"re(    \{"file": "[^"]*", "line": \d+, "column": \d+, "severity": "(error|warning|note)", "kind": "([a-z-]+)", "message": "(\\.|[^"\\])*", "hints": \[("(\\.|[^"\\])*"(, "(\\.|[^"\\])*")*)?\]\})re");
  std::istringstream lines(json);
  std::string line;
  std::getline(lines, line);
  EXPECT_EQ(line, "{");
  std::getline(lines, line);
  EXPECT_EQ(line, "  \"version\": 1,");
  std::getline(lines, line);
  EXPECT_EQ(line, "  \"findings\": [");
  int findings = 0;
  while (std::getline(lines, line) && line != "  ],") {
    if (line.back() == ',') line.pop_back();
    std::smatch m;
    ASSERT_TRUE(std::regex_match(line, m, finding)) << line;
    EXPECT_NE(kinds.find("\"" + m[2].str() + "\""), std::string::npos) << "kind not in the schema: " << m[2];
    ++findings;
  }
  EXPECT_EQ(findings, 1);
  std::getline(lines, line);
  EXPECT_TRUE(std::regex_match(line, std::regex(R"(  "summary": \{"errors": \d+, "warnings": \d+, "notes": \d+\})")))
      << line;
  EXPECT_NE(json.find("\"kind\": \"name-mismatch\""), std::string::npos);
}

// Findings on set pages, from constructed frames.
Page page_with(SetLine line, Span source) {
  Page p;
  p.number = 3;
  Frame cell;
  cell.kind = FrameKind::content_purpose;
  cell.lines.push_back(TextLine{0, 0, std::move(line), {}, source, false});
  p.root.children.push_back(cell);
  return p;
}

SetLine line_of(const std::vector<std::string>& characters) {
  SetLine line;
  for (const std::string& c : characters) line.glyphs.push_back(PlacedGlyph{1, nullptr, pt(9), 0, 0, c});
  return line;
}

TEST(LayoutFindings, ASingleCharacterLastLineIsAWarning) {
  SetLine last = line_of({"た", "。"});
  last.last = true;
  last.index = 3;
  BookPages book;
  book.pages.push_back(page_with(last, {"f.toml", 9, 1}));
  Diagnostics diags;
  find_layout_hazards(book, ProofLimits{}, diags);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].code, "single-character-line");
  EXPECT_EQ(diags.items()[0].message, "on page 3 the paragraph's last line holds a single character: 'た。'");

  // Not when the paragraph has one line only, nor with two characters.
  last.index = 0;
  SetLine two = line_of({"し", "た", "。"});
  two.last = true;
  two.index = 2;
  book.pages = {page_with(last, {"f.toml", 9, 1}), page_with(two, {"f.toml", 9, 1})};
  Diagnostics none;
  find_layout_hazards(book, ProofLimits{}, none);
  EXPECT_TRUE(none.items().empty());
}

TEST(LayoutFindings, LetterSpacedLinesAndBrokenUrls) {
  SetLine loose = line_of({"a", "b", "c"});
  loose.adjustment_em = 1.0;  // 0.5 em per gap
  SetLine url = line_of({"h", "t", "t", "p"});
  url.url_broken = true;
  BookPages book;
  book.pages = {page_with(loose, {"f.toml", 4, 2}), page_with(url, {"f.toml", 5, 2})};
  Diagnostics diags;
  find_layout_hazards(book, ProofLimits{}, diags);
  ASSERT_EQ(diags.items().size(), 2u);
  EXPECT_EQ(diags.items()[0].code, "loose-line");
  EXPECT_EQ(diags.items()[1].code, "url-broken");
  EXPECT_EQ(diags.items()[1].severity, Severity::note);
}

}  // namespace
}  // namespace casebook

#include "data/load.h"
#include "data/load_layout.h"
#include "layout/book.h"
#include "proof/overlay.h"

namespace casebook {
namespace {

TEST(ProofOverlay, MarksEachFindingAndOutlinesTheFrames) {
  Diagnostics diags;
  const LayoutSpec spec = load_layout(std::string(CASEBOOK_SOURCE_DIR) + "/layouts/casebook-a4.toml", diags);
  FaceSet faces;
  faces.load(spec.faces, {}, diags);
  const Casebook data = load_casebook((kFixtures / "base").string(), diags);
  ASSERT_FALSE(diags.has_errors());
  const LayoutContext ctx{spec, faces, data.taxonomy, diags, data.dir};
  BookPages book = layout_book(ctx, data, {&data.organizations[0]}, "");

  Diagnostics findings;
  findings.warning(data.organizations[0].profile.name.span, "団体名 differs");
  findings.warning({"elsewhere.toml", 3, 1}, "not on any page");
  EXPECT_EQ(add_proof_overlay(book, findings, ctx).placed, 1);

  int layers = 0, dashed = 0, markers = 0, notes = 0, printed = 0;
  for (const Page& page : book.pages) {
    printed += page.blank ? 0 : 1;  // a blank page has nothing to proofread
    for (const Frame& f : page.root.children) {
      if (f.kind != FrameKind::proof) continue;
      ++layers;
      for (const Box& b : f.boxes) {
        dashed += b.dashed ? 1 : 0;
        markers += b.fill && b.rect.width == pt(4) ? 1 : 0;
      }
      for (const TextLine& t : f.lines) {
        std::string text;
        for (const PlacedGlyph& g : t.line.glyphs) text += g.text;
        notes += text.find("団体名") != std::string::npos ? 1 : 0;
      }
    }
  }
  EXPECT_EQ(layers, printed);
  EXPECT_GT(dashed, 100);  // every frame of every page
  EXPECT_EQ(markers, 1);
  EXPECT_EQ(notes, 1);
}

TEST(ProofCommand, WritesTheProofEvenWithErrors) {
  const fs::path data = materialize("overflow");
  const fs::path out = data.parent_path() / "proof.pdf";
  int status = 0;
  const std::string log = run(std::string("cd '") + CASEBOOK_SOURCE_DIR + "' && '" + CASEBOOK_BINARY + "' proof '" +
                                  data.string() + "' -o '" + out.string() + "' 2>&1",
                              &status);
  EXPECT_EQ(status, 1) << log;
  EXPECT_NE(log.find("1 error, 2 warnings, 0 notes, 3 marked on the pages"), std::string::npos) << log;
  EXPECT_EQ(run("qpdf --check '" + out.string() + "' >/dev/null 2>&1; echo $?", &status), "0\n");
  // Each block copyfitting shrank ((2) and 団体概要, onto the A4 layout's
  // `small` step) is named by its size in the page's margin, in 6 pt words
  // (the findings' notes there are 5 pt): "7.5" "pt" outside the 15 mm
  // (42.5 pt) margins of the 595 pt page.
  const std::string words = run("pdftotext -bbox '" + out.string() + "' - 2>/dev/null", &status);
  const std::regex word(
      R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">([^<]*)</word>\s*<word[^>]*>pt</word>)re");
  int in_margin = 0;
  for (auto it = std::sregex_iterator(words.begin(), words.end(), word); it != std::sregex_iterator(); ++it) {
    const double x = std::stod((*it)[1]), height = std::stod((*it)[3]) - std::stod((*it)[2]);
    if ((*it)[4] == "7.5" && std::abs(height - 6) < 0.1 && (x < 42.5 || x > 595.28 - 42.5)) ++in_margin;
  }
  EXPECT_EQ(in_margin, 2);
  // The tint of a shrunk block lies under its text: in each page's content
  // stream, every tint fill comes before the page's first text object (BT),
  // so the block and its heading are painted over it, not hidden by it.
  const fs::path qdf = data.parent_path() / "proof-qdf.pdf";
  run("qpdf --qdf --object-streams=disable '" + out.string() + "' '" + qdf.string() + "' 2>&1", &status);
  const std::string raw = read(qdf);
  int tints = 0;
  for (std::size_t at = 0; (at = raw.find("0.93 0.75 rg", at)) != std::string::npos; ++at) {
    ++tints;
    const std::size_t stream = raw.rfind("%% Contents for page", at);
    ASSERT_NE(stream, std::string::npos);
    EXPECT_EQ(raw.substr(stream, at - stream).find("BT"), std::string::npos) << "a tint drawn after text, at " << at;
  }
  EXPECT_EQ(tints, 2);  // (2) and 団体概要

  // Each finding is a sticky note a viewer lists among its comments: a
  // /Text annotation by "casebook" whose subject is the finding's kind and
  // whose text names the place; the three share page 2 and their
  // rectangles do not overlap.
  struct Annot {
    std::string page, contents, subject, name;
    double rect[4];
  };
  const auto annotations = [&](const fs::path& pdf) {
    const std::string json = run("qpdf --json=2 --json-key=qpdf '" + pdf.string() + "' 2>/dev/null", &status);
    std::vector<Annot> found;
    const std::regex field_rx(R"re("(/Contents|/NM|/P|/Subj|/T)": "(?:u:)?((?:[^"\\]|\\.)*)")re");
    const std::regex rect_rx(R"re("/Rect": \[\s*([-0-9.]+),\s*([-0-9.]+),\s*([-0-9.]+),\s*([-0-9.]+)\s*\])re");
    for (std::size_t at = 0; (at = json.find("\"obj:", at)) != std::string::npos;) {
      const std::size_t end = json.find("\"obj:", at + 1);
      const std::string object = json.substr(at, end == std::string::npos ? std::string::npos : end - at);
      at = end;
      if (object.find("\"/Subtype\": \"/Text\"") == std::string::npos) continue;
      Annot a{};
      std::map<std::string, std::string> fields;
      for (auto it = std::sregex_iterator(object.begin(), object.end(), field_rx); it != std::sregex_iterator(); ++it) {
        fields[(*it)[1]] = (*it)[2];
      }
      if (fields["/T"] != "casebook") continue;
      a.page = fields["/P"], a.contents = fields["/Contents"], a.subject = fields["/Subj"], a.name = fields["/NM"];
      std::smatch m;
      if (std::regex_search(object, m, rect_rx)) {
        for (int i = 0; i < 4; ++i) a.rect[i] = std::stod(m[i + 1]);
      }
      found.push_back(a);
      if (end == std::string::npos) break;
    }
    return found;
  };
  const std::vector<Annot> notes = annotations(out);
  ASSERT_EQ(notes.size(), 3u);
  std::multiset<std::string> subjects;
  std::set<std::string> names;
  for (const Annot& a : notes) {
    subjects.insert(a.subject);
    names.insert(a.name);
    EXPECT_EQ(a.page, notes[0].page);
    EXPECT_TRUE(a.rect[1] >= 0 && a.rect[3] <= 842) << "a note off the page: " << a.rect[1] << " " << a.rect[3];
  }
  EXPECT_EQ(subjects, (std::multiset<std::string>{"overflow", "shrink", "shrink"}));
  EXPECT_EQ(names.size(), 3u);  // unique
  bool overflow_named = false;
  for (const Annot& a : notes) {
    overflow_named = overflow_named || a.contents == "orgs/01.toml:31:12: 連携した団体／協力いただいた団体 overflows page 2 by 15 lines at 7.5 pt";
  }
  EXPECT_TRUE(overflow_named) << notes[0].contents;
  for (std::size_t i = 0; i < notes.size(); ++i) {
    for (std::size_t j = i + 1; j < notes.size(); ++j) {
      const double* a = notes[i].rect;
      const double* b = notes[j].rect;
      const bool apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
      EXPECT_TRUE(apart) << notes[i].subject << " and " << notes[j].subject << " overlap";
    }
  }
  // The same proof again: the same notes by the same names, so a
  // reviewer's replies can be carried over.
  const fs::path again = data.parent_path() / "again.pdf";
  run(std::string("cd '") + CASEBOOK_SOURCE_DIR + "' && '" + CASEBOOK_BINARY + "' proof '" + data.string() + "' -o '" +
          again.string() + "' 2>&1",
      &status);
  std::set<std::string> names_again;
  for (const Annot& a : annotations(again)) names_again.insert(a.name);
  EXPECT_EQ(names_again, names);
  fs::remove_all(data.parent_path());
}

}  // namespace
}  // namespace casebook

namespace casebook {
namespace {

TEST(ProofCommand, ARecordWithErrorsBecomesAPageListingThemAndTheOthersAreSet) {
  const fs::path data = materialize("clean");
  // Record 02: 01 again, with a number of its own and a website that is a number.
  std::string record = read(data / "orgs/01.toml");
  record.replace(record.find("number = 1\n"), 11, "number = 2\n");
  const std::size_t website = record.find("website = ");
  ASSERT_NE(website, std::string::npos);
  record.replace(website, record.find('\n', website) - website, "website = 12");
  std::ofstream(data / "orgs/02.toml", std::ios::binary) << record;
  const fs::path out = data.parent_path() / "proof.pdf";
  int status = 0;
  const std::string log = run(std::string("cd '") + CASEBOOK_SOURCE_DIR + "' && '" + CASEBOOK_BINARY + "' proof '" +
                                  data.string() + "' -o '" + out.string() + "' 2>&1",
                              &status);
  EXPECT_EQ(status, 1) << log;
  ASSERT_TRUE(fs::exists(out)) << log;
  EXPECT_EQ(run("qpdf --check '" + out.string() + "' >/dev/null 2>&1; echo $?", &status), "0\n");
  // The pages after the front matter: 01's spread (its number and name
  // head its second page), then 02's error page naming the place and the
  // message, then a blank page so later spreads still face.
  std::vector<std::string> pages;
  const std::string text = run("pdftotext '" + out.string() + "' - 2>/dev/null", &status);
  for (std::size_t at = 0, next; at <= text.size(); at = next + 1) {
    next = text.find('\f', at);
    if (next == std::string::npos) break;
    pages.push_back(text.substr(at, next - at));
  }
  const auto page_with = [&](const std::string& what) {
    for (std::size_t i = 0; i < pages.size(); ++i) {
      if (pages[i].find(what) != std::string::npos) return static_cast<int>(i);
    }
    return -1;
  };
  const int error_page = page_with("Record 02 was not set: 1 error");
  ASSERT_GE(error_page, 0) << text;
  EXPECT_NE(pages[error_page].find("orgs/02.toml:"), std::string::npos) << pages[error_page];
  EXPECT_NE(pages[error_page].find("not an integer"), std::string::npos) << pages[error_page];
  const int spread = page_with("01 テスト団体");
  EXPECT_GE(spread, 0);
  EXPECT_LT(spread, error_page);
  EXPECT_EQ(static_cast<int>(pages.size()), error_page + 2);  // and its blank page
  fs::remove_all(data.parent_path());
}

TEST(ProofCommand, SelectsOrganizationsAsBuildDoes) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-proof-select-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  int status = 0;
  const auto proof = [&](const std::string& args, const std::string& name) {
    return run(std::string("cd '") + CASEBOOK_SOURCE_DIR + "' && '" + CASEBOOK_BINARY + "' proof tests/fixtures/base " +
                   args + " -o '" + (dir / name).string() + "' 2>&1",
               &status);
  };
  std::string log = proof("--org 99", "none.pdf");
  EXPECT_EQ(status, 1) << log;
  EXPECT_NE(log.find("error: no organization matches the numbers 99"), std::string::npos) << log;
  EXPECT_FALSE(fs::exists(dir / "none.pdf"));
  log = proof("--prefecture 東京", "tokyo.pdf");
  EXPECT_EQ(status, 1) << log;
  EXPECT_NE(log.find("no organization in 東京都"), std::string::npos) << log;
  log = proof("--prefecture 北海道", "hokkaido.pdf");
  EXPECT_EQ(status, 0) << log;
  // The booklet's cover names the prefecture, as build's does.
  EXPECT_NE(run("pdftotext -l 1 '" + (dir / "hokkaido.pdf").string() + "' - 2>/dev/null", &status).find("北海道"),
            std::string::npos);
  log = proof("--numbers 1", "one.pdf");
  EXPECT_EQ(status, 0) << log;
  fs::remove_all(dir);
}

/// The width and height of a PNG, from its IHDR chunk.
std::pair<int, int> png_size(const std::string& png) {
  const auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned char>(png[at]) << 24) | (static_cast<unsigned char>(png[at + 1]) << 16) |
           (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]);
  };
  return {be32(16), be32(20)};
}

std::vector<std::string> files_in(const fs::path& dir) {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path().filename().string());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(PreviewCommand, WritesPngsOfOneSpreadNamedByFolio) {
  const fs::path out = fs::temp_directory_path() / ("casebook-preview-" + std::to_string(::getpid()));
  int status = 0;
  const std::string log = run(std::string("cd '") + CASEBOOK_SOURCE_DIR + "' && '" + CASEBOOK_BINARY +
                                  "' preview --org 05 --dpi 30 -o '" + out.string() + "' 2>&1",
                              &status);
  EXPECT_EQ(status, 0) << log;
  // The booklet of 05 alone prints its spread as pages 1 and 2.
  ASSERT_EQ(files_in(out), (std::vector<std::string>{"p-001.png", "p-002.png"}));
  const std::string png = read(out / "p-001.png");
  EXPECT_EQ(png.substr(1, 3), "PNG");
  // 30 dpi of A4: 248 × 351 pixels.
  EXPECT_EQ(png_size(png), (std::pair<int, int>{248, 351}));
  fs::remove_all(out);
}

TEST(PreviewCommand, NamesFrontMatterByRomanFolioAndRendersAt150DpiByDefault) {
  const fs::path out = fs::temp_directory_path() / ("casebook-preview-book-" + std::to_string(::getpid()));
  int status = 0;
  const std::string log = run(std::string("cd '") + CASEBOOK_SOURCE_DIR + "' && '" + CASEBOOK_BINARY +
                                  "' preview tests/fixtures/base -o '" + out.string() + "' 2>&1",
                              &status);
  EXPECT_EQ(status, 0) << log;
  const std::vector<std::string> files = files_in(out);
  EXPECT_NE(std::find(files.begin(), files.end(), "p-001.png"), files.end()) << log;
  EXPECT_NE(std::find(files.begin(), files.end(), "p-iii.png"), files.end()) << log;
  // 150 dpi of A4 (595.28 × 841.89 pt): 1240 × 1754 pixels, where a 9 pt
  // kanji is 19 pixels tall.
  EXPECT_EQ(png_size(read(out / "p-001.png")), (std::pair<int, int>{1240, 1754}));
  fs::remove_all(out);
}

TEST(PreviewCommand, WritesASpreadAsFacingPages) {
  const fs::path out = fs::temp_directory_path() / ("casebook-preview-spread-" + std::to_string(::getpid()));
  int status = 0;
  const std::string log = run(std::string("cd '") + CASEBOOK_SOURCE_DIR + "' && '" + CASEBOOK_BINARY +
                                  "' preview --org 05 --spread --proof --dpi 30 -o '" + out.string() + "' 2>&1",
                              &status);
  EXPECT_EQ(status, 0) << log;
  // Page 1 is a right-hand page: it faces nothing on its left; page 2 is
  // the left page of the next opening, with nothing on its right.
  EXPECT_EQ(files_in(out), (std::vector<std::string>{"spread-001.png", "spread-002.png"})) << log;
  for (const std::string& f : files_in(out)) EXPECT_EQ(png_size(read(out / f)), (std::pair<int, int>{2 * 248, 351})) << f;
  fs::remove_all(out);
}

}  // namespace
}  // namespace casebook

namespace casebook {
namespace {

TEST(ProofCommand, WatchIsNotSetOffByItsOwnProofInsideTheData) {
  const fs::path data = materialize("clean");
  const fs::path log = data.parent_path() / "watch.log";
  int status = 0;
  run(std::string("cd '") + CASEBOOK_SOURCE_DIR + "' && ('" + CASEBOOK_BINARY + "' proof '" + data.string() + "' -o '" +
          (data / "proof.pdf").string() + "' --allow-output-in-data --watch > '" + log.string() +
          "' 2>&1 & echo $! > '" + log.string() + ".pid')",
      &status);
  for (int i = 0; i < 100 && read(log).find("watching") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  // Several polls (150 ms each) after the first proof: no second one.
  std::this_thread::sleep_for(std::chrono::milliseconds(1000));
  const std::string text = read(log);
  run("kill $(cat '" + log.string() + ".pid')", &status);
  EXPECT_NE(text.find("watching"), std::string::npos) << text;
  EXPECT_EQ(text.find("marked on the pages"), text.rfind("marked on the pages")) << text;
  fs::remove_all(data.parent_path());
}

TEST(ProofCommand, WatchSetsTheProofAgainWhenTheDataChanges) {
  const fs::path data = materialize("clean");
  const fs::path log = data.parent_path() / "watch.log";
  const fs::path out = data.parent_path() / "proof.pdf";
  int status = 0;
  run(std::string("cd '") + CASEBOOK_SOURCE_DIR + "' && ('" + CASEBOOK_BINARY + "' proof '" + data.string() + "' -o '" +
          out.string() + "' --watch > '" + log.string() + "' 2>&1 & echo $! > '" + log.string() + ".pid')",
      &status);
  auto runs = [&] {
    const std::string text = read(log);
    int n = 0;
    for (std::size_t at = text.find("marked on the pages"); at != std::string::npos;
         at = text.find("marked on the pages", at + 1)) {
      ++n;
    }
    return n;
  };
  auto wait_for = [&](int n) {
    for (int i = 0; i < 100 && runs() < n; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    return runs();
  };
  EXPECT_EQ(wait_for(1), 1) << read(log);
  for (int i = 0; i < 100 && read(log).find("watching") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  std::ofstream(data / "orgs/01.toml", std::ios::app) << "\n# edited\n";
  EXPECT_EQ(wait_for(2), 2) << read(log);
  // One timestamped summary line per proof, on standard output.
  const std::string text = read(log);
  const std::regex cycle(R"re((^|\n)\d\d:\d\d:\d\d [^\n]*proof\.pdf: \d+ pages, 0 errors, \d+ warnings?\n)re");
  EXPECT_EQ(std::distance(std::sregex_iterator(text.begin(), text.end(), cycle), std::sregex_iterator()), 2) << text;
  run("kill $(cat '" + log.string() + ".pid')", &status);
  EXPECT_EQ(run("qpdf --check '" + out.string() + "' >/dev/null 2>&1; echo $?", &status), "0\n");
  fs::remove_all(data.parent_path());
}

}  // namespace
}  // namespace casebook
