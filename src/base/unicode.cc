#include "base/unicode.h"

#include "base/utf8.h"

namespace casebook::unicode {

bool is_default_ignorable(char32_t c) {
  // DerivedCoreProperties.txt, Default_Ignorable_Code_Point, range by range.
  return c == 0x00AD || c == 0x034F || c == 0x061C || (c >= 0x115F && c <= 0x1160) || (c >= 0x17B4 && c <= 0x17B5) ||
         (c >= 0x180B && c <= 0x180F) || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x206F) || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c == 0xFFA0 ||
         (c >= 0xFFF0 && c <= 0xFFF8) || (c >= 0x1BCA0 && c <= 0x1BCA3) || (c >= 0x1D173 && c <= 0x1D17A) ||
         (c >= 0xE0000 && c <= 0xE0FFF);
}

bool is_bidi_control(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
}

bool prints_nothing(std::string_view s) {
  if (s.empty()) return false;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    const bool space = c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000';
    if (!space && !is_default_ignorable(c)) return false;
  }
  return true;
}

}  // namespace casebook::unicode
