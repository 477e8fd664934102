#include "data/toml_limits.h"

#include <string>
#include <string_view>

namespace casebook {

namespace {

/// Where a quoted string that opens at text[i] ends (one past its closing
/// delimiter), for basic ("…", """…""") and literal ('…', '''…''') strings.
/// A one-line string ends at the line's end at the latest, so an
/// unterminated quote cannot hide the rest of the file from the scan.
std::size_t skip_string(std::string_view text, std::size_t i, bool& multi_line) {
  const char quote = text[i];
  const bool basic = quote == '"';
  multi_line = text.substr(i, 3) == std::string(3, quote);
  std::size_t k = i + (multi_line ? 3 : 1);
  while (k < text.size()) {
    const char c = text[k];
    if (basic && c == '\\') {
      k += 2;
      continue;
    }
    if (!multi_line && c == '\n') return k;
    if (c == quote) {
      if (!multi_line) return k + 1;
      if (text.substr(k, 3) == std::string(3, quote)) {
        k += 3;
        // """a"""" ends in a quote of its own: up to two more belong to it.
        for (int extra = 0; extra < 2 && k < text.size() && text[k] == quote; ++extra) ++k;
        return k;
      }
    }
    ++k;
  }
  return text.size();
}

}  // namespace

bool check_toml_limits(const SourceFile& file, Diagnostics& diags) {
  const std::string_view text = file.text();
  // The dotted run being read: parts joined by dots, with blanks allowed
  // around the dots (a . b . c = 1). A value's run has at most two parts
  // (1.5, a time's fraction), so only a key or header can exceed the limit.
  std::size_t run_start = 0;
  int dots = 0;
  bool in_run = false;
  std::size_t part_start = 0;
  std::size_t part_bytes = 0;
  std::size_t longest = 0;
  std::size_t longest_start = 0;
  auto end_part = [&] {
    if (part_bytes > longest) {
      longest = part_bytes;
      longest_start = part_start;
    }
    part_bytes = 0;
  };
  auto begin_part = [&](std::size_t at) {
    if (!in_run) {
      in_run = true;
      run_start = at;
      dots = 0;
      longest = 0;
    }
    if (part_bytes == 0) part_start = at;
  };

  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r') {
      end_part();
      ++i;
      continue;
    }
    if (c == '.') {
      end_part();
      if (!in_run) begin_part(i);
      if (++dots >= kMaxKeyParts) {
        diags.error(file.span_at(run_start),
                    "this dotted key has more than " + std::to_string(kMaxKeyParts) + " parts, the most casebook reads",
                    {"casebook's keys nest at most 3 deep (e.g. [content] purpose); check the key"});
        return false;
      }
      ++i;
      continue;
    }
    if (c == '"' || c == '\'') {
      bool multi_line = false;
      const std::size_t end = skip_string(text, i, multi_line);
      if (multi_line) {
        in_run = false;  // a multi-line string is never a key
      } else {
        begin_part(i);
        part_bytes += end - i >= 2 ? end - i - 2 : 0;
        if (part_bytes == 0) part_bytes = 1;  // "" is a part too
      }
      i = end;
      continue;
    }
    if (c == '#' || c == '\n' || c == '=' || c == '[' || c == ']' || c == '{' || c == '}' || c == ',') {
      end_part();
      if (c == '=' && in_run && longest > static_cast<std::size_t>(kMaxKeyPartBytes)) {
        diags.error(file.span_at(longest_start),
                    "this key is " + std::to_string(longest) + " bytes long; the most casebook reads is " +
                        std::to_string(kMaxKeyPartBytes),
                    {"casebook's keys are short words such as 'purpose'; check the key"});
        return false;
      }
      in_run = false;
      if (c == '#') {
        while (i < text.size() && text[i] != '\n') ++i;
        continue;
      }
      ++i;
      continue;
    }
    begin_part(i);
    ++part_bytes;
    ++i;
  }
  return true;
}

}  // namespace casebook
