#pragma once

// The shipped layouts as text, for tests that edit a value and load or run
// the result from a folder of their own.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace casebook::testing_support {

/// The text of layouts/`file` with its font paths ("../fonts/…", relative
/// to the layouts folder) made absolute, so that a copy written anywhere
/// finds the shipped fonts.
inline std::string shipped_layout_text(const std::string& file = "casebook-a4.toml") {
  std::ifstream in(std::filesystem::path(CASEBOOK_SOURCE_DIR) / "layouts" / file, std::ios::binary);
  std::ostringstream read;
  read << in.rdbuf();
  std::string text = read.str();
  const std::string relative = "\"../fonts/";
  const std::string absolute = "\"" + std::string(CASEBOOK_SOURCE_DIR) + "/fonts/";
  for (std::size_t at = text.find(relative); at != std::string::npos; at = text.find(relative, at + absolute.size())) {
    text.replace(at, relative.size(), absolute);
  }
  return text;
}

}  // namespace casebook::testing_support
