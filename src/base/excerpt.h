#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casebook {

/// How many terminal cells a code point takes: 2 for East Asian Wide and
/// Fullwidth characters (UAX #11: kanji, kana, full-width forms, hangul),
/// 0 for combining marks and default-ignorable characters, 1 otherwise.
/// What a monospace terminal does, so that a caret lands under the
/// character a diagnostic points at in a line of Japanese.
int cell_width(char32_t c);

/// Colours of a rendered diagnostic (SGR sequences), or none.
struct ExcerptColors {
  std::string_view gutter, caret, reset;
};

/// The source line under a diagnostic and a caret under its column, the
/// way rustc and Typst show it:
///
///    12 | title = "孤独・孤立"
///       |          ^
///
/// `column` is 1-based in code points (as Span counts); 0 shows the line
/// without a caret. The line is printed through escape_controls() cell by
/// cell, so controls in it are shown escaped and the caret still lines up;
/// a tab is shown as four spaces. A line wider than `max_cells` is cut to a
/// window around the column, with ... at the cut ends.
std::string source_excerpt(std::string_view line, int line_number, int column, const ExcerptColors& colors = {},
                           int max_cells = 100);

/// Lines of source files, each file read once, for source_excerpt(). Only
/// a regular file up to 16 MB is read; anything else (a folder, a FIFO, a
/// file since deleted, the pseudo-file of a command-line option) has no
/// lines, and its diagnostics are printed without an excerpt.
class SourceLines {
 public:
  std::optional<std::string_view> line(const std::string& file, int number);

 private:
  std::map<std::string, std::optional<std::vector<std::string>>> files_;
};

}  // namespace casebook
