#pragma once

#include <string>

namespace casebook {

/// A place in a source file, as a person would look it up in an editor:
/// 1-based line and column, the column counted in Unicode code points.
/// line == 0 means "the file as a whole".
struct Span {
  std::string file;
  int line = 0;
  int column = 0;

  friend bool operator==(const Span&, const Span&) = default;
};

/// "file:line:col" as a diagnostic writes its place ("file" for the file
/// as a whole), for a hint that points at a second place.
inline std::string place_of(const Span& span) {
  if (span.line <= 0) return span.file;
  return span.file + ":" + std::to_string(span.line) + ":" + std::to_string(span.column);
}

}  // namespace casebook
