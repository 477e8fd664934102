#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "data/markup.h"

namespace casebook {

/// A data file's raw bytes, kept so that places inside string values can
/// be mapped back to line and column (toml++ only records where a value
/// starts).
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  Span span(int line, int column) const { return {path_, line, column}; }

  /// Byte offset of a 1-based line and code-point column.
  std::size_t offset(int line, int column) const;

  /// Line and column of a byte offset.
  Span span_at(std::size_t offset) const;

  /// A Locate for the string value that starts at (line, column) — its
  /// opening quote — and decodes to `value`: each decoded byte maps to the
  /// place of the character in the file that produced it, through escapes
  /// and line-ending backslashes. If the file text does not decode to
  /// `value` (it should always), every offset maps to the opening quote.
  Locate locate_string(int line, int column, const std::string& value) const;

  /// The decoded value of the string whose opening quote is at (line,
  /// column), or nullopt if there is none this decoder understands.
  std::optional<std::string> string_at(int line, int column) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace casebook
