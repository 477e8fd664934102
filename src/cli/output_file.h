#pragma once

// Writing an output file without ever losing one: what may be replaced, a
// temporary file beside the target that disappears on Ctrl-C, and the sweep
// of temporary files a killed run left behind.

#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace casebook::cli {

/// What a run reads, so that its output never replaces one of them.
struct OutputRules {
  /// Files the run reads (layout, fonts, photos, a text file); compared by
  /// device and inode, so a link or another spelling of the path is caught.
  std::vector<std::string> inputs;
  /// The data directory; empty when the command reads none. Nothing is
  /// written inside it unless `allow_in_data`.
  std::string data_dir;
  bool allow_in_data = false;
};

/// Whether `target` may be written: it does not exist yet (in an existing
/// folder) or is a regular file that is none of `rules.inputs` and, unless
/// allowed, not inside the data directory. A symbolic link is refused too:
/// renaming over it would replace the link, not the file it points to.
/// Reports why not to `diags` at `target`, naming the output as `what`.
bool check_output(const std::string& target, const OutputRules& rules, Diagnostics& diags,
                  const std::string& what = "the PDF");

/// Whether the folder `dir` (which may not exist yet) may receive output:
/// not inside the data directory unless allowed, and not an existing
/// non-directory. Reports why not to `diags`.
bool check_output_folder(const std::string& dir, const OutputRules& rules, Diagnostics& diags);

/// A temporary file `.NAME.tmp-PID` beside a target, to write the output
/// into and rename over the target once complete. SIGINT, SIGTERM, SIGHUP and
/// SIGQUIT (Ctrl-\, which a user presses to stop as readily as Ctrl-C)
/// remove it before the process dies (their handler only unlinks paths
/// recorded here, which is async-signal-safe); the destructor removes it
/// unless commit() renamed it.
class TempFile {
 public:
  explicit TempFile(const std::string& target);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  const std::string& path() const { return path_; }
  /// Renames the temporary file over the target. On failure returns false
  /// with the reason (the system's, read before anything else can change
  /// errno) in `error`, and the temporary file is removed.
  bool commit(std::string& error);

 private:
  std::string target_, path_;
  int slot_ = -1;
  bool committed_ = false;
};

/// The name of the temporary file a process `pid` uses for `target`.
std::string temp_path(const std::string& target, long pid);

/// Removes the temporary files of `target` (`.NAME.tmp-PID`) whose process
/// is no longer running: what a run killed by SIGKILL or a power cut left.
/// Returns how many were removed.
int sweep_stale_temps(const std::string& target);

/// "a FIFO (named pipe)", "a directory", …: what the file at `path` is
/// (through links) when it is not a regular file; empty for a regular file
/// or when nothing is there. For messages such as "font X is a directory",
/// and to refuse a FIFO before opening it would block.
std::string describe_file_type(const std::string& path);

}  // namespace casebook::cli
