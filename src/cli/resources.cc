#include "cli/resources.h"

#include <filesystem>
#include <system_error>

namespace casebook::cli {

namespace fs = std::filesystem;

namespace {

/// The folder of the running executable; empty if /proc is not mounted.
fs::path executable_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return exe.parent_path();
}

/// The first of `candidates` (relative to the executable's folder) that is
/// a folder, as a path string; empty if none is.
std::string first_dir(std::initializer_list<const char*> candidates) {
  const fs::path dir = executable_dir();
  if (dir.empty()) return {};
  for (const char* relative : candidates) {
    std::error_code ec;
    const fs::path candidate = (dir / relative).lexically_normal();
    if (fs::is_directory(candidate, ec)) return candidate.string();
  }
  return {};
}

}  // namespace

std::string share_dir() { return first_dir({"../share/casebook", "share/casebook"}); }

std::string locale_dir() { return first_dir({"../share/locale", "locale"}); }

}  // namespace casebook::cli
