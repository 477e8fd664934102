// The links of the web edition, read back from the PDF: every website of
// the records is a URI link lying exactly over its printed text; an
// e-mail address or a bare www. address in any text is one too; every
// contents entry says what it links to; the print edition has no link
// annotations at all (its bookmarks stay).

#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "../support/process.h"
#include "support/shipped_book.h"

#include "base/utf8.h"
#include "data/load.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::casebook;
using testing_support::run;

/// A PDF hex string <FEFF…> (UTF-16BE) or a literal string (…) as UTF-8.
std::string pdf_text(const std::string& s) {
  if (s.size() >= 2 && s.front() == '(') {
    std::string out;
    for (std::size_t i = 1; i + 1 < s.size(); ++i) out += s[i] == '\\' ? s[++i] : s[i];
    return out;
  }
  std::vector<unsigned> units;
  for (std::size_t i = 1; i + 4 < s.size() + 1 && s[i] != '>'; i += 4) units.push_back(std::stoul(s.substr(i, 4), nullptr, 16));
  std::string out;
  for (std::size_t i = units.empty() || units[0] != 0xFEFF ? 0 : 1; i < units.size(); ++i) {
    char32_t c = units[i];
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < units.size()) c = 0x10000 + ((c - 0xD800) << 10) + (units[++i] - 0xDC00);
    utf8::append(out, c);
  }
  return out;
}

struct Annotation {
  int page = 0;  // from 1
  std::string uri, contents;
  bool dest = false;  // a link to a page of the document
  double left = 0, bottom = 0, right = 0, top = 0;
};

/// Every link annotation of `pdf`, from qpdf's QDF form (each object
/// uncompressed, page objects announced by "%% Page N").
std::vector<Annotation> link_annotations(const std::string& pdf) {
  const std::string qdf = run("qpdf --qdf --object-streams=disable '" + pdf + "' -");
  std::map<std::string, int> page_of;  // page object number → page
  const std::regex page_rx(R"(%% Page (\d+)\n%%[^\n]*\n(\d+) 0 obj)");
  for (auto it = std::sregex_iterator(qdf.begin(), qdf.end(), page_rx); it != std::sregex_iterator(); ++it) {
    page_of[(*it)[2]] = std::stoi((*it)[1]);
  }
  std::vector<Annotation> out;
  // Objects are cut with find(), not a regex: std::regex matches by
  // recursion, and a page's content stream overflows the stack.
  for (std::size_t at = qdf.find(" 0 obj\n"); at != std::string::npos; at = qdf.find(" 0 obj\n", at + 1)) {
    const std::size_t end = qdf.find("\nendobj", at);
    if (end == std::string::npos) break;
    const std::string body = qdf.substr(at + 7, end - at - 7);
    if (body.find("/Subtype /Link") == std::string::npos) continue;
    Annotation a;
    std::smatch m;
    if (std::regex_search(body, m, std::regex(R"(/P (\d+) 0 R)"))) a.page = page_of[m[1]];
    if (std::regex_search(body, m, std::regex(R"(/URI (\((?:[^()\\]|\\.)*\)))"))) a.uri = pdf_text(m[1]);
    if (std::regex_search(body, m, std::regex(R"(/Contents (<[0-9a-fA-F]*>|\((?:[^()\\]|\\.)*\)))"))) {
      a.contents = pdf_text(m[1]);
    }
    a.dest = body.find("/Dest") != std::string::npos;
    if (std::regex_search(body, m, std::regex(R"(/Rect \[\s*([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s*\])"))) {
      a.left = std::stod(m[1]), a.bottom = std::stod(m[2]), a.right = std::stod(m[3]), a.top = std::stod(m[4]);
    }
    out.push_back(a);
  }
  return out;
}

struct Word {
  std::string text;
  double left, top, right, bottom;  // from the page's top left, as pdftotext -bbox gives them
};

std::vector<Word> words_on(const std::string& pdf, int page) {
  const std::string xml = run("pdftotext -bbox -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + pdf +
                              "' -");
  std::vector<Word> words;
  const std::regex rx(R"re(<word xMin="([-0-9.]+)" yMin="([-0-9.]+)" xMax="([-0-9.]+)" yMax="([-0-9.]+)">([^<]*)</word>)re");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), rx); it != std::sregex_iterator(); ++it) {
    words.push_back(Word{(*it)[5], std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4])});
  }
  return words;
}

double page_height(const std::string& pdf) {
  const std::string info = run("pdfinfo '" + pdf + "'");
  std::smatch m;
  return std::regex_search(info, m, std::regex(R"(Page size:\s+[0-9.]+ x ([0-9.]+))")) ? std::stod(m[1]) : 0;
}

std::string two_digits(int n) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", n);
  return b;
}

struct Links : testing_support::ShippedEditionBooks<Links, const char*> {
  static constexpr const char* kPrefix = "casebook-links-";
};

TEST_P(Links, EveryWebsiteIsALinkLyingExactlyOverItsText) {
  const std::string pdf = book(GetParam(), "web");
  const std::vector<Annotation> annotations = link_annotations(pdf);
  const double height = page_height(pdf);
  int websites = 0;
  for (const Organization& org : data.organizations) {
    if (!org.profile.website) continue;
    ++websites;
    const std::string& url = org.profile.website->value;
    std::string covered;  // the URL's text under its links, line by line
    int links = 0;
    for (const Annotation& a : annotations) {
      if (a.uri != url) continue;
      ++links;
      EXPECT_EQ(a.contents, url);
      // The words under the link: the same line, within its left and right edges.
      for (const Word& w : words_on(pdf, a.page)) {
        const double top = height - a.top, bottom = height - a.bottom;
        if (w.bottom <= top || w.top >= bottom || w.right <= a.left || w.left >= a.right) continue;
        covered += w.text;
        // Exactly the glyph boxes: the word's edges are the link's.
        EXPECT_NEAR(w.left, a.left, 0.01) << url;
        EXPECT_NEAR(w.right, a.right, 0.01) << url;
        EXPECT_LE(top, w.top + 0.01) << url;
        EXPECT_GE(bottom, w.bottom - 0.01) << url;
        EXPECT_LT(bottom - top, (w.bottom - w.top) * 1.2) << url;
      }
    }
    EXPECT_GE(links, 1) << url;
    EXPECT_EQ(covered, url);
  }
  EXPECT_EQ(websites, 12);  // 10 has none
}

TEST_P(Links, EveryContentsEntrySaysWhereItGoes) {
  std::vector<std::string> contents;
  for (const Annotation& a : link_annotations(book(GetParam(), "web"))) {
    if (a.dest) contents.push_back(a.contents);
  }
  ASSERT_EQ(contents.size(), data.organizations.size());
  for (std::size_t i = 0; i < contents.size(); ++i) {
    const Organization& org = data.organizations[i];
    EXPECT_EQ(contents[i], two_digits(org.number) + " " + org.name.value);
  }
}

TEST_P(Links, ThePrintEditionHasNoLinksButKeepsItsBookmarks) {
  const std::string pdf = book(GetParam(), "print");
  EXPECT_TRUE(link_annotations(pdf).empty());
  const std::string outlines = run("qpdf --json --json-key=outlines '" + pdf + "'");
  std::size_t titles = 0;
  for (std::size_t at = outlines.find("\"title\""); at != std::string::npos; at = outlines.find("\"title\"", at + 1)) {
    ++titles;
  }
  EXPECT_EQ(titles, 5 + data.organizations.size());
}

INSTANTIATE_TEST_SUITE_P(Layouts, Links, testing::Values("casebook-a4.toml", "casebook-b5.toml"));

TEST(TextLinks, AnEmailAddressAndABareWwwAddressInTheTextAreLinks) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-text-links-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "text.txt") << "お問い合わせは info@example.jp まで（詳しくは www.example.jp を参照）。\n";
  int status = -1;
  const std::string log =
      casebook("galley '" + (dir / "text.txt").string() + "' -o '" + (dir / "text.pdf").string() + "'", &status);
  ASSERT_EQ(status, 0) << log;
  std::vector<std::string> uris;
  for (const Annotation& a : link_annotations((dir / "text.pdf").string())) uris.push_back(a.uri + " " + a.contents);
  EXPECT_EQ(uris, (std::vector<std::string>{"mailto:info@example.jp info@example.jp",
                                            "http://www.example.jp www.example.jp"}));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace casebook
