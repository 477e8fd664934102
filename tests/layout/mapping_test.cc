// 全体マッピング at many organizations, set and written to a PDF, then read
// back with pdftotext -bbox: every organization is in it exactly once,
// nothing is printed over anything else, every page has the header row and
// keeps inside the content area.

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "data/load.h"
#include "data/load_layout.h"
#include "layout/front_matter.h"
#include "pdf/write_pdf.h"
#include "support/process.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::run;

struct Word {
  double x0, y0, x1, y1;
  std::string text;
};

/// pdftotext -bbox's words, page by page (in PDF points, y down).
std::vector<std::vector<Word>> words_of(const fs::path& pdf) {
  const std::string html = run("pdftotext -bbox -enc UTF-8 '" + pdf.string() + "' - 2>&1");
  std::vector<std::vector<Word>> pages;
  const std::regex word(R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
  std::size_t at = 0;
  for (std::size_t page = html.find("<page", at); page != std::string::npos; page = html.find("<page", at)) {
    const std::size_t end = html.find("</page>", page);
    const std::string body = html.substr(page, end - page);
    pages.emplace_back();
    for (auto it = std::sregex_iterator(body.begin(), body.end(), word); it != std::sregex_iterator(); ++it) {
      pages.back().push_back(Word{std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4]),
                                  (*it)[5]});
    }
    at = end;
  }
  return pages;
}

class Mapping : public testing::TestWithParam<int> {};

TEST_P(Mapping, EveryOrganizationOnceNothingOverprintedHeaderOnEveryPage) {
  const int n = GetParam();
  const fs::path dir = fs::temp_directory_path() / ("casebook-mapping-" + std::to_string(n) + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string src = CASEBOOK_SOURCE_DIR;
  run("'" + src + "/bench/make_synthetic.sh' '" + (dir / "data").string() + "' " + std::to_string(n));

  Diagnostics diags;
  const Casebook data = load_casebook((dir / "data").string(), diags);
  const LayoutSpec spec = load_layout(src + "/layouts/casebook-a4.toml", diags);
  FaceSet faces;
  faces.load(spec.faces, {spec.path, 1, 1}, diags);
  ASSERT_FALSE(diags.has_errors());
  ASSERT_EQ(data.organizations.size(), static_cast<std::size_t>(n));
  std::vector<const Organization*> orgs;
  for (const Organization& o : data.organizations) orgs.push_back(&o);

  Diagnostics layout_diags;
  const LayoutContext ctx{spec, faces, data.taxonomy, layout_diags, data.dir};
  const FrontSection mapping = layout_mapping(ctx, data, orgs);
  // Names may wrap, never run past their cells (no overfull line warnings).
  EXPECT_TRUE(layout_diags.items().empty()) << layout_diags.items().front().message;
  ASSERT_GT(mapping.pages.size(), 1u);

  const fs::path pdf = dir / "mapping.pdf";
  pdf::write_pdf(mapping.pages, pdf.string(), {});
  const std::vector<std::vector<Word>> pages = words_of(pdf);
  ASSERT_EQ(pages.size(), mapping.pages.size());

  std::map<int, int> seen;  // organization number → times printed
  const double top = to_pt(spec.margin_top) - 1, bottom = to_pt(spec.page_height - spec.margin_bottom) + 1;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const std::vector<Word>& words = pages[p];
    // The header row: the corner label and each category, on every page.
    const auto has = [&](const std::string& text) {
      return std::any_of(words.begin(), words.end(), [&](const Word& w) { return w.text == text; });
    };
    EXPECT_TRUE(has("取組の種類")) << "page " << p + 1;
    EXPECT_TRUE(has("つながりの場づくり")) << "page " << p + 1;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const Word& a = words[i];
      EXPECT_GE(a.y0, top) << a.text << " on page " << p + 1;
      EXPECT_LE(a.y1, bottom) << a.text << " on page " << p + 1;
      // An entry starts with the organization's number, two digits or more
      // (a word of its own, or the first of a word that holds the space
      // typed after it, when that space is set too narrow to be seen).
      const std::string first = a.text.substr(0, a.text.find(' '));
      if (first.size() >= 2 && std::all_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        ++seen[std::stoi(first)];
      }
      for (std::size_t j = i + 1; j < words.size(); ++j) {
        const Word& b = words[j];
        // 0.5 pt of tolerance: neighbouring words may touch.
        const bool overlap = a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
        EXPECT_FALSE(overlap) << "'" << a.text << "' and '" << b.text << "' overlap on page " << p + 1;
        if (overlap) return;  // one is enough to see the problem
      }
    }
  }
  for (int number = 1; number <= n; ++number) EXPECT_EQ(seen[number], 1) << "organization " << number;
  EXPECT_EQ(seen.size(), static_cast<std::size_t>(n));
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Organizations, Mapping, testing::Values(200, 770));

}  // namespace
}  // namespace casebook
