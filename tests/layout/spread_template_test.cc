// The spread as a fixed template, on the shipped layouts and all 13
// records: no photo placeholder in the book.

#include <functional>
#include <string>

#include <gtest/gtest.h>

#include "data/load.h"
#include "data/load_layout.h"
#include "layout/spread.h"

namespace casebook {
namespace {

const std::string kRoot = CASEBOOK_SOURCE_DIR;

struct ShippedBook {
  Diagnostics diags;
  LayoutSpec spec;
  FaceSet faces;
  Casebook book;

  explicit ShippedBook(const std::string& layout) {
    spec = load_layout(kRoot + "/layouts/" + layout, diags);
    faces.load(spec.faces, {spec.path, 1, 1}, diags);
    book = load_casebook(kRoot + "/data", diags);
  }
  LayoutContext context(Diagnostics& d, bool proof = false) {
    LayoutContext ctx{spec, faces, book.taxonomy, d, book.dir};
    ctx.proof = proof;
    return ctx;
  }
};

void walk(const Frame& f, const std::function<void(const Frame&)>& visit) {
  visit(f);
  for (const Frame& c : f.children) walk(c, visit);
}

std::string text_of(const TextLine& t) {
  std::string s;
  for (const PlacedGlyph& g : t.line.glyphs) s += g.text;
  return s;
}

/// How many frames of `kind` the pages hold, and whether any line reads `text`.
int count_kind(const std::vector<Page>& pages, const std::string& kind) {
  int n = 0;
  for (const Page& p : pages) walk(p.root, [&](const Frame& f) { n += f.kind == kind; });
  return n;
}
bool any_line_reads(const std::vector<Page>& pages, const std::string& text) {
  bool found = false;
  for (const Page& p : pages) {
    walk(p.root, [&](const Frame& f) {
      for (const TextLine& t : f.lines) found = found || text_of(t).find(text) != std::string::npos;
    });
  }
  return found;
}

class Shipped : public testing::TestWithParam<std::string> {};

TEST_P(Shipped, TheBookLeavesOutThePhotoBlockOfARecordWithoutPhotos) {
  ShippedBook s(GetParam());
  ASSERT_FALSE(s.diags.has_errors());
  ASSERT_EQ(s.book.organizations.size(), 13u);
  for (const Organization& org : s.book.organizations) {
    SCOPED_TRACE(org.path);
    ASSERT_TRUE(org.photos.empty());
    Diagnostics diags;
    const std::vector<Page> pages = layout_spread(s.context(diags), org, 1);
    EXPECT_EQ(count_kind(pages, "photos"), 0);
    EXPECT_EQ(count_kind(pages, "photos.placeholder"), 0);
    EXPECT_FALSE(any_line_reads(pages, s.spec.labels.at("no_photo")));
    EXPECT_FALSE(any_line_reads(pages, s.spec.labels.at("photos_heading")));
  }
}

TEST_P(Shipped, AProofShowsThePhotoPlaceholderInTheRoomThePageLeaves) {
  ShippedBook s(GetParam());
  int shown = 0;
  for (const Organization& org : s.book.organizations) {
    SCOPED_TRACE(org.path);
    Diagnostics book_diags, proof_diags;
    const std::vector<Page> book = layout_spread(s.context(book_diags), org, 1);
    const std::vector<Page> proof = layout_spread(s.context(proof_diags, true), org, 1);
    if (count_kind(proof, "photos.placeholder") == 0) continue;
    ++shown;
    EXPECT_TRUE(any_line_reads(proof, s.spec.labels.at("no_photo")));
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

INSTANTIATE_TEST_SUITE_P(Layouts, Shipped, testing::Values("casebook-a4.toml", "casebook-b5.toml"),
                         [](const testing::TestParamInfo<std::string>& param) { return param.param.substr(9, 2); });

}  // namespace
}  // namespace casebook
