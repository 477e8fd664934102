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

}  // namespace casebook
