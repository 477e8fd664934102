#include "data/phrase.h"

#include <cctype>

namespace casebook {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

/// Whether the last mark of `out` has nothing but spaces after it.
bool mark_is_last(const Phrased& out) {
  if (out.breaks.empty()) return false;
  for (std::size_t k = out.breaks.back(); k < out.text.size(); ++k) {
    if (!is_space(out.text[k])) return false;
  }
  return true;
}

}  // namespace

Phrased parse_phrase_marks(std::string_view raw, const Locate& locate, std::string_view field, Diagnostics& diags) {
  Phrased out;
  out.span = locate(0);
  const std::string hint = "'|' marks where a line may break and prints nothing; write \\| (in a TOML basic string "
                           "\"\\\\|\") for a printed |";
  // Where the last mark stood in `raw`, while no character has followed it.
  std::size_t pending = std::string_view::npos;
  auto line_starts = [&] { return out.text.empty() || out.text.back() == '\n'; };
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\\' && i + 1 < raw.size() && (raw[i + 1] == '|' || raw[i + 1] == '\\')) {
      pending = std::string_view::npos;
      out.text += raw[++i];
      continue;
    }
    if (c == '|') {
      if (pending != std::string_view::npos) {
        diags.error(locate(i), "'" + std::string(field) + "' has two break marks '|' in a row", {hint});
      } else if (line_starts()) {
        diags.error(locate(i), "'" + std::string(field) + "' starts a line with a break mark '|', which breaks nothing",
                    {hint});
      } else {
        out.breaks.push_back(out.text.size());
      }
      pending = i;
      continue;
    }
    if (c == '\n' && pending != std::string_view::npos && mark_is_last(out)) {
      diags.error(locate(pending), "'" + std::string(field) + "' ends a line with a break mark '|', which breaks nothing",
                  {hint});
      out.breaks.pop_back();
    }
    if (!is_space(c)) pending = std::string_view::npos;
    out.text += c;
  }
  if (pending != std::string_view::npos && mark_is_last(out)) {
    diags.error(locate(pending), "'" + std::string(field) + "' ends with a break mark '|', which breaks nothing",
                {hint});
    out.breaks.pop_back();
  }
  return out;
}

std::string join_display_lines(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
    if (!line.empty()) {
      const auto latin = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0; };
      if (!out.empty() && latin(out.back()) && latin(line.front())) out += ' ';
      out += line;
    }
    start = end + 1;
  }
  return out;
}

}  // namespace casebook
