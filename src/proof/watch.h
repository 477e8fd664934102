#pragma once

// What `proof --watch` compares between two looks at the input files: each
// file's path, size and modification time, so that a deleted file, a new
// one and a file restored with an older time (a `git checkout`, a backup
// copied back) are all changes, which the newest time alone would miss.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace casebook {

/// One file as last seen.
struct FileStamp {
  std::uintmax_t size = 0;
  std::filesystem::file_time_type modified;
  friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

/// Every regular file under the watched folders, and the watched files.
using FileSnapshot = std::map<std::string, FileStamp>;

/// The regular files under each of `roots` (a folder, walked recursively,
/// or a file); a path that cannot be read is left out, so that its
/// disappearance is a change.
FileSnapshot take_snapshot(const std::vector<std::string>& roots);

/// How two snapshots differ.
struct SnapshotChanges {
  std::vector<std::string> added, removed, changed;
  bool any() const { return !added.empty() || !removed.empty() || !changed.empty(); }
};

/// What changed from `before` to `after`: a file that appears or goes, or
/// whose size or time differs in either direction.
SnapshotChanges compare_snapshots(const FileSnapshot& before, const FileSnapshot& after);

}  // namespace casebook
