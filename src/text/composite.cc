#include "text/composite.h"

#include <string_view>

#include "base/utf8.h"

namespace casebook {

namespace {

bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_bracket(char c) { return c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}'; }
/// Printable ASCII that can be part of a Latin word.
bool is_word_char(char c) { return c > 0x20 && c < 0x7F && !is_bracket(c); }

/// The byte ranges of the Latin words of `text`, a space between two of
/// them included.
std::vector<std::pair<std::size_t, std::size_t>> latin_ranges(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_word_char(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    bool letter = false;
    for (; end < text.size() && is_word_char(text[end]); ++end) letter = letter || is_letter(text[end]);
    if (letter) {
      // A word right after the last one, across spaces only, joins it.
      std::size_t gap = i;
      while (gap > 0 && text[gap - 1] == ' ') --gap;
      if (!ranges.empty() && ranges.back().second == gap && gap < i) {
        ranges.back().second = end;
      } else {
        ranges.emplace_back(i, end);
      }
    }
    i = end;
  }
  return ranges;
}

}  // namespace

std::vector<TextRun> split_composite(const std::vector<TextRun>& runs) {
  std::vector<TextRun> out;
  for (const TextRun& run : runs) {
    if (!run.style.latin || run.style.latin == run.style.face) {
      out.push_back(run);
      continue;
    }
    auto piece = [&](std::size_t begin, std::size_t end, bool latin) {
      if (begin == end) return;
      TextRun r{run.text.substr(begin, end - begin), run.style, run.span};
      if (latin) r.style.face = run.style.latin;
      // Where the piece was typed: the run's place moved on by the code
      // points before it (a run comes from one line of the data).
      if (r.span.line > 0) {
        r.span.column += static_cast<int>(utf8::length(std::string_view(run.text).substr(0, begin)));
      }
      out.push_back(std::move(r));
    };
    std::size_t at = 0;
    for (const auto& [begin, end] : latin_ranges(run.text)) {
      piece(at, begin, false);
      piece(begin, end, true);
      at = end;
    }
    piece(at, run.text.size(), false);
  }
  return out;
}

}  // namespace casebook
