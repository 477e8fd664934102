// In the spread's tables a field whose first block is a paragraph starts
// flush at the cell's padding ([paragraphs] indent_first = false in both
// shipped layouts): 目的 and 対象とした人 of every shipped record.

#include <functional>

#include <gtest/gtest.h>

#include "data/load.h"
#include "data/load_layout.h"
#include "layout/spread.h"

namespace casebook {
namespace {

const std::string kRoot = CASEBOOK_SOURCE_DIR;

void walk(const Frame& f, const std::function<void(const Frame&)>& visit) {
  visit(f);
  for (const Frame& c : f.children) walk(c, visit);
}

class CellFirstParagraph : public testing::TestWithParam<std::string> {};

TEST_P(CellFirstParagraph, StartsFlushAtTheCellsPadding) {
  Diagnostics diags;
  const LayoutSpec spec = load_layout(kRoot + "/layouts/" + GetParam(), diags);
  FaceSet faces;
  faces.load(spec.faces, {spec.path, 1, 1}, diags);
  const Casebook book = load_casebook(kRoot + "/data", diags);
  ASSERT_FALSE(diags.has_errors());
  ASSERT_FALSE(spec.paragraph_indent_first);
  const LayoutContext ctx{spec, faces, book.taxonomy, diags, book.dir};
  int checked = 0;
  for (std::size_t i = 0; i < book.organizations.size(); ++i) {
    const Organization& org = book.organizations[i];
    SCOPED_TRACE(org.path);
    for (const Page& p : layout_spread(ctx, org, static_cast<int>(2 * i + 1))) {
      walk(p.root, [&](const Frame& f) {
        const RichText* text = f.kind == FrameKind::content_purpose ? &org.purpose
                               : f.kind == FrameKind::content_audience ? &org.audience
                                                              : nullptr;
        if (!text || text->blocks.empty() || text->blocks[0].kind != Block::Kind::paragraph || f.lines.empty()) return;
        EXPECT_EQ(f.lines[0].x - f.rect.x, spec.cell_padding) << f.kind;
        ++checked;
      });
    }
  }
  EXPECT_GT(checked, 13);
}

INSTANTIATE_TEST_SUITE_P(Layouts, CellFirstParagraph, testing::Values("casebook-a4.toml", "casebook-b5.toml"),
                         [](const testing::TestParamInfo<std::string>& param_info) {
                           return param_info.param.substr(9, 2);
                         });

}  // namespace
}  // namespace casebook
