// The two-page spread on the shipped layouts.

#include "layout/spread.h"

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "data/load_layout.h"
#include "layout/frame_dump.h"
#include "support/edited_layout.h"
#include "support/loaded_book.h"
#include "support/shipped_layouts.h"

namespace casebook {
namespace {

const std::string kRoot = CASEBOOK_SOURCE_DIR;

using testing_support::LoadedBook;

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Layout, TheShippedLayoutsLoadClean) {
  for (const char* layout : {"casebook-a4.toml", "casebook-b5.toml"}) {
    Diagnostics diags;
    const LayoutSpec spec = load_layout(kRoot + "/layouts/" + layout, diags);
    std::ostringstream out;
    print_diagnostics(out, diags);
    EXPECT_EQ(out.str(), "") << layout;
    EXPECT_EQ(spec.page1.size() + spec.page2.size(), 7u);
  }
}

TEST(Layout, GoldenFrameDumpOfOneSpread) {
  LoadedBook s("casebook-a4.toml", "tests/fixtures/base");
  ASSERT_FALSE(s.diags.has_errors());
  Diagnostics diags;
  const std::vector<Page> pages = layout_spread(s.context(diags), s.book.organizations.at(0), 1);
  ASSERT_EQ(pages.size(), 2u);
  std::string dump = dump_pages(pages);
  for (std::size_t at = dump.find(kRoot + "/"); at != std::string::npos; at = dump.find(kRoot + "/")) {
    dump.erase(at, kRoot.size() + 1);
  }
  const std::string golden = kRoot + "/tests/layout/golden/base-a4.txt";
  if (std::getenv("CASEBOOK_UPDATE_GOLDEN")) {
    std::filesystem::create_directories(kRoot + "/tests/layout/golden");
    std::ofstream(golden) << dump;
  }
  EXPECT_EQ(dump, read(golden));
}

}  // namespace
}  // namespace casebook

namespace casebook {
namespace {

using testing_support::for_each_frame;
using testing_support::text_of;

class BothLayouts : public testing::TestWithParam<std::string> {};

TEST_P(BothLayouts, EveryRecordSetsOnTwoPagesInsideItsFrames) {
  LoadedBook s(GetParam());
  ASSERT_FALSE(s.diags.has_errors());
  ASSERT_EQ(s.book.organizations.size(), 13u);
  const LayoutSpec& spec = s.spec;
  int page_number = 1;
  for (const Organization& org : s.book.organizations) {
    SCOPED_TRACE(org.path);
    Diagnostics diags;
    const std::vector<Page> pages = layout_spread(s.context(diags), org, page_number);
    page_number += 2;
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_FALSE(diags.has_errors());
    for (const Page& page : pages) {
      const Length left = page.number % 2 == 1 ? spec.margin_inner : spec.margin_outer;
      const Length right = left + spec.page_width - spec.margin_inner - spec.margin_outer;
      for_each_frame(page.root, [&](const Frame& f) {
        const bool footer = f.kind == FrameKind::footer;
        // The running head (柱) is set in the top margin, the folio in the bottom one.
        const Length top = f.kind == FrameKind::running_head ? 0 : spec.margin_top,
                     bottom = footer ? spec.page_height : spec.page_height - spec.margin_bottom;
        for (const TextLine& t : f.lines) {
          // Every line inside its own frame and inside the margins.
          EXPECT_GE(t.x, f.rect.x) << f.kind << " " << text_of(t);
          EXPECT_LE(t.x + t.line.width, f.rect.right() + 1) << f.kind << " " << text_of(t);
          EXPECT_GE(t.x, left) << text_of(t);
          EXPECT_LE(t.x + t.line.width, right + 1) << text_of(t);
          EXPECT_GT(t.baseline, f.rect.y) << f.kind << " " << text_of(t);
          EXPECT_LE(t.baseline, f.rect.bottom()) << f.kind << " " << text_of(t);
          EXPECT_LE(t.baseline, bottom) << text_of(t);
          EXPECT_GE(t.baseline, top) << text_of(t);
        }
        for (const Rule& r : f.rules) {
          EXPECT_GE(std::min(r.x1, r.x2), left - 1) << f.kind;
          EXPECT_LE(std::max(r.x1, r.x2), right + 1) << f.kind;
          EXPECT_LE(std::max(r.y1, r.y2), bottom + 1) << f.kind;
        }
        if (!footer) {
          EXPECT_GE(f.rect.x, left - 1) << f.kind;
          EXPECT_LE(f.rect.right(), right + 1) << f.kind;
          EXPECT_LE(f.rect.bottom(), bottom + 1) << f.kind;
        }
      });
    }
  }
}

TEST_P(BothLayouts, MarksLandInFrontOfTheItemsTheRecordNames) {
  LoadedBook s(GetParam());
  for (const Organization& org : s.book.organizations) {
    SCOPED_TRACE(org.path);
    Diagnostics diags;
    const std::vector<Page> pages = layout_spread(s.context(diags), org, 1);
    // Read the grids back: each mark cell and the item cell after it.
    std::map<std::string, std::string> marked;  // item → mark
    for_each_frame(pages[0].root, [&](const Frame& f) {
      for (std::size_t i = 0; i + 1 < f.children.size(); ++i) {
        const Frame& mark = f.children[i];
        const Frame& item = f.children[i + 1];
        if ((mark.kind == FrameKind::activities_mark || mark.kind == FrameKind::targets_mark) && !mark.lines.empty()) {
          std::string name;
          for (const TextLine& t : item.lines) name += text_of(t);
          marked[name] = text_of(mark.lines.front());
        }
      }
    });
    std::map<std::string, std::string> expected;
    auto expect_marks = [&](const MarkSet& m, const std::vector<TaxonomyEntry>& entries) {
      auto squeeze = [](std::string n) {
        std::erase(n, ' ');
        return n;
      };
      expected[squeeze(entries.at(static_cast<std::size_t>(m.primary.index)).name)] = "★";
      for (const Mark& sm : m.secondary) expected[squeeze(entries.at(static_cast<std::size_t>(sm.index)).name)] = "☆";
    };
    expect_marks(org.activities, s.book.taxonomy.items);
    expect_marks(org.targets, s.book.taxonomy.targets);
    EXPECT_EQ(marked, expected);
  }
}

TEST(Copyfit, ShrinkingFurtherThanWarnBelowIsAWarningLessIsANote) {
  LoadedBook s("casebook-a4.toml");
  EXPECT_EQ(s.spec.copyfit_warn_below, kUnitsPerPoint) << "the default: 1 pt under the nominal size";
  Organization org = s.book.organizations.at(0);
  const std::vector<Block> blocks = org.description.blocks;
  for (int i = 1; i < 3; ++i) org.description.blocks.insert(org.description.blocks.end(), blocks.begin(), blocks.end());
  // The block goes from 9 pt to 7.5 pt: 1.5 pt down.
  auto shrink_severity = [&](Length warn_below) {
    s.spec.copyfit_warn_below = warn_below;
    Diagnostics d;
    layout_spread(s.context(d), org, 1);
    for (const Diagnostic& item : d.items()) {
      if (item.code == "shrink") return std::optional<Severity>(item.severity);
    }
    return std::optional<Severity>();
  };
  EXPECT_EQ(shrink_severity(kUnitsPerPoint), Severity::warning);
  EXPECT_EQ(shrink_severity(3 * kUnitsPerPoint / 2), Severity::note);  // exactly at the limit: not more
  EXPECT_EQ(shrink_severity(2 * kUnitsPerPoint), Severity::note);
  EXPECT_EQ(shrink_severity(0), Severity::warning);
}

INSTANTIATE_TEST_SUITE_P(Layouts, BothLayouts, testing_support::shipped_layouts(), testing_support::layout_name);

TEST(Copyfit, LongTextShrinksThenOverflowIsReportedAtTheField) {
  LoadedBook s("casebook-a4.toml");
  Organization org = s.book.organizations.at(0);
  auto grow = [](RichText& r, int times) {
    const std::vector<Block> blocks = r.blocks;
    for (int i = 1; i < times; ++i) r.blocks.insert(r.blocks.end(), blocks.begin(), blocks.end());
  };
  // Three times the description, twice the purpose: it still fits, at a smaller size, with a note.
  grow(org.description, 3);
  grow(org.purpose, 2);
  Diagnostics shrunk;
  const std::vector<Page> fitted = layout_spread(s.context(shrunk), org, 1);
  EXPECT_FALSE(shrunk.has_errors());
  EXPECT_LE(fitted[0].root.rect.bottom(), s.spec.page_height - s.spec.margin_bottom);
  // 9 pt down to the A4 layout's 7.5 pt `small` step: more than
  // copyfit.warn_below's default 1 pt, so a warning.
  ASSERT_GE(shrunk.count(Severity::warning), 1);
  EXPECT_NE(shrunk.items().front().message.find("(1) 取組の内容 set at 7.5 pt instead of 9 pt"), std::string::npos)
      << shrunk.items().front().message;

  // Five times every text of page 2: overflow, reported at the field.
  org = s.book.organizations.at(0);
  for (RichText* r : {&org.partners, &org.outreach, &org.outcomes}) grow(*r, 5);
  Diagnostics overflow;
  const std::vector<Page> pages = layout_spread(s.context(overflow), org, 1);
  ASSERT_EQ(pages.size(), 2u);
  ASSERT_TRUE(overflow.has_errors());
  const Diagnostic* error = nullptr;
  for (const Diagnostic& d : overflow.items()) {
    if (d.severity == Severity::error) error = &d;
  }
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(error->span, org.outcomes.span);
  EXPECT_NE(error->message.find("定性的な成果／定量的な成果 overflows page 2 by "), std::string::npos) << error->message;
  EXPECT_NE(error->message.find(" at 7.5 pt"), std::string::npos) << error->message;
  EXPECT_GT(pages[1].root.overflow, 0);
}

// A page that overflows because the layout forbids smaller type: the error
// is at the record, and a hint points at the layout key that set the floor,
// at its line and column in the layout's text.
TEST(Copyfit, AnOverflowAtTheMinimumSizeNamesTheLayoutLineOfMinSize) {
  LoadedBook s("casebook-a4.toml");
  testing_support::EditedLayout layout;
  layout.edit("min_size = \"7.5pt\"\nsteps = [\"small\"]", "min_size = \"9pt\"\nsteps = []");
  ASSERT_EQ(layout.load(), "");
  const std::string file = (layout.dir() / "layout.toml").string();
  Diagnostics loaded;
  s.spec = load_layout(file, loaded);
  ASSERT_FALSE(loaded.has_errors());

  Organization org = s.book.organizations.at(0);
  for (RichText* r : {&org.partners, &org.outreach, &org.outcomes}) {
    const std::vector<Block> blocks = r->blocks;
    for (int i = 1; i < 5; ++i) r->blocks.insert(r->blocks.end(), blocks.begin(), blocks.end());
  }
  Diagnostics diags;
  layout_spread(s.context(diags), org, 1);
  const Diagnostic* error = nullptr;
  for (const Diagnostic& d : diags.items()) {
    if (d.severity == Severity::error) error = &d;
  }
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(error->span, org.outcomes.span);
  EXPECT_NE(error->message.find(" at 9 pt"), std::string::npos) << error->message;
  std::string place = layout.where("\"9pt\"");
  place.replace(0, std::string("LAYOUT").size(), file);
  const std::string expected = "copyfit.min_size (9 pt) is at " + place +
                               ": no block is set smaller; allow a smaller copyfit.min_size in the layout";
  ASSERT_EQ(error->hints.size(), 2u);
  EXPECT_EQ(error->hints[1], expected);
}

}  // namespace
}  // namespace casebook

#include "layout/front_matter.h"

namespace casebook {
namespace {

TEST(Mapping, ALongListFlowsIntoSeveralColumnsOfItsCategory) {
  LoadedBook s("casebook-a4.toml");
  // A page 100 mm wider than A4: room for the list's columns to be wide
  // enough (11 em of the target type) to flow.
  s.spec.page_width += mm(100);
  Diagnostics diags;
  // Twenty organizations with the same ★ target and category (多世代 × 1).
  std::vector<const Organization*> orgs(20, &s.book.organizations.at(1));
  const FrontSection mapping = layout_mapping(s.context(diags), s.book, orgs);
  ASSERT_EQ(mapping.pages.size(), 1u);
  const Frame& table = mapping.pages[0].root.children.at(1);
  int cells = 0, continuing = 0;
  for (const Frame& c : table.children) cells += c.kind == FrameKind::mapping_cell ? 1 : 0;
  // 8 entries a column: 20 flow into 3 columns, and the other 4
  // categories have one (empty) cell each.
  EXPECT_EQ(cells, 3 + 4);
  // No rule between the columns of one list: 5 + 1 vertical rules only
  // in the body row (label | cat1 | cat2 | … | cat5) = 5.
  for (const Rule& r : table.rules) continuing += r.x1 == r.x2 && r.y1 > table.rect.y ? 1 : 0;
  EXPECT_EQ(continuing, 5);
}

TEST(Mapping, AListColumnIsNeverNarrowerThanElevenEmsAndAnEmptyOneFitsItsHeading) {
  LoadedBook s("casebook-a4.toml");
  Diagnostics diags;
  // At A4 the list of twenty flows into as many columns as its category's
  // share allows, each at least 11 em wide; the empty categories are as
  // wide as their headings' phrases need (columns follow their content).
  std::vector<const Organization*> orgs(20, &s.book.organizations.at(1));
  const FrontSection mapping = layout_mapping(s.context(diags), s.book, orgs);
  const Frame& table = mapping.pages.at(0).root.children.at(1);
  int cells = 0;
  for (const Frame& c : table.children) {
    if (c.kind != FrameKind::mapping_cell) continue;
    ++cells;
    if (!c.lines.empty()) {
      EXPECT_GE(c.rect.width, 11 * s.spec.styles.target.size);
    }
  }
  EXPECT_GE(cells, 5);
  EXPECT_TRUE(diags.items().empty());  // no heading broken inside a phrase
}

}  // namespace
}  // namespace casebook
