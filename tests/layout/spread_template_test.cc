// The spread as a fixed template, on the shipped layouts and all 13
// records: no photo placeholder in the book.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <map>
#include <string>

#include <unistd.h>

#include <gtest/gtest.h>

#include "data/load_layout.h"
#include "layout/spread.h"
#include "support/loaded_book.h"
#include "support/shipped_layouts.h"
#include "support/shipped_layout.h"

namespace casebook {
namespace {

using testing_support::LoadedBook;
using testing_support::for_each_frame;
using testing_support::shipped_layout_text;
using testing_support::text_of;

/// How many frames of `kind` the pages hold, and whether any line reads `text`.
int count_kind(const std::vector<Page>& pages, FrameKind kind) {
  int n = 0;
  for (const Page& p : pages) for_each_frame(p.root, [&](const Frame& f) { n += f.kind == kind; });
  return n;
}
bool any_line_reads(const std::vector<Page>& pages, const std::string& text) {
  bool found = false;
  for (const Page& p : pages) {
    for_each_frame(p.root, [&](const Frame& f) {
      for (const TextLine& t : f.lines) found = found || text_of(t).find(text) != std::string::npos;
    });
  }
  return found;
}

class Shipped : public testing::TestWithParam<std::string> {};

TEST_P(Shipped, TheBookLeavesOutThePhotoBlockOfARecordWithoutPhotos) {
  LoadedBook s(GetParam());
  ASSERT_FALSE(s.diags.has_errors());
  ASSERT_EQ(s.book.organizations.size(), 13u);
  for (const Organization& org : s.book.organizations) {
    SCOPED_TRACE(org.path);
    ASSERT_TRUE(org.photos.empty());
    Diagnostics diags;
    const std::vector<Page> pages = layout_spread(s.context(diags), org, 1);
    EXPECT_EQ(count_kind(pages, FrameKind::photos), 0);
    EXPECT_EQ(count_kind(pages, FrameKind::photos_placeholder), 0);
    EXPECT_FALSE(any_line_reads(pages, s.spec.labels.no_photo.text));
    EXPECT_FALSE(any_line_reads(pages, s.spec.labels.photos_heading.text));
  }
}

TEST_P(Shipped, AProofShowsThePhotoPlaceholderInTheRoomThePageLeaves) {
  LoadedBook s(GetParam());
  int shown = 0;
  for (const Organization& org : s.book.organizations) {
    SCOPED_TRACE(org.path);
    Diagnostics book_diags, proof_diags;
    const std::vector<Page> book = layout_spread(s.context(book_diags), org, 1);
    const std::vector<Page> proof = layout_spread(s.context(proof_diags, true), org, 1);
    if (count_kind(proof, FrameKind::photos_placeholder) == 0) continue;
    ++shown;
    EXPECT_TRUE(any_line_reads(proof, s.spec.labels.no_photo.text));
    // The proof sets the text as the book does: the same blocks start on
    // page 1, and page 2's first block (the results) at the same place.
    ASSERT_EQ(book[0].root.children.size(), proof[0].root.children.size());
    for (std::size_t i = 0; i < book[0].root.children.size(); ++i) {
      EXPECT_EQ(book[0].root.children[i].rect.y, proof[0].root.children[i].rect.y);
    }
    EXPECT_EQ(book[1].root.children.front().rect.y, proof[1].root.children.front().rect.y);
  }
  // Every shipped record leaves room for a photo area on its second page.
  EXPECT_EQ(shown, 13);
}

TEST_P(Shipped, EveryPageOfASpreadEndsOnTheBottomMargin) {
  LoadedBook s(GetParam());
  const Length foot = s.spec.page_height - s.spec.margin_bottom;
  for (const Organization& org : s.book.organizations) {
    SCOPED_TRACE(org.path);
    Diagnostics diags;
    const std::vector<Page> pages = layout_spread(s.context(diags), org, 1);
    ASSERT_EQ(pages.size(), 2u);
    // Page 1's last block, and 団体概要 on page 2, end on the bottom margin.
    const Frame& last = pages[0].root.children.at(s.spec.page1.size() - 1);
    EXPECT_EQ(last.kind, frame_kind_of(s.spec.page1.back()));
    EXPECT_NEAR(to_pt(last.rect.bottom()), to_pt(foot), 0.5);
    const Frame* profile = nullptr;
    for (const Frame& b : pages[1].root.children) profile = b.kind == FrameKind::profile ? &b : profile;
    ASSERT_NE(profile, nullptr);
    EXPECT_NEAR(to_pt(profile->rect.bottom()), to_pt(foot), 0.5);
    // Its table too: the frame drawn is the one that ends there.
    EXPECT_NEAR(to_pt(profile->children.back().rect.bottom()), to_pt(foot), 0.5);
    EXPECT_NEAR(to_pt(last.children.back().rect.bottom()), to_pt(foot), 0.5);
  }
}

TEST_P(Shipped, EveryBlockStartsAtItsTemplatePosition) {
  LoadedBook s(GetParam());
  // Where each block starts on the book's spreads: from the top for the
  // blocks down to the page's fill block, from the foot for those after it.
  std::map<FrameKind, std::vector<Length>> starts;
  const Length foot = s.spec.page_height - s.spec.margin_bottom;
  for (const Organization& org : s.book.organizations) {
    Diagnostics diags;
    const std::vector<Page> pages = layout_spread(s.context(diags), org, 1);
    for (std::size_t k = 0; k < 2; ++k) {
      bool after_fill = false;
      for (const Frame& b : pages[k].root.children) {
        if (b.kind == FrameKind::footer || b.kind == FrameKind::running_head) continue;
        starts[b.kind].push_back(after_fill ? foot - b.rect.y : b.rect.y);
        after_fill = after_fill || b.kind == frame_kind_of(s.spec.fill.at(k));
      }
    }
  }
  for (const auto& [kind, at] : starts) {
    const auto [low, high] = std::minmax_element(at.begin(), at.end());
    EXPECT_EQ(at.size(), 13u) << kind;
    EXPECT_LE(*high - *low, s.spec.template_tolerance) << kind;
  }
}

TEST_P(Shipped, AProfileTallerThanTheTemplateMovesUpWithANote) {
  LoadedBook s(GetParam());
  Organization org = s.book.organizations.at(0);
  ASSERT_TRUE(org.profile.message.has_value());
  // Four more paragraphs of message: more than foot_height holds.
  for (int i = 0; i < 4; ++i) org.profile.message->blocks.push_back(org.profile.message->blocks.front());
  Diagnostics diags;
  const std::vector<Page> pages = layout_spread(s.context(diags), org, 1);
  const Frame& profile = pages[1].root.children.back().kind == FrameKind::profile ? pages[1].root.children.back()
                                                                         : pages[1].root.children.at(1);
  const Length foot = s.spec.page_height - s.spec.margin_bottom;
  EXPECT_GT(foot - profile.rect.y, s.spec.foot_height + s.spec.template_tolerance);
  EXPECT_NEAR(to_pt(profile.rect.bottom()), to_pt(foot), 0.5);
  std::ostringstream out;
  print_diagnostics(out, diags);
  EXPECT_NE(out.str().find("団体概要 starts"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("higher than the template on page 2"), std::string::npos) << out.str();
}

/// The A4 layout with `from` replaced by `to`, loaded; its diagnostics.
std::string load_edited_layout(const std::string& from, const std::string& to) {
  std::string layout = shipped_layout_text();
  const std::size_t at = layout.find(from);
  if (at == std::string::npos) return "no '" + from + "' in the layout";
  layout.replace(at, from.size(), to);
  const std::string path = testing::TempDir() + "fill-layout-" + std::to_string(::getpid()) + ".toml";
  std::ofstream(path) << layout;
  Diagnostics diags;
  load_layout(path, diags);
  std::filesystem::remove(path);
  std::ostringstream out;
  print_diagnostics(out, diags);
  std::string printed = out.str();
  for (std::size_t p = printed.find(path); p != std::string::npos; p = printed.find(path)) printed.replace(p, path.size(), "LAYOUT");
  return printed;
}

TEST(FillLayout, AFillBlockThatIsNotATableOnItsPageIsRefusedAtItsLine) {
  const std::string out = load_edited_layout("fill = [\"content\", \"results\"]", "fill = [\"targets\", \"content\"]");
  EXPECT_NE(out.find("error: 'targets' cannot fill page 1 of the spread"), std::string::npos) << out;
  EXPECT_NE(out.find("error: 'content' cannot fill page 2 of the spread"), std::string::npos) << out;
  EXPECT_NE(out.find("LAYOUT:"), std::string::npos) << out;
}

TEST(FillLayout, AFillListNeedsOneBlockForEachPage) {
  const std::string out = load_edited_layout("fill = [\"content\", \"results\"]", "fill = [\"content\"]");
  EXPECT_NE(out.find("error: 'template.fill' names 1 blocks; it names one block for each page of the spread"),
            std::string::npos)
      << out;
}

TEST(FillLayout, ARowStretchCapMustBeAPercentage) {
  for (const char* bad : {"\"4mm\"", "\"-10%\"", "\"401%\"", "1.0"}) {
    const std::string out = load_edited_layout("row_stretch_max = \"100%\"", std::string("row_stretch_max = ") + bad);
    EXPECT_NE(out.find("error: 'template.row_stretch_max' must be a percentage from 0% to 400%, such as \"100%\""),
              std::string::npos)
        << bad << "\n" << out;
    EXPECT_NE(out.find("LAYOUT:"), std::string::npos) << out;
  }
}

TEST_P(Shipped, EverySpreadsSecondPageCarriesItsRunningHead) {
  LoadedBook s(GetParam());
  for (const Organization& org : s.book.organizations) {
    SCOPED_TRACE(org.path);
    Diagnostics diags;
    const std::vector<Page> pages = layout_spread(s.context(diags), org, 1);
    EXPECT_EQ(count_kind({pages[0]}, FrameKind::running_head), 0);
    ASSERT_EQ(count_kind({pages[1]}, FrameKind::running_head), 1);
    for (const Frame& f : pages[1].root.children) {
      if (f.kind != FrameKind::running_head) continue;
      ASSERT_EQ(f.lines.size(), 1u);
      char number[8];
      std::snprintf(number, sizeof number, "%02d", org.number);
      // The same glyphs as the header's 団体名 (spaces are glue, not glyphs).
      std::string name;
      for_each_frame(pages[0].root, [&](const Frame& h) {
        if (h.kind == FrameKind::header_name) {
          for (const TextLine& t : h.lines) name += text_of(t);
        }
      });
      ASSERT_FALSE(name.empty());
      EXPECT_EQ(text_of(f.lines[0]), std::string(number) + "\u3000" + name);
      // In the top margin, on the layout's baseline, flush with the outer
      // edge of the type area (page 2 is a left-hand page: its left edge).
      EXPECT_EQ(f.lines[0].baseline, s.spec.running_head_baseline);
      EXPECT_LT(f.lines[0].baseline, s.spec.margin_top);
      EXPECT_EQ(f.lines[0].x, s.spec.margin_outer);
    }
  }
}

TEST(FillLayout, ARunningHeadOutsideTheTopMarginIsRefusedAtItsLine) {
  const std::string out = load_edited_layout("[running_head]\nbaseline = \"8.5mm\"", "[running_head]\nbaseline = \"20mm\"");
  EXPECT_NE(out.find("error: 'running_head.baseline' (56.6929 pt (20 mm)) puts the running head outside the top margin"),
            std::string::npos)
      << out;
}

INSTANTIATE_TEST_SUITE_P(Layouts, Shipped, testing_support::shipped_layouts(), testing_support::layout_name);

}  // namespace
}  // namespace casebook
