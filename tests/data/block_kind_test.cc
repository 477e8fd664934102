// The registry of block kinds and front-matter pages (data/block_kind.h):
// the names the layout loader accepts are the registry's, and its hints
// list them from it.

#include "data/block_kind.h"

#include <gtest/gtest.h>

namespace casebook {
namespace {

TEST(BlockRegistry, EveryBlockIsFoundByItsNameAndNoOtherNameIsABlock) {
  for (const BlockInfo& b : kBlocks) {
    ASSERT_TRUE(block_named(b.name).has_value()) << b.name;
    EXPECT_EQ(*block_named(b.name), b.kind) << b.name;
    EXPECT_EQ(block_info(b.kind).name, b.name);
  }
  EXPECT_FALSE(block_named("photo").has_value());
  EXPECT_FALSE(block_named("").has_value());
}

TEST(BlockRegistry, HintsListTheRegistrysBlocksInOrder) {
  EXPECT_EQ(block_names(), "header, activities, targets, content, results, photos, profile");
  // Only the text tables may fill a page ([template] fill).
  EXPECT_EQ(block_names(true, " or "), "content, results or profile");
}

TEST(BlockRegistry, EveryFrontPageIsFoundByItsName) {
  for (const auto& [page, name] : kFrontPages) {
    ASSERT_TRUE(front_page_named(name).has_value()) << name;
    EXPECT_EQ(*front_page_named(name), page);
  }
  EXPECT_FALSE(front_page_named("index").has_value());
  EXPECT_EQ(front_page_names(), "cover, preface, counts, contents, mapping");
}

}  // namespace
}  // namespace casebook
