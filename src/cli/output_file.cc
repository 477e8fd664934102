#include "cli/output_file.h"

#include <signal.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>

namespace casebook::cli {

namespace fs = std::filesystem;

namespace {

// The temporary files being written, for the signal handler. A handler may
// only use async-signal-safe calls and lock-free atomics, so the paths live
// in fixed buffers claimed with a compare-and-swap: 0 free, 1 being filled,
// 2 a path the handler removes.
constexpr int kSlots = 64;
struct Slot {
  std::atomic<int> state{0};
  char path[4096] = {};
};
Slot g_slots[kSlots];
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void remove_temps_and_die(int signal_number) {
  const int saved = errno;
  for (Slot& s : g_slots) {
    if (s.state.load() == 2) ::unlink(s.path);
  }
  errno = saved;
  // Die of the same signal, so the parent sees what happened.
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

void install_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
      struct sigaction old {};
      if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;  // nohup: stay ignored
      struct sigaction act {};
      act.sa_handler = remove_temps_and_die;
      sigemptyset(&act.sa_mask);
      ::sigaction(sig, &act, nullptr);
    }
  });
}

int claim_slot(const std::string& path) {
  if (path.size() >= sizeof Slot::path) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = 0;
    if (g_slots[i].state.compare_exchange_strong(expected, 1)) {
      std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
      g_slots[i].state.store(2);
      return i;
    }
  }
  return -1;  // more parallel writes than slots: the sweep of the next run removes what a signal leaves
}

void release_slot(int slot) {
  if (slot >= 0) g_slots[slot].state.store(0);
}

/// `path` with every link and . or .. resolved, as far as it exists.
fs::path resolved(const fs::path& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? fs::absolute(path, ec).lexically_normal() : p;
}

bool is_inside(const fs::path& inner, const fs::path& outer) {
  const auto [o, i] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  // A trailing empty component (from "dir/") counts as the end.
  return o == outer.end() || (std::next(o) == outer.end() && o->empty());
}

bool inside_data(const fs::path& folder, const OutputRules& rules) {
  if (rules.data_dir.empty()) return false;
  std::error_code ec;
  if (!fs::is_directory(rules.data_dir, ec)) return false;
  return is_inside(resolved(folder), resolved(rules.data_dir));
}

std::string describe_mode(mode_t mode) {
  if (S_ISLNK(mode)) return "a symbolic link";
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISREG(mode)) return "";
  return "not a regular file";
}

fs::path folder_of(const std::string& target) {
  const fs::path t(target);
  return t.has_parent_path() ? t.parent_path() : fs::path(".");
}

}  // namespace

std::string describe_file_type(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return "";
  return describe_mode(st.st_mode);
}

bool check_output(const std::string& target, const OutputRules& rules, Diagnostics& diags,
                  const std::string& what) {
  const std::string cannot = "cannot write " + what + ": ";
  const Span at{target, 0, 0};
  struct stat st {};
  if (::lstat(target.c_str(), &st) == 0) {
    if (S_ISLNK(st.st_mode)) {
      diags.error(at, cannot + "it is a symbolic link, and casebook replaces only a regular file",
                  {"the new file would replace the link itself, not the file it points to; give that file's path "
                   "instead, or remove the link"});
      return false;
    }
    if (!S_ISREG(st.st_mode)) {
      diags.error(at, cannot + "it is " + describe_mode(st.st_mode) +
                          ", and casebook replaces only a regular file",
                  {what == "the PDF" ? "to write the PDF to standard output, give -o -" : "remove it or give another output folder"});
      return false;
    }
    for (const std::string& input : rules.inputs) {
      struct stat in {};
      if (::stat(input.c_str(), &in) == 0 && in.st_dev == st.st_dev && in.st_ino == st.st_ino) {
        diags.error(at, cannot + "it is " + input + ", which this run reads",
                    {"writing " + what + " there would destroy the input; give another output path"});
        return false;
      }
    }
  } else if (errno != ENOENT) {
    const int error = errno;
    diags.error(at, cannot + std::strerror(error));
    return false;
  }
  const fs::path folder = folder_of(target);
  struct stat dir {};
  if (::stat(folder.c_str(), &dir) != 0 || !S_ISDIR(dir.st_mode)) {
    diags.error(at, cannot + "the folder " + folder.string() + " does not exist");
    return false;
  }
  if (!rules.allow_in_data && inside_data(folder, rules)) {
    diags.error(at, "cannot write " + what + " inside the data directory " + rules.data_dir,
                {"casebook does not write among the files it reads; give --allow-output-in-data to insist"});
    return false;
  }
  return true;
}

bool check_output_folder(const std::string& dir, const OutputRules& rules, Diagnostics& diags) {
  const Span at{dir, 0, 0};
  struct stat st {};
  if (::stat(dir.c_str(), &st) == 0 && !S_ISDIR(st.st_mode)) {
    diags.error(at, "cannot write into it: it is " + (S_ISREG(st.st_mode) ? "a file" : describe_mode(st.st_mode)) +
                        ", not a directory");
    return false;
  }
  if (!rules.allow_in_data && inside_data(dir, rules)) {
    diags.error(at, "cannot write the output inside the data directory " + rules.data_dir,
                {"casebook does not write among the files it reads; give --allow-output-in-data to insist"});
    return false;
  }
  return true;
}

std::string temp_path(const std::string& target, long pid) {
  const fs::path t(target);
  return (folder_of(target) / ("." + t.filename().string() + ".tmp-" + std::to_string(pid))).string();
}

TempFile::TempFile(const std::string& target) : target_(target), path_(temp_path(target, ::getpid())) {
  install_handlers();
  slot_ = claim_slot(path_);
  // The name is predictable (.NAME.tmp-PID), and the writers open it with a
  // plain fopen that follows links: whatever is already there — a leftover
  // of a dead process with our PID, or a symbolic link planted to make us
  // write through it — is removed (unlink removes a link, never its target),
  // and the file is created afresh, exclusively and without following links.
  ::unlink(path_.c_str());
  const int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
  if (fd >= 0) ::close(fd);
}

TempFile::~TempFile() {
  if (!committed_) ::unlink(path_.c_str());
  release_slot(slot_);
}

bool TempFile::commit(std::string& error) {
  if (::rename(path_.c_str(), target_.c_str()) != 0) {
    error = std::strerror(errno);  // before unlink() can overwrite errno
    ::unlink(path_.c_str());
    return false;
  }
  committed_ = true;
  release_slot(slot_);
  slot_ = -1;
  return true;
}

int sweep_stale_temps(const std::string& target) {
  const std::string prefix = "." + fs::path(target).filename().string() + ".tmp-";
  int removed = 0;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(folder_of(target), ec)) {
    const std::string name = e.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    const std::string digits = name.substr(prefix.size());
    if (digits.empty() || digits.size() > 9 || !std::all_of(digits.begin(), digits.end(), [](char c) {
          return c >= '0' && c <= '9';
        })) {
      continue;
    }
    const long pid = std::stol(digits);  // at most 9 digits: cannot overflow
    if (pid <= 0 || pid == ::getpid()) continue;
    // A process that no longer exists; EPERM means it exists under another user.
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
    if (!e.is_regular_file(ec) || e.is_symlink(ec)) continue;
    if (fs::remove(e.path(), ec)) ++removed;
  }
  return removed;
}

}  // namespace casebook::cli
