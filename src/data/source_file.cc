#include "data/source_file.h"

#include <algorithm>
#include <memory>

#include "base/utf8.h"

namespace casebook {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

std::size_t SourceFile::offset(int line, int column) const {
  if (line < 1 || static_cast<std::size_t>(line) > line_starts_.size()) return text_.size();
  const std::size_t start = line_starts_[static_cast<std::size_t>(line - 1)];
  const std::size_t end = static_cast<std::size_t>(line) < line_starts_.size()
                              ? line_starts_[static_cast<std::size_t>(line)]
                              : text_.size();
  return start + utf8::offset_of_column(std::string_view(text_).substr(start, end - start), column);
}

Span SourceFile::span_at(std::size_t offset) const {
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  const std::size_t start = line_starts_[line - 1];
  const std::size_t column = utf8::length(std::string_view(text_).substr(start, offset - start)) + 1;
  return {path_, static_cast<int>(line), static_cast<int>(column)};
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// Decodes the TOML string whose opening quote is at raw[start], recording
/// for each decoded byte the raw offset that produced it. Returns false if
/// the string is not one this decoder understands.
bool decode_string(std::string_view raw, std::size_t start, std::string& decoded,
                   std::vector<std::size_t>& origin) {
  if (start >= raw.size()) return false;
  const char quote = raw[start];
  if (quote != '"' && quote != '\'') return false;
  const bool literal = quote == '\'';
  const std::string delimiter = raw.substr(start, 3) == std::string(3, quote) ? std::string(3, quote)
                                                                               : std::string(1, quote);
  std::size_t i = start + delimiter.size();
  if (delimiter.size() == 3) {
    if (raw.substr(i, 2) == "\r\n") i += 2;
    else if (raw.substr(i, 1) == "\n") i += 1;
  }
  auto emit = [&](char c, std::size_t at) {
    decoded += c;
    origin.push_back(at);
  };
  while (i < raw.size()) {
    if (raw.substr(i, delimiter.size()) == delimiter) {
      // A multi-line string may end in up to two quotes of its own: """"".
      if (delimiter.size() == 3) {
        std::size_t extra = 0;
        while (extra < 2 && raw.substr(i + 3 + extra, 1) == std::string(1, quote)) ++extra;
        for (std::size_t k = 0; k < extra; ++k) emit(quote, i + k);
      }
      return true;
    }
    const char c = raw[i];
    if (c == '\r' && raw.substr(i, 2) == "\r\n") {
      emit('\n', i);
      i += 2;
      continue;
    }
    if (literal || c != '\\') {
      emit(c, i);
      ++i;
      continue;
    }
    // An escape sequence in a basic string.
    const std::size_t at = i;
    const char e = i + 1 < raw.size() ? raw[i + 1] : '\0';
    switch (e) {
      case 'b': emit('\b', at); i += 2; continue;
      case 't': emit('\t', at); i += 2; continue;
      case 'n': emit('\n', at); i += 2; continue;
      case 'f': emit('\f', at); i += 2; continue;
      case 'r': emit('\r', at); i += 2; continue;
      case '"': emit('"', at); i += 2; continue;
      case '\\': emit('\\', at); i += 2; continue;
      case 'u':
      case 'U': {
        const std::size_t digits = e == 'u' ? 4 : 8;
        char32_t cp = 0;
        for (std::size_t k = 0; k < digits; ++k) {
          const int v = i + 2 + k < raw.size() ? hex_value(raw[i + 2 + k]) : -1;
          if (v < 0) return false;
          cp = cp * 16 + static_cast<char32_t>(v);
        }
        std::string bytes;
        utf8::append(bytes, cp);
        for (char b : bytes) emit(b, at);
        i += 2 + digits;
        continue;
      }
      default: {
        // A line-ending backslash trims all whitespace up to the next
        // non-whitespace character.
        std::size_t j = i + 1;
        while (j < raw.size() && (raw[j] == ' ' || raw[j] == '\t')) ++j;
        if (j < raw.size() && (raw[j] == '\n' || raw[j] == '\r')) {
          while (j < raw.size() && (raw[j] == ' ' || raw[j] == '\t' || raw[j] == '\n' || raw[j] == '\r')) ++j;
          i = j;
          continue;
        }
        return false;
      }
    }
  }
  return false;
}

}  // namespace

Locate SourceFile::locate_string(int line, int column, const std::string& value) const {
  const std::size_t start = offset(line, column);
  std::string decoded;
  auto origin = std::make_shared<std::vector<std::size_t>>();
  if (!decode_string(text_, start, decoded, *origin) || decoded != value) {
    const Span fallback = span(line, column);
    return [fallback](std::size_t) { return fallback; };
  }
  origin->push_back(origin->empty() ? start : origin->back());
  return [this, origin](std::size_t at) { return span_at((*origin)[std::min(at, origin->size() - 1)]); };
}

std::optional<std::string> SourceFile::string_at(int line, int column) const {
  std::string decoded;
  std::vector<std::size_t> origin;
  if (!decode_string(text_, offset(line, column), decoded, origin)) return std::nullopt;
  return decoded;
}

}  // namespace casebook
