#include "base/spelling.h"

#include <gtest/gtest.h>

namespace casebook {
namespace {

TEST(Spelling, EditDistanceCountsCodePoints) {
  EXPECT_EQ(edit_distance("", ""), 0);
  EXPECT_EQ(edit_distance("purpose", "purpse"), 1);
  EXPECT_EQ(edit_distance("中高年者", "中高年"), 1);      // one kanji, not three bytes
  EXPECT_EQ(edit_distance("くるくる", "くくる"), 1);
  EXPECT_EQ(edit_distance("abc", "xyz"), 3);
  EXPECT_EQ(edit_distance("titel", "title"), 1);  // a swap of neighbours is one slip
}

TEST(Spelling, NearestOnlySuggestsCloseCandidates) {
  const std::vector<std::string> keys = {"purpose", "audience", "description"};
  EXPECT_EQ(nearest("purpse", keys), "purpose");
  EXPECT_EQ(nearest("audiense", keys), "audience");
  EXPECT_EQ(nearest("fax", keys), std::nullopt);
  EXPECT_EQ(nearest("食をつうじたつながり", {"食を通じたつながり", "居場所づくり"}), "食を通じたつながり");
}

TEST(Spelling, NearestPrefersTheSmallestDistance) {
  EXPECT_EQ(nearest("abcd", {"abxy", "abcx"}), "abcx");
}

}  // namespace
}  // namespace casebook
