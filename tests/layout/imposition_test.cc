// Imposition on the shipped layouts and all 13 records: 左綴じ (bound on
// the left), so the book's first page and every odd folio is a right-hand
// page, and each page's type area sits on its side of the binding — front
// matter, spreads and blank pages alike.

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "layout/book.h"
#include "layout/page_geometry.h"
#include "support/loaded_book.h"

namespace casebook {
namespace {

/// The shipped book imposed with layouts/`layout`, its facing_spreads set
/// to `facing`.
struct Imposed {
  testing_support::LoadedBook loaded;
  const Diagnostics& diags = loaded.diags;
  const LayoutSpec& spec = loaded.spec;
  BookPages book;

  Imposed(const std::string& layout, bool facing) : loaded(layout) {
    loaded.spec.facing_spreads = facing;
    book = layout_book(loaded.context(loaded.diags), loaded.book, loaded.organizations(), "");
  }
};

const Frame* find_kind(const Frame& f, FrameKind kind) {
  if (f.kind == kind) return &f;
  for (const Frame& c : f.children) {
    if (const Frame* found = find_kind(c, kind)) return found;
  }
  return nullptr;
}

class Imposition : public testing::TestWithParam<std::tuple<std::string, bool>> {};

TEST_P(Imposition, TheFrontMatterEndsOnAnEvenPageCount) {
  const Imposed b(std::get<0>(GetParam()), std::get<1>(GetParam()));
  ASSERT_FALSE(b.diags.has_errors());
  int front = 0;
  for (const Page& p : b.book.pages) front += p.front ? 1 : 0;
  EXPECT_EQ(front % 2, 0) << front;
  EXPECT_TRUE(b.book.pages[front - 1].blank) << "the shipped front matter has five pages: a sixth, blank";
}

TEST_P(Imposition, EveryOddFolioIsARightHandPage) {
  const Imposed b(std::get<0>(GetParam()), std::get<1>(GetParam()));
  for (std::size_t i = 0; i < b.book.pages.size(); ++i) {
    // The file's first page is the book's first right-hand page.
    const bool right_hand_in_print = i % 2 == 0;
    EXPECT_EQ(is_right_hand(b.book.pages[i].number), right_hand_in_print) << "page index " << i;
  }
}

TEST_P(Imposition, TheFolioAndTheTypeAreaSitOnThePagesSideOfTheBinding) {
  const Imposed b(std::get<0>(GetParam()), std::get<1>(GetParam()));
  const LayoutSpec& s = b.spec;
  ASSERT_NE(s.margin_inner, s.margin_outer) << "B5 has unequal margins; A4 checks the same with equal ones";
  for (std::size_t i = 0; i < b.book.pages.size(); ++i) {
    const Page& p = b.book.pages[i];
    if (p.blank || p.root.kind == FrameKind::cover) continue;
    const Rect area = page_geometry(s, p.number).type_area;
    const Length left = i % 2 == 0 ? s.margin_inner : s.margin_outer;  // binding on the left of a right-hand page
    EXPECT_EQ(area.x, left);
    EXPECT_EQ(p.root.rect.x, area.x) << "page index " << i << " (" << p.root.kind << ")";
    const Frame* footer = find_kind(p.root, FrameKind::footer);
    ASSERT_NE(footer, nullptr) << "page index " << i;
    EXPECT_EQ(footer->rect.x, area.x) << "page index " << i;
    // The folio is centred on the type area, not on the page.
    ASSERT_FALSE(footer->lines.empty());
    const TextLine& folio = footer->lines.front();
    EXPECT_NEAR(folio.x + folio.line.width / 2, area.x + area.width / 2, 0.01) << "page index " << i;
  }
}

TEST_P(Imposition, WithFacingSpreadsEachOrganizationStartsOnALeftHandPage) {
  const Imposed b(std::get<0>(GetParam()), std::get<1>(GetParam()));
  if (!b.spec.facing_spreads) GTEST_SKIP() << "spreads start on the page after the last";
  int starts = 0;
  for (std::size_t i = 0; i < b.book.pages.size(); ++i) {
    const Page& p = b.book.pages[i];
    if (p.front || p.blank || !find_kind(p.root, FrameKind::header)) continue;
    ++starts;
    EXPECT_EQ(i % 2, 1u) << "page index " << i << " (folio " << p.number << ")";
  }
  EXPECT_EQ(starts, 13);
}

INSTANTIATE_TEST_SUITE_P(Layouts, Imposition,
                         testing::Combine(testing::Values("casebook-b5.toml"), testing::Bool()));

}  // namespace
}  // namespace casebook
