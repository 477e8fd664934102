// How a spread page's spare room is spread over the rows of its tables
// ([template] row_stretch_max): every row grows in proportion to its
// natural height, none by more than the layout's cap, and only what the
// caps cannot absorb goes to the last row. Measured on the frames of the 13
// shipped spreads in both layouts, and on a short fixture record.

#include "data/block_kind.h"
#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "layout/spread.h"
#include "support/loaded_book.h"

namespace casebook {
namespace {

const Length kHalfPoint = pt(0.5);

/// A loaded book whose spreads are laid out one record at a time.
struct Book : testing_support::LoadedBook {
  using LoadedBook::LoadedBook;
  std::vector<Page> spread(const Organization& org) {
    Diagnostics d;
    return layout_spread(context(d), org, 1);
  }
};

/// One row of a label table as placed: its cells, its height, and the
/// height its content needs (the row before any stretch).
struct PlacedRow {
  std::vector<const Frame*> cells;
  Length height = 0;
  Length natural = 0;
  Length extra() const { return height - natural; }
  /// The empty band under the row's last text line.
  Length band() const {
    Length last = 0;
    for (const Frame* c : cells) {
      for (const TextLine& t : c->lines) last = std::max(last, t.baseline);
    }
    return cells.front()->rect.bottom() - last;
  }
};

/// The line pitch a cell of a label table is set on (tables.cc: labels in
/// "label", the message in "message", the other profile rows in
/// "profile", (1) and (2) in "body").
Length pitch_of(const LayoutSpec& spec, FrameKind frame_kind) {
  const std::string_view kind = frame_kind_name(frame_kind);
  if (kind.ends_with(".label")) return spec.styles.label.pitch;
  if (frame_kind == FrameKind::profile_message) return spec.styles.message.pitch;
  if (kind.starts_with("profile.")) return spec.styles.profile.pitch;
  return spec.styles.body.pitch;
}

/// What a cell's content needs: its lines from the first baseline to the
/// last on their pitch, and the padding above and below.
Length natural_height(const LayoutSpec& spec, const Frame& cell) {
  if (cell.lines.empty()) return 2 * spec.cell_padding;
  Length first = cell.lines.front().baseline, last = first;
  for (const TextLine& t : cell.lines) {
    first = std::min(first, t.baseline);
    last = std::max(last, t.baseline);
  }
  return last - first + pitch_of(spec, cell.kind) + 2 * spec.cell_padding;
}

std::vector<PlacedRow> rows_of(const LayoutSpec& spec, const Frame& table) {
  std::vector<PlacedRow> rows;
  for (const Frame& cell : table.children) {
    if (rows.empty() || rows.back().cells.front()->rect.y != cell.rect.y) {
      rows.push_back(PlacedRow{{}, cell.rect.height, 0});
    }
    rows.back().cells.push_back(&cell);
    rows.back().natural = std::max(rows.back().natural, natural_height(spec, cell));
  }
  return rows;
}

/// The tables that take a page's spare room: the fill block's, and the
/// foot block's (団体概要) after it.
std::vector<const Frame*> stretched_tables(const LayoutSpec& spec, const Page& page, std::size_t k) {
  std::vector<const Frame*> tables;
  bool from_fill = false;
  for (const Frame& block : page.root.children) {
    from_fill = from_fill || frame_kind_name(block.kind) == block_info(spec.fill.at(k)).name;
    if (!from_fill) continue;
    for (const Frame& c : block.children) {
      if (c.kind == FrameKind::content_table || c.kind == FrameKind::results_table ||
          c.kind == FrameKind::profile_table) {
        tables.push_back(&c);
      }
    }
  }
  return tables;
}

/// Calls `visit` with the placed rows of every table that takes a page's
/// spare room (stretched_tables()) on the spreads of all of `s`'s records,
/// the record, page and table named in a failure.
void for_each_stretched_table(Book& s, const std::function<void(const std::vector<PlacedRow>&)>& visit) {
  for (const Organization& org : s.book.organizations) {
    const std::vector<Page> pages = s.spread(org);
    for (std::size_t k = 0; k < 2; ++k) {
      for (const Frame* table : stretched_tables(s.spec, pages[k], k)) {
        SCOPED_TRACE(org.path + " page " + std::to_string(k + 1) + " " + std::string(frame_kind_name(table->kind)));
        visit(rows_of(s.spec, *table));
      }
    }
  }
}

/// The growth the cap allows a row of `natural` height.
Length cap_of(const LayoutSpec& spec, Length natural) { return scale(natural, spec.row_stretch_max, kUnitsPerPoint); }

class Shipped : public testing::TestWithParam<std::string> {};

TEST_P(Shipped, NoEmptyBandUnderARowsTextIsTallerThanTheLayoutsCapAllows) {
  Book s(GetParam());
  ASSERT_FALSE(s.diags.has_errors());
  ASSERT_EQ(s.book.organizations.size(), 13u);
  Length largest_band = 0;
  int rows_seen = 0;
  for_each_stretched_table(s, [&](const std::vector<PlacedRow>& rows) {
    ASSERT_GE(rows.size(), 2u);
    // What the caps cannot absorb goes to the last row: the room the
    // table took beyond what every row's cap allows.
    Length extra = 0, allowed = 0;
    for (const PlacedRow& row : rows) {
      extra += row.extra();
      allowed += cap_of(s.spec, row.natural);
    }
    const Length past_the_caps = std::max<Length>(0, extra - allowed);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const PlacedRow& row = rows[r];
      // The band a row leaves under its text when it is not stretched,
      // and what its cap (and, for the last row, the caps' overflow)
      // may add to it.
      const Length natural_band = row.band() - row.extra();
      const Length bound =
          natural_band + cap_of(s.spec, row.natural) + (r + 1 == rows.size() ? past_the_caps : 0);
      EXPECT_LE(row.band(), bound + kHalfPoint) << "row " << r << ": band " << to_mm(row.band()) << " mm";
      EXPECT_GE(row.extra(), -kHalfPoint) << "row " << r;
      largest_band = std::max(largest_band, row.band());
      ++rows_seen;
    }
  });
  EXPECT_GT(rows_seen, 13 * 2 * 3);
  std::printf("largest empty band under a row's text in %s: %.1f mm\n", GetParam().c_str(), to_mm(largest_band));
}

TEST_P(Shipped, RowsGrowInProportionToTheirNaturalHeight) {
  Book s(GetParam());
  ASSERT_FALSE(s.diags.has_errors());
  int tables_checked = 0;
  for_each_stretched_table(s, [&](const std::vector<PlacedRow>& rows) {
    Length extra = 0, natural = 0;
    for (const PlacedRow& row : rows) {
      extra += row.extra();
      natural += row.natural;
    }
    // A table whose room the caps cannot take is the cap test's case.
    if (extra < pt(1) || extra > cap_of(s.spec, natural)) return;
    ++tables_checked;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      EXPECT_NEAR(to_pt(rows[r].extra()), to_pt(scale(rows[r].natural, extra, natural)), 0.5) << "row " << r;
    }
  });
  // The shipped spreads stretch their fill tables on (nearly) every page.
  EXPECT_GE(tables_checked, 20);
}

INSTANTIATE_TEST_SUITE_P(Layouts, Shipped, testing::Values("casebook-a4.toml", "casebook-b5.toml"),
                         [](const testing::TestParamInfo<std::string>& param) { return param.param.substr(9, 2); });

class ShortRecord : public testing::TestWithParam<std::string> {};

// The base fixture's record has one short sentence a field: far more room
// than the caps absorb.
TEST_P(ShortRecord, RowsStopAtTheCapAndTheLastRowTakesTheRest) {
  Book s(GetParam(), "tests/fixtures/base");
  ASSERT_FALSE(s.diags.has_errors());
  const std::vector<Page> pages = s.spread(s.book.organizations.at(0));
  const Length foot = s.spec.page_height - s.spec.margin_bottom;
  for (std::size_t k = 0; k < 2; ++k) {
    const std::vector<const Frame*> tables = stretched_tables(s.spec, pages[k], k);
    ASSERT_FALSE(tables.empty());
    const Frame& fill = *tables.front();
    SCOPED_TRACE(std::string(frame_kind_name(fill.kind)));
    const std::vector<PlacedRow> rows = rows_of(s.spec, fill);
    ASSERT_EQ(rows.size(), 3u);
    // Every row but the last grows by exactly its cap.
    for (std::size_t r = 0; r + 1 < rows.size(); ++r) {
      EXPECT_NEAR(to_pt(rows[r].extra()), to_pt(cap_of(s.spec, rows[r].natural)), 0.01) << "row " << r;
    }
    // The last row takes more than its cap: the rest of the page.
    EXPECT_GT(rows.back().extra(), cap_of(s.spec, rows.back().natural) + pt(10));
    // Text stays at the top of its cell, the label's first line level with
    // the value's: within its first pitch below the padding.
    for (const PlacedRow& row : rows) {
      ASSERT_EQ(row.cells.size(), 2u);
      const Frame& label = *row.cells[0];
      const Frame& value = *row.cells[1];
      ASSERT_FALSE(label.lines.empty());
      ASSERT_FALSE(value.lines.empty());
      const Length label_top = label.lines.front().baseline - label.rect.y - s.spec.cell_padding;
      const Length value_top = value.lines.front().baseline - value.rect.y - s.spec.cell_padding;
      EXPECT_GT(label_top, 0);
      EXPECT_LT(label_top, pitch_of(s.spec, label.kind));
      EXPECT_GT(value_top, 0);
      EXPECT_LT(value_top, pitch_of(s.spec, value.kind));
      EXPECT_LT(std::abs(label.lines.front().baseline - value.lines.front().baseline),
                pitch_of(s.spec, value.kind) / 2);
    }
  }
  // And both pages still end on the bottom margin.
  for (std::size_t k = 0; k < 2; ++k) {
    const std::string last(block_info((k == 0 ? s.spec.page1 : s.spec.page2).back()).name);
    const Frame* block = nullptr;
    for (const Frame& b : pages[k].root.children) block = frame_kind_name(b.kind) == last ? &b : block;
    ASSERT_NE(block, nullptr) << last;
    EXPECT_NEAR(to_pt(block->rect.bottom()), to_pt(foot), 0.5) << last;
  }
}

INSTANTIATE_TEST_SUITE_P(Layouts, ShortRecord, testing::Values("casebook-a4.toml", "casebook-b5.toml"),
                         [](const testing::TestParamInfo<std::string>& param) { return param.param.substr(9, 2); });

}  // namespace
}  // namespace casebook
