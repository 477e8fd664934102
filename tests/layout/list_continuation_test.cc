// The shipped records' lines that belong to a list item (12's counts under
// ・ラジオメッセージ, 03's ※ notes) are set where the item's text is, not at
// the cell's edge, in both layouts.

#include <gtest/gtest.h>

#include "layout/spread.h"
#include "support/loaded_book.h"
#include "support/shipped_layouts.h"

namespace casebook {
namespace {

using testing_support::LoadedBook;
using testing_support::for_each_frame;
using testing_support::text_of;

/// The x of the first line of `kind`'s cell in `org`'s spread that starts
/// with `start`, relative to the cell; -1 when there is none.
Length x_of(const std::vector<Page>& pages, FrameKind kind, const std::string& start) {
  Length x = -1;
  for (const Page& p : pages) {
    for_each_frame(p.root, [&](const Frame& f) {
      if (f.kind != kind) return;
      for (const TextLine& t : f.lines) {
        if (x < 0 && !t.marker && text_of(t).rfind(start, 0) == 0) x = t.x - f.rect.x;
      }
    });
  }
  return x;
}

class ListContinuation : public testing::TestWithParam<std::string> {};

TEST_P(ListContinuation, AlignsWithItsItemsText) {
  LoadedBook loaded(GetParam());
  ASSERT_FALSE(loaded.diags.has_errors());
  const LayoutContext ctx = loaded.context(loaded.diags);
  auto spread = [&](int number) { return layout_spread(ctx, loaded.book.organizations.at(number - 1), 2 * number - 1); };

  // 12: ・ラジオメッセージ：… then two lines that belong to it.
  const auto twelve = spread(12);
  const Length item = x_of(twelve, FrameKind::results_outcomes, "ラジオメッセージ：放送回数");
  ASSERT_GT(item, loaded.spec.cell_padding);  // after the ・
  EXPECT_EQ(x_of(twelve, FrameKind::results_outcomes, "「ラジオを聞いて電話しました」"), item);
  EXPECT_EQ(x_of(twelve, FrameKind::results_outcomes, "「ラジオメッセージを聞いたよ」"), item);

  // 03: unmarked items hang; a ※ note under one sits with its turned-over
  // lines, one em in from where the item starts.
  const auto three = spread(3);
  const Length start = x_of(three, FrameKind::results_outcomes, "OSHI");
  ASSERT_GE(start, 0);
  const Length em = loaded.spec.styles.body.size;
  EXPECT_EQ(x_of(three, FrameKind::results_outcomes, "※リリース後"), start + em);
  EXPECT_EQ(x_of(three, FrameKind::results_outcomes, "※さらに増やす"), start + em);
  EXPECT_EQ(x_of(three, FrameKind::results_outcomes, "パンフレット配布箇所"), start);
}

INSTANTIATE_TEST_SUITE_P(Shipped, ListContinuation, testing_support::shipped_layouts(), testing_support::layout_name);

}  // namespace
}  // namespace casebook
