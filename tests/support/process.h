#pragma once

// Helpers the end-to-end tests share: run a command, read a file, compare
// text without the white space PDF extraction adds or drops.

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/utf8.h"

namespace casebook::testing_support {

/// Runs `command` in a shell; returns its standard output (add 2>&1 to the
/// command for both streams) and sets `status` to its exit status.
inline std::string run(const std::string& command, int* status = nullptr) {
  FILE* pipe = popen(command.c_str(), "r");
  std::string out;
  std::array<char, 4096> buffer;
  while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
  const int s = pclose(pipe);
  if (status) *status = WIFEXITED(s) ? WEXITSTATUS(s) : -1;
  return out;
}

/// Runs the casebook binary under test from the source tree.
inline std::string casebook(const std::string& args, int* status = nullptr) {
  return run(std::string("cd '") + CASEBOOK_SOURCE_DIR + "' && '" + CASEBOOK_BINARY + "' " + args + " 2>&1", status);
}

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The non-empty lines of `text` (pdftotext's output), split at line
/// feeds and form feeds.
inline std::vector<std::string> nonempty_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of("\n\f", start);
    if (end == std::string::npos) end = text.size();
    if (end > start) lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

/// `s` without spaces (ASCII and ideographic), tabs, newlines and form feeds.
inline std::string squeeze(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::next(s, i);
    if (c != U' ' && c != U'\n' && c != U'\t' && c != U'\f' && c != U'\u3000' && c != U'\r') {
      out += s.substr(start, i - start);
    }
  }
  return out;
}

}  // namespace casebook::testing_support
