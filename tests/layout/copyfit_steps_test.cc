// Copyfitting on the type scale: a text block too long for its page is set
// on the layout's copyfit steps (copyfit.steps), each a step of [scale]
// with its own size and line pitch — never at a size between them.

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "layout/spread.h"
#include "support/loaded_book.h"

namespace casebook {
namespace {

using testing_support::for_each_frame;

/// The A4 layout with two copyfit steps below its 9 pt / 14 pt body — a
/// `compact` step of 8 pt on 12 pt added to its scale, then its own
/// `small`, 7.5 pt on 10.5 pt — and the one-organization fixture.
struct TwoSteps : testing_support::LoadedBook {
  TwoSteps() : LoadedBook("casebook-a4.toml", "tests/fixtures/base") {
    spec.scale["compact"] = ScaleStep{"compact", pt(8), pt(12), {}};
    spec.copyfit_steps = {spec.scale.at("compact"), spec.scale.at("small")};
  }
};

/// What the spread did with (1) 取組の内容: the size its frame says it was
/// set at, every glyph size and line pitch of its text cells, and whether
/// anything overflowed.
struct Content {
  Length type_size = 0;
  std::set<Length> glyph_sizes;
  std::set<Length> pitches;
  bool overflow = false;
};

Content lay_out_content(TwoSteps& book, const Organization& org) {
  Diagnostics diags;
  const std::vector<Page> pages = layout_spread(book.context(diags), org, 1);
  Content c;
  c.overflow = diags.has_errors();
  for_each_frame(pages.at(0).root, [&](const Frame& f) {
    if (f.kind == FrameKind::content) c.type_size = f.type_size;
    if (f.kind != FrameKind::content_purpose && f.kind != FrameKind::content_audience &&
        f.kind != FrameKind::content_description) {
      return;
    }
    for (std::size_t i = 0; i < f.lines.size(); ++i) {
      for (const PlacedGlyph& g : f.lines[i].line.glyphs) c.glyph_sizes.insert(g.size);
      if (i > 0) c.pitches.insert(f.lines[i].baseline - f.lines[i - 1].baseline);
    }
  });
  return c;
}

/// The fixture's record with its 内容 made `sentences` sentences long, one
/// paragraph (so every line of the cell is on one pitch).
Organization with_description(const TwoSteps& book, int sentences) {
  Organization org = book.book.organizations.at(0);
  std::string text;
  for (int i = 0; i < sentences; ++i) text += "地域の人が集まり、互いの話を聞きながら次の活動を一緒に考えた。";
  org.description.blocks.resize(1);
  org.description.blocks.at(0).kind = Block::Kind::paragraph;
  org.description.blocks.at(0).marker.clear();
  org.description.blocks.at(0).text = text;
  return org;
}

TEST(CopyfitSteps, ALongTextThatMustShrinkTwoStepsIsSetOnTheSecondStep) {
  TwoSteps book;
  ASSERT_FALSE(book.diags.has_errors());
  const std::set<Length> on_the_list = {pt(9), pt(8), pt(7.5)};
  // Lengthen the text until copyfitting must leave the first step.
  int sentences = 10;
  Content c = lay_out_content(book, with_description(book, sentences));
  bool was_on_the_first_step = false;
  while (c.type_size != pt(7.5) && sentences < 400) {
    // Never a size off the list, at any length on the way.
    ASSERT_TRUE(on_the_list.count(c.type_size)) << to_pt(c.type_size) << " pt at " << sentences << " sentences";
    was_on_the_first_step = was_on_the_first_step || c.type_size == pt(8);
    sentences += 2;
    c = lay_out_content(book, with_description(book, sentences));
  }
  EXPECT_TRUE(was_on_the_first_step) << "the text went from 9 pt past 8 pt without a length that fits at 8 pt";
  ASSERT_EQ(c.type_size, pt(7.5)) << "no length up to " << sentences << " sentences shrank two steps";
  EXPECT_FALSE(c.overflow) << "at " << sentences << " sentences the text fits on the second step";
  // Exactly the second step: its size for every glyph, its pitch for every line.
  EXPECT_EQ(c.glyph_sizes, std::set<Length>{pt(7.5)});
  EXPECT_EQ(c.pitches, std::set<Length>{pt(10.5)});
}

TEST(CopyfitSteps, AtTheLastStepTheTextOverflowsRatherThanGoBelowIt) {
  TwoSteps book;
  const Content c = lay_out_content(book, with_description(book, 400));
  EXPECT_TRUE(c.overflow);
  EXPECT_EQ(c.type_size, pt(7.5));
  EXPECT_EQ(c.glyph_sizes, std::set<Length>{pt(7.5)});
}

}  // namespace
}  // namespace casebook
