// What part of the report a book holds, as words (layout/front_matter.h),
// and the counts page without the rows the report leaves out.

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "layout/front_matter.h"
#include "support/loaded_book.h"
#include "support/shipped_layouts.h"

namespace casebook {
namespace {

using testing_support::LoadedBook;
using testing_support::for_each_frame;

TEST(NumberList, RunsOfThreeOrMoreAreRangesTheRestSingles) {
  EXPECT_EQ(number_list({1, 2, 3, 4, 5, 9, 12}, "〜", "、"), "01〜05、09、12");
  EXPECT_EQ(number_list({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}, "〜", "、"), "01〜13");
  EXPECT_EQ(number_list({5, 6}, "〜", "、"), "05、06");  // two are listed, not a range
  EXPECT_EQ(number_list({12, 3, 1, 2, 3}, "–", ", "), "01–03, 12");  // unsorted, a duplicate
  EXPECT_EQ(number_list({7}, "〜", "、"), "07");
  EXPECT_EQ(number_list({120}, "〜", "、"), "120");
}

TEST(ScopeStatement, FilledOnlyWhenTheBookHoldsPartOfTheReport) {
  ReportScope report;
  report.organizations = 77;
  report.range_mark.value = "〜";
  report.list_mark.value = "、";
  Text statement{"本書は No.{numbers} の{count}団体（全{total}団体中）を収録", {}};
  std::vector<Organization> orgs(3);
  orgs[0].number = 1;
  orgs[1].number = 2;
  orgs[2].number = 9;
  const std::vector<const Organization*> some = {&orgs[0], &orgs[1], &orgs[2]};
  EXPECT_EQ(scope_statement(report, statement, some), "本書は No.01、02、09 の3団体（全77団体中）を収録");
  EXPECT_EQ(scope_statement(std::nullopt, statement, some), "");  // the data names no report
  report.organizations = 3;
  EXPECT_EQ(scope_statement(report, statement, some), "");  // the whole report
}

class CountsPage : public testing::TestWithParam<std::string> {};

TEST_P(CountsPage, LeavesOutZeroRowsAndEmptyCategories) {
  LoadedBook loaded(GetParam());
  ASSERT_FALSE(loaded.diags.has_errors());
  ASSERT_TRUE(loaded.spec.hide_zero_counts);
  const std::vector<const Organization*> orgs = loaded.organizations();
  const LayoutContext ctx = loaded.context(loaded.diags);
  const FrontSection counts = layout_counts(ctx, loaded.book, orgs);
  ASSERT_EQ(counts.pages.size(), 1u);

  const std::vector<int> items = primary_item_counts(loaded.book.taxonomy, orgs);
  const std::vector<int> targets = primary_target_counts(loaded.book.taxonomy, orgs);
  std::size_t item_rows = 0, target_cells = 0, category_rows = 0, zeros = 0;
  for_each_frame(counts.pages[0].root, [&](const Frame& f) {
    if (f.kind == FrameKind::counts_item) ++item_rows;
    if (f.kind == FrameKind::counts_category) ++category_rows;
    if (f.kind == FrameKind::counts_target && !f.lines.empty()) ++target_cells;
    if (f.kind == FrameKind::counts_count && f.lines.size() == 1 && f.lines[0].line.glyphs.size() == 1 &&
        f.lines[0].line.glyphs[0].text == "0") {
      ++zeros;
    }
  });
  EXPECT_EQ(zeros, 0u);
  EXPECT_EQ(item_rows, static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [](int n) { return n > 0; })));
  EXPECT_EQ(target_cells,
            static_cast<std::size_t>(std::count_if(targets.begin(), targets.end(), [](int n) { return n > 0; })));
  std::size_t counted_categories = 0;
  for (const Category& c : loaded.book.taxonomy.categories) {
    counted_categories += std::any_of(c.items.begin(), c.items.end(),
                                      [&](int i) { return items[static_cast<std::size_t>(i)] > 0; });
  }
  EXPECT_EQ(category_rows, counted_categories);
  EXPECT_LT(counted_categories, loaded.book.taxonomy.categories.size());  // the shipped 13 leave some out
}

/// The vertical rules of `table` at x, merged: whether they cover the
/// table's whole height without a gap.
bool rules_cover(const Frame& table, Length x) {
  std::vector<std::pair<Length, Length>> spans;
  for (const Rule& r : table.rules) {
    if (r.x1 == x && r.x2 == x) spans.emplace_back(std::min(r.y1, r.y2), std::max(r.y1, r.y2));
  }
  std::sort(spans.begin(), spans.end());
  Length reached = table.rect.y;
  for (const auto& [top, bottom] : spans) {
    if (top > reached + 1) return false;  // a gap (one unit of rounding allowed)
    reached = std::max(reached, bottom);
  }
  return reached >= table.rect.bottom() - 1;
}

TEST_P(CountsPage, ItsColumnsRunTheFullTableAndItsTextKeepsItsPadding) {
  LoadedBook loaded(GetParam());
  ASSERT_FALSE(loaded.diags.has_errors());
  const Length padding = loaded.spec.counts_padding;
  // A cell's inner space is ¼–½ em of the grid's text, as a DTP operator
  // gives it (it was 0.7 mm, 2 pt, before).
  const Length em = loaded.spec.styles.grid.size;
  EXPECT_GE(padding, em / 4);
  EXPECT_LE(padding, em / 2);
  const std::vector<const Organization*> orgs = loaded.organizations();
  const LayoutContext ctx = loaded.context(loaded.diags);
  const FrontSection counts = layout_counts(ctx, loaded.book, orgs);
  ASSERT_EQ(counts.pages.size(), 1u);

  int tables = 0, lines = 0;
  for_each_frame(counts.pages[0].root, [&](const Frame& table) {
    if (table.kind != FrameKind::counts_items && table.kind != FrameKind::counts_targets) return;
    ++tables;
    // Every column boundary (a cell's left edge inside the table) has its
    // rule from the table's top to its bottom: category rows included.
    std::set<Length> columns;
    for (const Frame& cell : table.children) {
      if (cell.rect.x > table.rect.x) columns.insert(cell.rect.x);
    }
    EXPECT_TRUE(columns.count(table.rect.right() - loaded.spec.contents_page_width)) << table.kind;
    for (const Length x : columns) {
      EXPECT_TRUE(rules_cover(table, x)) << table.kind << ": the rule at x = " << to_pt(x) << " pt has a gap";
    }
    // Every line of text keeps the padding from the cell's side rules.
    for (const Frame& cell : table.children) {
      for (const TextLine& line : cell.lines) {
        ++lines;
        EXPECT_GE(line.x, cell.rect.x + padding) << cell.kind << " " << testing_support::text_of(line);
        EXPECT_LE(line.x + line.line.width, cell.rect.right() - padding) << cell.kind << " "
                                                                          << testing_support::text_of(line);
      }
    }
  });
  EXPECT_EQ(tables, 2);
  EXPECT_GT(lines, 20);
}

INSTANTIATE_TEST_SUITE_P(Shipped, CountsPage, testing_support::shipped_layouts(), testing_support::layout_name);

}  // namespace
}  // namespace casebook
