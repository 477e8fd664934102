#include "proof/watch.h"

namespace casebook {

namespace fs = std::filesystem;

FileSnapshot take_snapshot(const std::vector<std::string>& roots) {
  FileSnapshot snapshot;
  std::error_code ec;
  const auto stamp = [&](const fs::path& p) {
    std::error_code e;
    const auto size = fs::file_size(p, e);
    if (e) return;
    const auto time = fs::last_write_time(p, e);
    if (e) return;
    snapshot[p.string()] = FileStamp{size, time};
  };
  for (const std::string& root : roots) {
    if (fs::is_directory(root, ec)) {
      for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->is_regular_file(ec)) stamp(it->path());
      }
    } else if (fs::is_regular_file(root, ec)) {
      stamp(root);
    }
  }
  return snapshot;
}

SnapshotChanges compare_snapshots(const FileSnapshot& before, const FileSnapshot& after) {
  SnapshotChanges changes;
  for (const auto& [path, stamp] : after) {
    const auto it = before.find(path);
    if (it == before.end()) {
      changes.added.push_back(path);
    } else if (!(it->second == stamp)) {
      changes.changed.push_back(path);
    }
  }
  for (const auto& [path, stamp] : before) {
    if (!after.count(path)) changes.removed.push_back(path);
  }
  return changes;
}

}  // namespace casebook
