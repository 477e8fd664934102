#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casebook {

/// Hints for a TOML syntax error on `line` (the error's line, without its
/// line feed) at 1-based code-point `column`, for what a Japanese input
/// method types in place of the half-width characters TOML wants: the
/// full-width quotes “ ” ＂ ‘ ’ ＇, the full-width ＝, the ideographic space
/// U+3000 outside a string, full-width digits in a number, and a key typed
/// in kanji or kana without quotes. Each hint says which half-width
/// character to type. Characters inside a "…" or '…' string on the line
/// are left alone: there they are text.
std::vector<std::string> ime_hints(std::string_view line, int column);

/// A multi-line string ('''…''' or """…""") that a syntax error at
/// `error_line` most likely comes from: one opened and never closed, or
/// one whose closing delimiter is the opener of the next field (a line
/// `key = '''`), so that the next field's text was read as TOML. The place
/// (1-based line and code-point column) of its opening delimiter, and the
/// line where it was closed (0 when never).
struct UnclosedString {
  int line = 0, column = 0;
  int closed_at = 0;
  std::string delimiter;
};
std::optional<UnclosedString> find_unclosed_multiline_string(std::string_view text, int error_line);

}  // namespace casebook
