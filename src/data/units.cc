#include "data/units.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

namespace casebook {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

/// Whether `s` is a plain decimal number: an optional minus sign, digits,
/// and at most one decimal point among them ("9", "0.25", ".5", "-3").
/// strtod alone also reads hexadecimal ("0x9"), exponents ("1e3"), "nan"
/// and "inf", none of which a person writes for a length or a colour.
bool is_plain_decimal(std::string_view s) {
  if (!s.empty() && s.front() == '-') s.remove_prefix(1);
  bool digit = false;
  bool point = false;
  for (const char c : s) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      return false;
    }
  }
  return digit;
}

std::optional<double> parse_number(std::string_view s) {
  s = trim(s);
  if (!is_plain_decimal(s)) return std::nullopt;
  const std::string copy(s);
  char* end = nullptr;
  const double v = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size()) return std::nullopt;
  // strtod reads "nan" and "inf" too; no layout value can be either, and a
  // NaN would pass every range check below it.
  if (!std::isfinite(v)) return std::nullopt;
  return v;
}

}  // namespace

std::optional<Length> parse_length(std::string_view text) {
  text = trim(text);
  struct Unit {
    const char* name;
    double points;
  };
  for (const Unit& u : {Unit{"mm", 72.0 / 25.4}, Unit{"cm", 720.0 / 25.4}, Unit{"pt", 1.0}, Unit{"in", 72.0}}) {
    const std::string_view name(u.name);
    if (text.size() > name.size() && text.substr(text.size() - name.size()) == name) {
      const auto v = parse_number(text.substr(0, text.size() - name.size()));
      // Far beyond any page, but inside what a Length holds (llround of a
      // larger value is undefined); callers check the real range.
      if (!v || std::fabs(*v * u.points) > kMaxParsedPoints) return std::nullopt;
      return pt(*v * u.points);
    }
  }
  return std::nullopt;
}

std::optional<Color> parse_color(std::string_view text) {
  text = trim(text);
  Color c;
  if (text.size() == 7 && text[0] == '#') {
    for (int i = 0; i < 3; ++i) {
      const std::string hex(text.substr(1 + 2 * static_cast<std::size_t>(i), 2));
      if (!std::isxdigit(static_cast<unsigned char>(hex[0])) || !std::isxdigit(static_cast<unsigned char>(hex[1]))) {
        return std::nullopt;
      }
      c.v[i] = static_cast<double>(std::strtol(hex.c_str(), nullptr, 16)) / 255.0;
    }
    return c;
  }
  if (text.starts_with("cmyk(") && text.ends_with(")")) {
    std::string_view inner = text.substr(5, text.size() - 6);
    c.cmyk = true;
    for (int i = 0; i < 4; ++i) {
      const std::size_t comma = inner.find(',');
      if ((comma == std::string_view::npos) != (i == 3)) return std::nullopt;
      std::string_view part = trim(inner.substr(0, comma));
      if (part.ends_with("%")) part.remove_suffix(1);
      const auto v = parse_number(part);
      if (!v || *v < 0 || *v > 100) return std::nullopt;
      c.v[i] = *v / 100.0;
      if (comma != std::string_view::npos) inner.remove_prefix(comma + 1);
    }
    return c;
  }
  return std::nullopt;
}

}  // namespace casebook
