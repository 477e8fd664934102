// proof --watch's comparison of two looks at the files: every kind of
// change a proofreader makes between two runs counts, including a file
// put back with an older time, which "the newest time" would not see.

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "proof/watch.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using Names = std::vector<std::string>;

class Snapshots : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("casebook-watch-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "orgs");
    write("orgs/01.toml", "a");
    write("orgs/02.toml", "b");
  }
  void TearDown() override { fs::remove_all(root_); }
  void write(const std::string& name, const std::string& text) { std::ofstream(root_ / name) << text; }
  std::string path(const std::string& name) const { return (root_ / name).string(); }
  FileSnapshot look() const { return take_snapshot({root_.string()}); }
  fs::path root_;
};

TEST_F(Snapshots, NothingChangedIsNoChange) {
  const FileSnapshot before = look();
  EXPECT_EQ(before.size(), 2u);
  EXPECT_FALSE(compare_snapshots(before, look()).any());
}

TEST_F(Snapshots, ADeletedFileIsRemoved) {
  const FileSnapshot before = look();
  fs::remove(root_ / "orgs/02.toml");
  const SnapshotChanges c = compare_snapshots(before, look());
  EXPECT_EQ(c.removed, Names{path("orgs/02.toml")});
  EXPECT_TRUE(c.added.empty() && c.changed.empty());
}

TEST_F(Snapshots, ANewFileIsAdded) {
  const FileSnapshot before = look();
  write("orgs/03.toml", "c");
  const SnapshotChanges c = compare_snapshots(before, look());
  EXPECT_EQ(c.added, Names{path("orgs/03.toml")});
  EXPECT_TRUE(c.removed.empty() && c.changed.empty());
}

TEST_F(Snapshots, AFileRestoredWithAnOlderTimeAndTheSameSizeIsChanged) {
  const FileSnapshot before = look();
  // Same size, a time an hour older than the one seen: a restored backup.
  const fs::path p = root_ / "orgs/01.toml";
  write("orgs/01.toml", "z");
  fs::last_write_time(p, before.at(p.string()).modified - std::chrono::hours(1));
  const FileSnapshot after = look();
  ASSERT_LT(after.at(p.string()).modified, before.at(p.string()).modified);  // older than anything seen
  const SnapshotChanges c = compare_snapshots(before, after);
  EXPECT_EQ(c.changed, Names{path("orgs/01.toml")});
  EXPECT_TRUE(c.added.empty() && c.removed.empty());
}

TEST_F(Snapshots, AWatchedFileOutsideTheFolderCounts) {
  write("layout.toml", "x");
  const FileSnapshot before = take_snapshot({(root_ / "orgs").string(), path("layout.toml")});
  EXPECT_EQ(before.size(), 3u);
  write("layout.toml", "xy");
  EXPECT_EQ(compare_snapshots(before, take_snapshot({(root_ / "orgs").string(), path("layout.toml")})).changed,
            Names{path("layout.toml")});
}

}  // namespace
}  // namespace casebook
