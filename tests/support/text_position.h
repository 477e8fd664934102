#pragma once

// Where a piece of text is in a file, written as a diagnostic writes it
// ("line:col", 1-based, the column counted in characters). Tests that edit
// or point into the shipped layouts compute the expected position from the
// layout's text with these, so that a line added elsewhere in a layout does
// not break them, while a diagnostic at the wrong line or column still does.

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace casebook::testing_support {

/// "line:col" of byte `offset` of `text`; the column counts UTF-8
/// characters, as the diagnostics do.
inline std::string line_col_at(const std::string& text, std::size_t offset) {
  std::size_t line = 1;
  std::size_t col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      col = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++col;
    }
  }
  return std::to_string(line) + ":" + std::to_string(col);
}

/// "line:col" of the start of `target` inside the one occurrence of
/// `context` in `text` (`target` empty: the start of `context`). A context
/// that is missing or occurs twice gives a sentence saying so, which no
/// diagnostic matches.
inline std::string line_col_of(const std::string& text, const std::string& context, const std::string& target = "") {
  const std::size_t at = text.find(context);
  if (at == std::string::npos) return "<'" + context + "' is not in the text>";
  if (text.find(context, at + 1) != std::string::npos) return "<'" + context + "' occurs more than once>";
  const std::size_t inside = target.empty() ? 0 : context.find(target);
  if (inside == std::string::npos) return "<'" + target + "' is not in '" + context + "'>";
  return line_col_at(text, at + inside);
}

/// "path:line:col" of `target` inside the one occurrence of `context` in
/// the file at `path`, as line_col_of().
inline std::string where_in_file(const std::filesystem::path& path, const std::string& context,
                                 const std::string& target = "") {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return path.string() + ":" + line_col_of(s.str(), context, target);
}

}  // namespace casebook::testing_support
