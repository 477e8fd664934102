#include "data/toml_hints.h"

#include "base/i18n.h"
#include "base/utf8.h"

namespace casebook {

namespace {

bool is_kanji_or_kana(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xFF66 && c <= 0xFF9F);
}

/// One code point of a line, with whether it stands inside a quoted string.
struct Char {
  char32_t c;
  int column;
  bool quoted;
};

std::vector<Char> classify(std::string_view line) {
  std::vector<Char> out;
  if (utf8::find_invalid(line)) return out;
  char32_t quote = 0;  // the quote of the string we are in, or 0
  bool escape = false;
  int column = 0;
  for (std::size_t i = 0; i < line.size();) {
    const char32_t c = utf8::next(line, i);
    ++column;
    if (quote == 0 && c == U'#') break;  // a comment: anything goes
    const bool delimiter = (quote == 0 && (c == U'"' || c == U'\'')) || (quote != 0 && c == quote && !escape);
    out.push_back({c, column, quote != 0 && !delimiter});
    if (quote == U'"' && c == U'\\' && !escape) {
      escape = true;
      continue;
    }
    escape = false;
    if (delimiter) quote = quote == 0 ? c : 0;
  }
  return out;
}

}  // namespace

std::vector<std::string> ime_hints(std::string_view line, int column) {
  std::vector<std::string> hints;
  const std::vector<Char> chars = classify(line);
  bool full_quote = false, full_equals = false, ideographic_space = false, full_digit = false, kanji_key = false;
  bool before_equals = true;
  for (const Char& ch : chars) {
    if (ch.quoted) continue;
    const char32_t c = ch.c;
    if (c == U'“' || c == U'”' || c == U'＂' || c == U'‘' || c == U'’' || c == U'＇') full_quote = true;
    if (c == U'＝') full_equals = true;
    if (c == U'\u3000') ideographic_space = true;
    if (c >= U'０' && c <= U'９' && !before_equals) full_digit = true;
    if (is_kanji_or_kana(c) && before_equals) kanji_key = true;
    if (c == U'=' || c == U'＝') before_equals = false;
  }
  // Only for the error's own line: a character the IME typed elsewhere
  // would already have failed there.
  (void)column;
  if (full_quote) {
    hints.push_back(tr("a string is quoted with the half-width \" (or '), not the full-width “ ” ＂ ‘ ’ ＇ that the "
                    "input method types: turn the input method off (半角英数) for the quotes"));
  }
  if (full_equals) hints.push_back(tr("use the half-width = between a key and its value, not the full-width ＝"));
  if (ideographic_space) {
    hints.push_back(tr("outside quotes, use half-width spaces: the full-width space U+3000 (全角スペース) is not "
                    "white space in TOML"));
  }
  if (full_digit) hints.push_back(tr("type numbers with the half-width digits 0–9, not the full-width ０–９"));
  if (kanji_key && !full_quote) {
    hints.push_back(tr("keys are the half-width names listed in data/README.md; Japanese text goes in a quoted value "
                    "after ="));
  }
  return hints;
}

std::optional<UnclosedString> find_unclosed_multiline_string(std::string_view text, int error_line) {
  enum class State { normal, comment, basic, literal, multi_basic, multi_literal };
  State state = State::normal;
  int line = 1, column = 1;
  std::size_t line_start = 0;
  UnclosedString open;
  std::optional<UnclosedString> suspect;
  const auto at = [&](std::size_t i, std::string_view s) { return text.substr(i, s.size()) == s; };
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '\n') {
      if (line >= error_line && state != State::multi_basic && state != State::multi_literal) break;
      if (state == State::comment || state == State::basic || state == State::literal) state = State::normal;
      ++line;
      column = 1;
      line_start = ++i;
      continue;
    }
    std::size_t advance = 1;
    switch (state) {
      case State::normal:
        if (c == '#') state = State::comment;
        else if (at(i, "\"\"\"") || at(i, "'''")) {
          state = c == '"' ? State::multi_basic : State::multi_literal;
          open = {line, column, 0, std::string(3, c)};
          advance = 3;
        } else if (c == '"') state = State::basic;
        else if (c == '\'') state = State::literal;
        break;
      case State::comment: break;
      case State::basic:
        if (c == '\\') advance = 2;
        else if (c == '"') state = State::normal;
        break;
      case State::literal:
        if (c == '\'') state = State::normal;
        break;
      case State::multi_basic:
      case State::multi_literal:
        if (state == State::multi_basic && c == '\\') {
          advance = 2;
        } else if (at(i, open.delimiter)) {
          // Closed. Closed by what looks like the next field's opener —
          // `key = '''` alone on its line — it is the string before that
          // had no end of its own.
          const std::string_view before = text.substr(line_start, i - line_start);
          std::size_t after = i + 3;
          while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\r')) ++after;
          const bool line_ends = after == text.size() || text[after] == '\n';
          const std::size_t eq = before.find('=');
          bool key_before = eq != std::string_view::npos && line_ends;
          if (key_before) {
            for (std::size_t k = eq + 1; k < before.size(); ++k) key_before = key_before && (before[k] == ' ' || before[k] == '\t');
            const std::string_view key = before.substr(0, eq);
            key_before = key_before && key.find_first_not_of(" \t") != std::string_view::npos;
          }
          if (key_before && line <= error_line) {
            suspect = open;
            suspect->closed_at = line;
          }
          state = State::normal;
          advance = 3;
        }
        break;
    }
    // Columns count code points: skip a UTF-8 sequence's continuation bytes.
    for (std::size_t k = 0; k < advance && i < text.size(); ++k) {
      if (text[i] == '\n') break;
      ++i;
      while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
      ++column;
    }
  }
  if (state == State::multi_basic || state == State::multi_literal) return open;
  return suspect;
}

}  // namespace casebook
