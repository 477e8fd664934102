// One typographic system per book: every glyph of the shipped book, front
// matter and spreads, is set at a size of its layout's type scale; text
// copyfitting stepped down to fit its page (the frame says it did) is set
// on one of the layout's copyfit steps, themselves steps of the scale.

#include <functional>
#include <set>

#include <gtest/gtest.h>

#include "layout/book.h"
#include "support/loaded_book.h"
#include "support/shipped_layouts.h"

namespace casebook {
namespace {

using testing_support::LoadedBook;

/// Visits each frame with whether it lies in a text block copyfitting set
/// smaller than the layout's size (the blocks it may shrink: (1), (2),
/// 団体概要).
void walk(const Frame& f, bool copyfitted, const std::function<void(const Frame&, bool)>& visit) {
  const bool text_block = f.kind == FrameKind::content || f.kind == FrameKind::results || f.kind == FrameKind::profile;
  copyfitted = copyfitted || (text_block && f.type_size < f.layout_size);
  visit(f, copyfitted);
  for (const Frame& c : f.children) walk(c, copyfitted, visit);
}

class TypeScale : public testing::TestWithParam<std::string> {};

TEST_P(TypeScale, EveryGlyphOfTheBookIsSetAtASizeOfTheScale) {
  LoadedBook loaded(GetParam());
  ASSERT_FALSE(loaded.diags.has_errors());
  std::set<Length> scale;
  for (const auto& [name, step] : loaded.spec.scale) scale.insert(step.size);
  // A small scale: a handful of sizes, not one per style.
  EXPECT_LE(scale.size(), 5u);
  EXPECT_LT(scale.size(), std::size(kStyleKeys) / 2);

  const std::vector<const Organization*> orgs = loaded.organizations();
  const LayoutContext ctx = loaded.context(loaded.diags);
  const BookPages pages = layout_book(ctx, loaded.book, orgs, "");
  std::set<Length> used;
  std::size_t glyphs = 0;
  for (const Page& page : pages.pages) {
    walk(page.root, false, [&](const Frame& f, bool copyfitted) {
      for (const TextLine& line : f.lines) {
        for (const PlacedGlyph& g : line.line.glyphs) {
          ++glyphs;
          if (copyfitted) {
            bool on_a_step = false;
            for (const ScaleStep& step : loaded.spec.copyfit_steps) on_a_step = on_a_step || step.size == g.size;
            EXPECT_TRUE(on_a_step) << f.kind << " on page " << page.label << " is copyfitted to " << to_pt(g.size)
                                   << " pt, not a size of copyfit.steps";
            continue;
          }
          used.insert(g.size);
          EXPECT_TRUE(scale.count(g.size)) << f.kind << " on page " << page.label << " is set at "
                                           << to_pt(g.size) << " pt, not a size of the scale";
        }
      }
    });
  }
  EXPECT_GT(glyphs, 10000u);
  // The copyfit steps are steps of the scale.
  for (const ScaleStep& step : loaded.spec.copyfit_steps) EXPECT_TRUE(scale.count(step.size)) << step.name;
  // Every step is used: a step no style names is not part of the system.
  EXPECT_EQ(used, scale);
}

INSTANTIATE_TEST_SUITE_P(Shipped, TypeScale, testing_support::shipped_layouts(), testing_support::layout_name);

}  // namespace
}  // namespace casebook
