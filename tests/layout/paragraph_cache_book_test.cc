// The book's layout run measures a label once per size it is set at, not
// once per spread (issue 12): the ★/☆ grids' activity and target names are
// the same on every spread. Laid out fresh, every spread of the 13-record
// book shaped each name at least once, and a wrapped target name once per
// step of the balanced-lines search.

#include <gtest/gtest.h>

#include <vector>

#include "layout/book.h"
#include "support/loaded_book.h"
#include "text/paragraph_cache.h"

namespace casebook {
namespace {

TEST(ParagraphCacheBook, GridNamesAreShapedOncePerStyleNotPerSpread) {
  testing_support::LoadedBook loaded("casebook-a4.toml");
  const std::vector<const Organization*> all = loaded.organizations();
  ASSERT_GE(all.size(), 10u);

  Diagnostics all_diags;
  ParagraphCache all_cache;
  LayoutContext every = loaded.context(all_diags);
  every.cache = &all_cache;
  layout_book(every, loaded.book, all, "");

  std::vector<const TaxonomyEntry*> names;
  for (const TaxonomyEntry& e : loaded.book.taxonomy.items) names.push_back(&e);
  for (const TaxonomyEntry& e : loaded.book.taxonomy.targets) names.push_back(&e);
  ASSERT_FALSE(names.empty());
  for (const TaxonomyEntry* e : names) {
    // Set at all, and far fewer times than there are spreads (without the
    // cache every spread measured it at least once): once per style and
    // size the book sets it at, and again only after the cache made room
    // for body text and the entry had not been used since.
    EXPECT_GT(all_cache.measured(e->name), 0u) << e->name;
    EXPECT_LE(all_cache.measured(e->name), all.size() / 3) << e->name;
  }
}

}  // namespace
}  // namespace casebook
