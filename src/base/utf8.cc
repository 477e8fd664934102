#include "base/utf8.h"

namespace casebook::utf8 {

namespace {

unsigned char byte(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

bool continuation(std::string_view s, std::size_t i) {
  return i < s.size() && (byte(s, i) & 0xC0) == 0x80;
}

}  // namespace

std::optional<std::size_t> find_invalid(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char b = byte(s, i);
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = 0;
    char32_t min = 0;
    char32_t c = 0;
    if ((b & 0xE0) == 0xC0) {
      n = 1, min = 0x80, c = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
      n = 2, min = 0x800, c = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
      n = 3, min = 0x10000, c = b & 0x07;
    } else {
      return i;
    }
    for (std::size_t k = 1; k <= n; ++k) {
      if (!continuation(s, i + k)) return i;
      c = (c << 6) | (byte(s, i + k) & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return i;
    i += n + 1;
  }
  return std::nullopt;
}

char32_t next(std::string_view s, std::size_t& i) {
  const unsigned char b = byte(s, i);
  std::size_t n = 0;
  char32_t c = 0;
  if (b < 0x80) {
    n = 0, c = b;
  } else if ((b & 0xE0) == 0xC0) {
    n = 1, c = b & 0x1F;
  } else if ((b & 0xF0) == 0xE0) {
    n = 2, c = b & 0x0F;
  } else {
    n = 3, c = b & 0x07;
  }
  for (std::size_t k = 1; k <= n && i + k < s.size(); ++k) c = (c << 6) | (byte(s, i + k) & 0x3F);
  i += n + 1;
  return c;
}

void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::size_t length(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((byte(s, i) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::size_t offset_of_column(std::string_view line, int column) {
  std::size_t i = 0;
  for (int c = 1; c < column && i < line.size(); ++c) next(line, i);
  return i;
}

}  // namespace casebook::utf8
