// One vertical line down the spread: the values of the header, of (1) and
// (2) and of 団体概要 start at the same x, on every record and both layouts.

#include <set>

#include <gtest/gtest.h>

#include "layout/spread.h"
#include "support/loaded_book.h"
#include "support/shipped_layouts.h"

namespace casebook {
namespace {

using testing_support::LoadedBook;
using testing_support::for_each_frame;

/// The cells that hold a value beside a label.
const std::set<FrameKind> kValueCells = {
    FrameKind::header_name,       FrameKind::header_region,           FrameKind::header_title,          FrameKind::content_purpose,
    FrameKind::content_audience,  FrameKind::content_description,     FrameKind::results_partners,      FrameKind::results_outreach,
    FrameKind::results_outcomes,  FrameKind::profile_name,            FrameKind::profile_representative, FrameKind::profile_founded,
    FrameKind::profile_staff,     FrameKind::profile_address,         FrameKind::profile_website,       FrameKind::profile_message};

class ValueColumn : public testing::TestWithParam<std::string> {};

TEST_P(ValueColumn, HeaderTablesAndProfileValuesStartOnOneVerticalLine) {
  LoadedBook loaded(GetParam());
  ASSERT_FALSE(loaded.diags.has_errors());
  const LayoutContext ctx = loaded.context(loaded.diags);
  int page_number = 1;
  for (const Organization& org : loaded.book.organizations) {
    SCOPED_TRACE(org.path);
    const std::vector<Page> pages = layout_spread(ctx, org, page_number);
    // The line is measured from the page's own left margin (pages may
    // mirror), so compare offsets from the content area's left edge.
    std::set<Length> offsets;
    std::set<FrameKind> seen;
    for (const Page& page : pages) {
      Length left = -1;
      for_each_frame(page.root, [&](const Frame& f) {
        if (f.kind == FrameKind::header || f.kind == FrameKind::content || f.kind == FrameKind::results || f.kind == FrameKind::profile) left = f.rect.x;
      });
      ASSERT_GE(left, 0);
      for_each_frame(page.root, [&](const Frame& f) {
        if (!kValueCells.count(f.kind)) return;
        offsets.insert(f.rect.x - left);
        seen.insert(f.kind);
      });
    }
    page_number += 2;
    EXPECT_EQ(seen.size(), kValueCells.size() - (org.profile.message ? 0 : 1));
    ASSERT_EQ(offsets.size(), 1u) << "value columns start at " << offsets.size() << " x-positions";
    EXPECT_EQ(*offsets.begin(), loaded.spec.table_label_width);
  }
}

INSTANTIATE_TEST_SUITE_P(Shipped, ValueColumn, testing_support::shipped_layouts(), testing_support::layout_name);

}  // namespace
}  // namespace casebook
