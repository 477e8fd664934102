// In the spread's tables a field whose first block is a paragraph starts
// flush at the cell's padding ([paragraphs] indent_first = false in both
// shipped layouts): 目的 and 対象とした人 of every shipped record.

#include <gtest/gtest.h>

#include "layout/spread.h"
#include "support/loaded_book.h"
#include "support/shipped_layouts.h"

namespace casebook {
namespace {

using testing_support::LoadedBook;
using testing_support::for_each_frame;

class CellFirstParagraph : public testing::TestWithParam<std::string> {};

TEST_P(CellFirstParagraph, StartsFlushAtTheCellsPadding) {
  LoadedBook loaded(GetParam());
  ASSERT_FALSE(loaded.diags.has_errors());
  ASSERT_FALSE(loaded.spec.paragraph_indent_first);
  const LayoutContext ctx = loaded.context(loaded.diags);
  int checked = 0;
  for (std::size_t i = 0; i < loaded.book.organizations.size(); ++i) {
    const Organization& org = loaded.book.organizations[i];
    SCOPED_TRACE(org.path);
    for (const Page& p : layout_spread(ctx, org, static_cast<int>(2 * i + 1))) {
      for_each_frame(p.root, [&](const Frame& f) {
        const RichText* text = f.kind == FrameKind::content_purpose ? &org.purpose
                               : f.kind == FrameKind::content_audience ? &org.audience
                                                              : nullptr;
        if (!text || text->blocks.empty() || text->blocks[0].kind != Block::Kind::paragraph || f.lines.empty()) return;
        EXPECT_EQ(f.lines[0].x - f.rect.x, loaded.spec.cell_padding) << f.kind;
        ++checked;
      });
    }
  }
  EXPECT_GT(checked, 13);
}

INSTANTIATE_TEST_SUITE_P(Layouts, CellFirstParagraph, testing_support::shipped_layouts(), testing_support::layout_name);

}  // namespace
}  // namespace casebook
