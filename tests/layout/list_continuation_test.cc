// The shipped records' lines that belong to a list item (12's counts under
// ・ラジオメッセージ, 03's ※ notes) are set where the item's text is, not at
// the cell's edge, in both layouts.

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

std::string text_of(const TextLine& t) {
  std::string s;
  for (const PlacedGlyph& g : t.line.glyphs) s += g.text;
  return s;
}

/// The x of the first line of `kind`'s cell in `org`'s spread that starts
/// with `start`, relative to the cell; -1 when there is none.
Length x_of(const std::vector<Page>& pages, FrameKind kind, const std::string& start) {
  Length x = -1;
  for (const Page& p : pages) {
    walk(p.root, [&](const Frame& f) {
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
  Diagnostics diags;
  const LayoutSpec spec = load_layout(kRoot + "/layouts/" + GetParam(), diags);
  FaceSet faces;
  faces.load(spec.faces, {spec.path, 1, 1}, diags);
  const Casebook book = load_casebook(kRoot + "/data", diags);
  ASSERT_FALSE(diags.has_errors());
  const LayoutContext ctx{spec, faces, book.taxonomy, diags, book.dir};
  auto spread = [&](int number) { return layout_spread(ctx, book.organizations.at(number - 1), 2 * number - 1); };

  // 12: ・ラジオメッセージ：… then two lines that belong to it.
  const auto twelve = spread(12);
  const Length item = x_of(twelve, FrameKind::results_outcomes, "ラジオメッセージ：放送回数");
  ASSERT_GT(item, spec.cell_padding);  // after the ・
  EXPECT_EQ(x_of(twelve, FrameKind::results_outcomes, "「ラジオを聞いて電話しました」"), item);
  EXPECT_EQ(x_of(twelve, FrameKind::results_outcomes, "「ラジオメッセージを聞いたよ」"), item);

  // 03: unmarked items hang; a ※ note under one sits with its turned-over
  // lines, one em in from where the item starts.
  const auto three = spread(3);
  const Length start = x_of(three, FrameKind::results_outcomes, "OSHI");
  ASSERT_GE(start, 0);
  const Length em = spec.type.at("body").size;
  EXPECT_EQ(x_of(three, FrameKind::results_outcomes, "※リリース後"), start + em);
  EXPECT_EQ(x_of(three, FrameKind::results_outcomes, "※さらに増やす"), start + em);
  EXPECT_EQ(x_of(three, FrameKind::results_outcomes, "パンフレット配布箇所"), start);
}

INSTANTIATE_TEST_SUITE_P(Shipped, ListContinuation, testing::Values("casebook-a4.toml", "casebook-b5.toml"),
                         [](const testing::TestParamInfo<std::string>& p) { return p.param.substr(9, 2); });

}  // namespace
}  // namespace casebook
