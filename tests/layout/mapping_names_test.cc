// 全体マッピング on the shipped data, in A4 and B5, read back from the PDF:
// no organization's name is broken inside a word, the corner cell has its
// diagonal rule, and the columns follow their content (issue 10, section 2).

#include <unistd.h>

#include <algorithm>
#include <filesystem>
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

/// pdftotext -bbox's words of a one-page PDF.
std::vector<std::string> words_of(const fs::path& pdf) {
  const std::string html = run("pdftotext -bbox -enc UTF-8 '" + pdf.string() + "' - 2>&1");
  std::vector<std::string> words;
  const std::regex word(R"re(<word [^>]*>([^<]*)</word>)re");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), word); it != std::sregex_iterator(); ++it) {
    words.push_back((*it)[1]);
  }
  return words;
}

/// The words of a name a line may hold: every run of its pieces, the name
/// cut where a line may break — after its legal form, at its phrase marks,
/// at a space, after 、 or ・ and before （ — and at no other place.
std::set<std::string> allowed_words(const Organization& o, const Taxonomy& t) {
  const std::string& name = o.name.value;
  std::vector<std::size_t> cuts = o.name_breaks;
  for (const std::string& form : t.legal_forms) {
    if (name.starts_with(form)) cuts.push_back(form.size());
  }
  for (std::size_t i = 0; i < name.size(); ++i) {
    const std::string_view rest = std::string_view(name).substr(i);
    if (rest.starts_with(" ")) cuts.push_back(i), cuts.push_back(i + 1);
    if (rest.starts_with("、") || rest.starts_with("・")) cuts.push_back(i + 3);
    if (rest.starts_with("（")) cuts.push_back(i);
  }
  cuts.push_back(0);
  cuts.push_back(name.size());
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::set<std::string> out;
  for (std::size_t a = 0; a < cuts.size(); ++a) {
    for (std::size_t b = a + 1; b < cuts.size(); ++b) {
      std::string w = name.substr(cuts[a], cuts[b] - cuts[a]);
      if (w.find(' ') == std::string::npos && !w.empty()) out.insert(w);
    }
  }
  return out;
}

class MappingNames : public testing::TestWithParam<const char*> {};

TEST_P(MappingNames, NoNameIsBrokenInsideAWordTheCornerHasItsDiagonalAndColumnsFollowTheirContent) {
  const std::string src = CASEBOOK_SOURCE_DIR;
  Diagnostics diags;
  const Casebook data = load_casebook(src + "/data", diags);
  const LayoutSpec spec = load_layout(src + "/layouts/" + GetParam(), diags);
  FaceSet faces;
  faces.load(spec.faces, {spec.path, 1, 1}, diags);
  ASSERT_FALSE(diags.has_errors());
  std::vector<const Organization*> orgs;
  for (const Organization& o : data.organizations) orgs.push_back(&o);
  const LayoutContext ctx{spec, faces, data.taxonomy, diags, data.dir};
  const FrontSection mapping = layout_mapping(ctx, data, orgs);
  EXPECT_TRUE(diags.items().empty()) << diags.items().front().message;
  ASSERT_EQ(mapping.pages.size(), 1u);

  // The corner's 斜線 runs from its top-left to its bottom-right corner.
  const Frame& table = mapping.pages[0].root.children.back();
  ASSERT_FALSE(table.children.empty());
  const Frame& corner = table.children.front();
  const bool diagonal = std::any_of(corner.rules.begin(), corner.rules.end(), [&](const Rule& r) {
    return r.x1 == corner.rect.x && r.y1 == corner.rect.y && r.x2 == corner.rect.right() && r.y2 == corner.rect.bottom();
  });
  EXPECT_TRUE(diagonal);

  // Columns follow their content: 1 つながりの場づくり (nine names) is wider
  // than 4 地域課題解決型の取組 (none), not an equal share.
  EXPECT_GT(table.children.at(1).rect.width, table.children.at(4).rect.width + pt(36));

  // Every word printed that is part of a name is a run of its pieces.
  const fs::path pdf = fs::temp_directory_path() / ("casebook-mapping-names-" + std::to_string(::getpid()) + ".pdf");
  pdf::write_pdf(mapping.pages, pdf.string(), {});
  std::size_t checked = 0;
  for (const std::string& word : words_of(pdf)) {
    if (word.size() < 4) continue;  // a digit, a bracket
    bool in_a_name = false, a_run_of_pieces = false;
    for (const Organization& o : data.organizations) {
      if (o.name.value.find(word) == std::string::npos) continue;
      in_a_name = true;
      a_run_of_pieces = a_run_of_pieces || allowed_words(o, data.taxonomy).count(word) > 0;
    }
    if (!in_a_name) continue;  // a heading, a target's label
    EXPECT_TRUE(a_run_of_pieces) << "'" << word << "' is a name broken inside a word (" << GetParam() << ")";
    ++checked;
  }
  EXPECT_GE(checked, data.organizations.size());
  fs::remove(pdf);
}

INSTANTIATE_TEST_SUITE_P(Layouts, MappingNames, testing::Values("casebook-a4.toml", "casebook-b5.toml"));

}  // namespace
}  // namespace casebook
