// The web edition is a tagged PDF (issue 11, item 5), read back with
// poppler and qpdf: pdfinfo calls it tagged; its structure tree, as
// `pdfinfo -struct-text` prints it, reads every record in order cell by
// cell (name, labels and values, the grids' marks in words); every
// painting operator on every page lies in marked content that the
// ParentTree ties to an element, or in an artifact; links sit in Link
// elements; qpdf finds nothing wrong; the print edition stays untagged.

#include <unistd.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/process.h"
#include "support/shipped_book.h"
#include "support/shipped_layouts.h"

#include "base/utf8.h"
#include "data/load.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::casebook;
using testing_support::run;
using testing_support::squeeze;

struct Tagged : testing_support::ShippedEditionBooks<Tagged, std::string> {
  static constexpr const char* kPrefix = "casebook-tagged-";
};

/// The text `pdfinfo -struct-text` prints, one string per element that
/// has text (its marked-content sequences joined), in tree order, with
/// the element's type: {"TD", "代表者"}.
/// (poppler reads a page's content again for each element: seconds per
/// book, so each book is read once.)
std::vector<std::pair<std::string, std::string>> struct_text(const std::string& pdf) {
  static std::map<std::string, std::vector<std::pair<std::string, std::string>>> cache;
  if (const auto it = cache.find(pdf); it != cache.end()) return it->second;
  std::vector<std::pair<std::string, std::string>>& out = cache[pdf];
  std::istringstream in(run("pdfinfo -struct-text '" + pdf + "'"));
  std::string line, type;
  const std::regex element(R"(^\s*([A-Za-z0-9]+)\b.*$)");
  const std::regex text(R"(^\s*\"(.*)\"\s*$)");
  std::smatch m;
  bool open = false;  // the current element has text in `out`
  while (std::getline(in, line)) {
    if (std::regex_match(line, m, text)) {
      if (!open) out.emplace_back(type, "");
      out.back().second += m[1];
      open = true;
    } else if (std::regex_match(line, m, element) && m[1] != "Object") {
      type = m[1];
      open = false;
    }
  }
  return out;
}

/// Whether each of `wanted` occurs in `texts`, in this order (each one
/// inside one element's text, after the element the one before was in).
::testing::AssertionResult reads_in_order(const std::vector<std::pair<std::string, std::string>>& texts,
                                          const std::vector<std::string>& wanted) {
  std::vector<std::string> squeezed;
  for (const auto& t : texts) squeezed.push_back(squeeze(t.second));
  std::size_t at = 0;
  for (const std::string& w : wanted) {
    const std::string s = squeeze(w);
    while (at < squeezed.size() && squeezed[at].find(s) == std::string::npos) ++at;
    if (at == texts.size()) return ::testing::AssertionFailure() << "'" << w << "' not found in order";
  }
  return ::testing::AssertionSuccess();
}

TEST_P(Tagged, PdfinfoCallsTheWebEditionTaggedAndThePrintEditionNot) {
  const std::regex tagged(R"((^|\n)Tagged: +yes\n)"), untagged(R"((^|\n)Tagged: +no\n)");
  EXPECT_TRUE(std::regex_search(run("pdfinfo '" + book(GetParam(), "web") + "'"), tagged));
  EXPECT_TRUE(std::regex_search(run("pdfinfo '" + book(GetParam(), "print") + "'"), untagged));
}

TEST_P(Tagged, QpdfFindsNothingWrong) {
  int status = -1;
  const std::string out = run("qpdf --check '" + book(GetParam(), "web") + "' 2>&1", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("No syntax or stream encoding errors found"), std::string::npos) << out;
}

TEST_P(Tagged, TheStructureReadsEveryRecordInOrderCellByCell) {
  const auto texts = struct_text(book(GetParam(), "web"));
  ASSERT_FALSE(texts.empty());
  std::vector<std::string> wanted;
  for (const Organization& org : data.organizations) {
    // The page header, the profile (団体概要) and its website, in the
    // order the record prints them.
    for (const std::string& s : {org.name.value, org.title.value}) wanted.push_back(s);
    for (const std::string& s : {org.profile.representative.value, org.profile.founded.value, org.profile.staff.value,
                                 org.profile.address.value}) {
      wanted.push_back(s);
    }
    if (org.profile.website) wanted.push_back(org.profile.website->value);
  }
  EXPECT_TRUE(reads_in_order(texts, wanted));
}

TEST_P(Tagged, EveryCellIsAnElementOfItsOwn) {
  // A label and its value are two cells: no element's text holds both
  // the 代表者 label's value and the next field's.
  const auto texts = struct_text(book(GetParam(), "web"));
  for (const Organization& org : data.organizations) {
    const std::string representative = squeeze(org.profile.representative.value);
    const std::string founded = squeeze(org.profile.founded.value);
    bool seen = false;
    for (const auto& [type, text] : texts) {
      if (text.find(org.profile.representative.value.substr(0, 3)) == std::string::npos) continue;
      const std::string s = squeeze(text);
      if (s.find(representative) != std::string::npos) {
        seen = true;
        EXPECT_EQ(type, "TD") << text;
        EXPECT_EQ(s.find(founded), std::string::npos) << text;
      }
    }
    EXPECT_TRUE(seen) << org.profile.representative.value;
  }
}

TEST_P(Tagged, EachMarkedListItemIsAnLIOfAnL) {
  // Every item the data marks (・, ①, 1.) is one LI, with its LBody, in
  // an L; an unmarked item reads as a paragraph.
  std::size_t items = 0;
  for (const Organization& org : data.organizations) {
    std::vector<const RichText*> texts = {&org.purpose,  &org.audience, &org.description,
                                          &org.partners, &org.outreach, &org.outcomes};
    if (org.profile.message) texts.push_back(&*org.profile.message);
    for (const RichText* t : texts) {
      for (const Block& b : t->blocks) items += b.kind == Block::Kind::item && !b.marker.empty();
    }
  }
  ASSERT_GT(items, 10u);
  std::istringstream tree(run("pdfinfo -struct '" + book(GetParam(), "web") + "'"));
  std::size_t li = 0, lbody = 0, lists = 0;
  std::string line, previous;
  while (std::getline(tree, line)) {
    const std::string type = line.substr(line.find_first_not_of(' ') == std::string::npos ? 0 : line.find_first_not_of(' '));
    if (type.starts_with("LI ")) {
      ++li;
      EXPECT_TRUE(previous.starts_with("L ") || previous.starts_with("LBody")) << previous;
    }
    if (type.starts_with("LBody")) ++lbody;
    if (type.starts_with("L ")) ++lists;
    previous = type;
  }
  EXPECT_EQ(li, items);
  EXPECT_EQ(lbody, items);
  EXPECT_GT(lists, 0u);
}

/// A PDF hex string's UTF-16BE text (after its FEFF) as UTF-8.
std::string utf16_text(const std::string& hex) {
  std::vector<unsigned> units;
  for (std::size_t i = 0; i + 4 <= hex.size(); i += 4) units.push_back(std::stoul(hex.substr(i, 4), nullptr, 16));
  std::string out;
  for (std::size_t i = !units.empty() && units[0] == 0xFEFF ? 1 : 0; i < units.size(); ++i) {
    char32_t c = units[i];
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < units.size()) c = 0x10000 + ((c - 0xD800) << 10) + (units[++i] - 0xDC00);
    utf8::append(out, c);
  }
  return out;
}

TEST_P(Tagged, TheGridsMarksSayInWordsWhichItemIsPrimaryOrSecondary) {
  // Each ★ cell is a TD whose /ActualText is 主となる, each ☆ cell one
  // whose /ActualText is 従となる (the legend's words, which a screen
  // reader speaks instead of the glyph), as many as the records mark.
  // poppler's -struct-text prints a cell's glyphs, not its ActualText, so
  // the elements are read from qpdf's QDF form.
  const std::string qdf = run("qpdf --qdf --object-streams=disable '" + book(GetParam(), "web") + "' -");
  std::map<std::string, std::size_t> words;
  const std::regex actual(R"(/ActualText <([0-9a-fA-F]*)>)");
  for (std::size_t at = qdf.find(" 0 obj\n"); at != std::string::npos; at = qdf.find(" 0 obj\n", at + 1)) {
    const std::size_t end = qdf.find("\nendobj", at);
    const std::string body = qdf.substr(at + 7, end - at - 7);
    if (body.find("/S /TD") == std::string::npos) continue;
    std::smatch m;
    if (std::regex_search(body, m, actual)) ++words[utf16_text(m[1])];
  }
  std::size_t primary = 0, secondary = 0;
  for (const Organization& org : data.organizations) {
    primary += 2;  // one ★ in each grid
    secondary += org.activities.secondary.size() + org.targets.secondary.size();
  }
  EXPECT_EQ(words["主となる"], primary);
  EXPECT_EQ(words["従となる"], secondary);
  EXPECT_EQ(words.size(), 2u);
}

/// The decompressed content stream of each page (QDF), and its page
/// object's number, from qpdf.
struct QdfPage {
  std::string object;
  std::string content;
};

std::vector<QdfPage> qdf_pages(const std::string& qdf) {
  std::vector<QdfPage> pages;
  const std::regex page_rx(R"(%% Page (\d+)\n%%[^\n]*\n(\d+) 0 obj)");
  for (auto it = std::sregex_iterator(qdf.begin(), qdf.end(), page_rx); it != std::sregex_iterator(); ++it) {
    pages.push_back(QdfPage{(*it)[2], ""});
  }
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const std::string marker = "%% Contents for page " + std::to_string(p + 1) + "\n";
    const std::size_t at = qdf.find(marker);
    if (at == std::string::npos) continue;
    const std::size_t begin = qdf.find("stream\n", at);
    const std::size_t end = qdf.find("\nendstream", begin);
    if (begin == std::string::npos || end == std::string::npos) continue;
    pages[p].content = qdf.substr(begin + 7, end - begin - 7);
  }
  return pages;
}

/// The body of object `number` in a QDF file.
std::string qdf_object(const std::string& qdf, const std::string& number) {
  const std::string head = "\n" + number + " 0 obj\n";
  const std::size_t at = qdf.find(head);
  if (at == std::string::npos) return "";
  const std::size_t end = qdf.find("\nendobj", at + 1);
  return qdf.substr(at + head.size(), end - at - head.size());
}

TEST_P(Tagged, EveryPaintedThingIsContentOfTheTreeOrAnArtifact) {
  const std::string pdf = book(GetParam(), "web");
  const std::string qdf = run("qpdf --qdf --object-streams=disable '" + pdf + "' -");
  const std::vector<QdfPage> pages = qdf_pages(qdf);
  ASSERT_GT(pages.size(), 20u);

  // The parent tree: key → its value's text ("[ 12 0 R 13 0 R ]" or "14 0 R").
  std::smatch m;
  ASSERT_TRUE(std::regex_search(qdf, m, std::regex(R"(/ParentTree (\d+) 0 R)")));
  const std::string parent_tree = qdf_object(qdf, m[1]);
  const std::size_t nums = parent_tree.find("/Nums [");
  ASSERT_NE(nums, std::string::npos) << parent_tree;
  std::map<int, std::vector<std::string>> parents;  // key → element references
  {
    // Tokens after /Nums: a key, then an array of references or one.
    const std::string body = parent_tree.substr(nums + 7);
    const std::regex token(R"(\[|\]|\d+ 0 R|\d+|null)");
    int key = -1, depth = 0;
    bool want_key = true;
    for (auto it = std::sregex_iterator(body.begin(), body.end(), token); it != std::sregex_iterator(); ++it) {
      const std::string t = it->str();
      if (t == "[") {
        ++depth;
      } else if (t == "]") {
        if (depth == 0) break;  // the end of /Nums
        --depth;
        want_key = true;
      } else if (depth == 0 && want_key) {
        key = std::stoi(t);
        parents[key];
        want_key = false;
      } else {
        parents[key].push_back(t);
        if (depth == 0) want_key = true;
      }
    }
  }

  const std::set<std::string> painting = {"Tj", "TJ", "'", "\"", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh"};
  std::size_t marked_total = 0, artifacts_total = 0;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    SCOPED_TRACE("page " + std::to_string(p + 1));
    const std::string page = qdf_object(qdf, pages[p].object);
    ASSERT_TRUE(std::regex_search(page, m, std::regex(R"(/StructParents (\d+))"))) << page;
    const int key = std::stoi(m[1]);
    ASSERT_TRUE(parents.count(key));
    const std::vector<std::string>& elements = parents[key];

    // Walk the operators (QDF writes one per line): a stack of open
    // marked-content sequences, each either an MCID or an artifact.
    std::vector<std::string> stack;  // "mcid", "artifact" or "other"
    std::set<int> mcids;
    std::istringstream in(pages[p].content);
    std::string line;
    const std::regex bdc(R"(^/(\w+) <<\s*/MCID (\d+)\b.*>> BDC$)");
    while (std::getline(in, line)) {
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
      const std::size_t space = line.rfind(' ');
      const std::string op = space == std::string::npos ? line : line.substr(space + 1);
      if (op == "BDC" || op == "BMC") {
        std::smatch b;
        if (std::regex_match(line, b, bdc)) {
          const int mcid = std::stoi(b[2]);
          EXPECT_TRUE(mcids.insert(mcid).second) << "MCID " << mcid << " twice";
          ASSERT_LT(static_cast<std::size_t>(mcid), elements.size()) << "MCID " << mcid << " not in the ParentTree";
          EXPECT_NE(elements[static_cast<std::size_t>(mcid)], "null");
          stack.push_back("mcid");
          ++marked_total;
        } else if (line == "/Artifact BMC") {
          stack.push_back("artifact");
          ++artifacts_total;
        } else {
          stack.push_back("other");
        }
      } else if (op == "EMC") {
        ASSERT_FALSE(stack.empty()) << "EMC without BDC";
        stack.pop_back();
      } else if (painting.count(op)) {
        const bool inside = std::any_of(stack.begin(), stack.end(), [](const std::string& s) { return s != "other"; });
        EXPECT_TRUE(inside) << "unmarked: " << line;
      }
    }
    EXPECT_TRUE(stack.empty()) << "a BDC without EMC";
    EXPECT_EQ(mcids.size(), elements.size()) << "ParentTree entries without marked content";
  }
  EXPECT_GT(marked_total, 1000u);
  EXPECT_GT(artifacts_total, 100u);
}

TEST_P(Tagged, EveryLinkAnnotationIsInALinkElement) {
  const std::string pdf = book(GetParam(), "web");
  const std::string qdf = run("qpdf --qdf --object-streams=disable '" + pdf + "' -");
  std::set<std::string> annotations, referenced;
  for (std::size_t at = qdf.find(" 0 obj\n"); at != std::string::npos; at = qdf.find(" 0 obj\n", at + 1)) {
    const std::size_t start = qdf.rfind('\n', at) + 1;
    const std::string number = qdf.substr(start, at - start);
    const std::size_t end = qdf.find("\nendobj", at);
    const std::string body = qdf.substr(at + 7, end - at - 7);
    if (body.find("/Subtype /Link") != std::string::npos) {
      annotations.insert(number);
      EXPECT_NE(body.find("/StructParent "), std::string::npos) << body;
    }
    if (body.find("/S /Link") != std::string::npos) {
      const std::regex objr(R"(/Obj (\d+) 0 R)");
      for (auto it = std::sregex_iterator(body.begin(), body.end(), objr); it != std::sregex_iterator(); ++it) {
        referenced.insert((*it)[1]);
      }
    }
  }
  EXPECT_GE(annotations.size(), data.organizations.size() + 12);  // the contents' entries and the websites
  EXPECT_EQ(annotations, referenced);
}

TEST(TaggedPhotos, EachPhotoIsAFigureWhoseAltIsItsCaption) {
  const fs::path dir = fs::temp_directory_path() / ("casebook-tagged-photos-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string pdf = (dir / "book.pdf").string();
  int status = -1;
  const std::string log = casebook("build tests/fixtures/photos -o '" + pdf + "'", &status);
  ASSERT_EQ(status, 0) << log;
  Diagnostics diags;
  const Casebook book = load_casebook(std::string(CASEBOOK_SOURCE_DIR) + "/tests/fixtures/photos", diags);
  std::vector<std::string> captions;
  for (const Organization& org : book.organizations) {
    for (const Photo& photo : org.photos) captions.push_back(photo.caption.value);
  }
  ASSERT_FALSE(captions.empty());
  const std::string qdf = run("qpdf --qdf --object-streams=disable '" + pdf + "' -");
  std::vector<std::string> alts;
  const std::regex alt(R"(/Alt <([0-9a-fA-F]*)>)");
  for (std::size_t at = qdf.find(" 0 obj\n"); at != std::string::npos; at = qdf.find(" 0 obj\n", at + 1)) {
    const std::size_t end = qdf.find("\nendobj", at);
    const std::string body = qdf.substr(at + 7, end - at - 7);
    if (body.find("/S /Figure") == std::string::npos) continue;
    std::smatch m;
    alts.push_back(std::regex_search(body, m, alt) ? utf16_text(m[1]) : "");
  }
  EXPECT_EQ(alts, captions);
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Layouts, Tagged, testing_support::shipped_layouts(), testing_support::layout_name);

}  // namespace
}  // namespace casebook
