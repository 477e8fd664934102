// The number box of a spread's header holds the organization's number at
// any count of digits: three digits (a book of 100 organizations or more)
// are set smaller rather than run out of the box.

#include <string>

#include <gtest/gtest.h>

#include "layout/blocks.h"
#include "support/loaded_book.h"

namespace casebook {
namespace {

class HeaderNumber : public testing::TestWithParam<int> {};

TEST_P(HeaderNumber, FitsItsBoxWithoutAnOverfullLine) {
  testing_support::LoadedBook loaded("casebook-a4.toml", "tests/fixtures/base");
  ASSERT_FALSE(loaded.diags.has_errors());
  const LayoutSpec& spec = loaded.spec;
  Organization org = loaded.book.organizations.at(0);
  org.number = GetParam();

  Diagnostics layout_diags;
  const LayoutContext ctx = loaded.context(layout_diags);
  const Frame header = layout_header(ctx, org, spec.margin_inner, spec.margin_top, ctx.content_width());
  EXPECT_TRUE(layout_diags.items().empty()) << layout_diags.items().front().message;
  const Frame& number = header.children.at(0);
  ASSERT_EQ(number.kind, FrameKind::header_number);
  ASSERT_EQ(number.lines.size(), 1u);
  const TextLine& line = number.lines.front();
  EXPECT_GE(line.x, number.rect.x);
  EXPECT_LE(line.x + line.line.width, number.rect.right());
}

INSTANTIATE_TEST_SUITE_P(Digits, HeaderNumber, testing::Values(100, 770, 999));

}  // namespace
}  // namespace casebook
