#include "data/read_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace casebook {

namespace {

/// Why open() or stat() failed on `path`, in words for the user; a
/// dangling link (an editor's lock file, say) names its target.
std::string open_failure(const std::string& path, int error) {
  if (error == ENOENT) {
    struct stat link;
    if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
      char target[4096];
      const ssize_t n = ::readlink(path.c_str(), target, sizeof target - 1);
      const std::string to = n > 0 ? std::string(target, static_cast<std::size_t>(n)) : std::string("?");
      return "it is a link to '" + to + "', which does not exist";
    }
    return "no such file";
  }
  if (error == EACCES) return "permission denied";
  return std::strerror(error);
}

/// Closes a file descriptor when it goes out of scope.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

const char* describe_file_type(unsigned st_mode) {
  switch (st_mode & S_IFMT) {
    case S_IFREG: return "a regular file";
    case S_IFDIR: return "a directory";
    case S_IFIFO: return "a named pipe (FIFO)";
    case S_IFCHR: return "a character device";
    case S_IFBLK: return "a block device";
    case S_IFSOCK: return "a socket";
    default: return "not a regular file";
  }
}

std::optional<SourceFile> read_source_file(const std::string& path, Diagnostics& diags, std::size_t limit) {
  const Span at{path, 0, 0};
  // stat() first, so a device is never even opened (opening some has side
  // effects); fstat() after open() again, in case the name changed between.
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    diags.error(at, "cannot read file: " + open_failure(path, errno));
    return std::nullopt;
  }
  auto refuse_type = [&](unsigned mode) {
    diags.error(at, std::string("cannot read file: it is ") + describe_file_type(mode) + ", not a regular file");
  };
  if (!S_ISREG(st.st_mode)) {
    refuse_type(st.st_mode);
    return std::nullopt;
  }
  Fd file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
  if (file.fd < 0) {
    diags.error(at, "cannot read file: " + open_failure(path, errno));
    return std::nullopt;
  }
  if (::fstat(file.fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    refuse_type(st.st_mode);
    return std::nullopt;
  }
  // Read up to one byte past the limit: the file may have grown since
  // stat(), and /proc-like files report a size of 0.
  std::string bytes;
  char buffer[65536];
  while (bytes.size() <= limit) {
    const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      diags.error(at, std::string("cannot read file: ") + std::strerror(errno));
      return std::nullopt;
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  if (bytes.size() > limit) {
    const std::string size = limit % (std::size_t{1} << 20) == 0 ? std::to_string(limit >> 20) + " MiB"
                                                                  : std::to_string(limit) + " bytes";
    diags.error(at, "the file is larger than " + size + ", the limit for one TOML file",
                {"a casebook file is a few KB; check that this is the file you meant"});
    return std::nullopt;
  }
  return SourceFile(path, std::move(bytes));
}

}  // namespace casebook
