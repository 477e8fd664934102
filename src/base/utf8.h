#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace casebook::utf8 {

/// The byte offset of the first ill-formed UTF-8 sequence in `s` (overlong
/// forms, surrogates and values above U+10FFFF included), or nullopt when
/// the whole string is well-formed.
std::optional<std::size_t> find_invalid(std::string_view s);

/// Decodes the code point starting at s[i] and advances i past it.
/// Precondition: s is well-formed UTF-8 and i < s.size().
char32_t next(std::string_view s, std::size_t& i);

/// Appends the UTF-8 form of `c` to `out`.
void append(std::string& out, char32_t c);

/// Number of code points in well-formed UTF-8.
std::size_t length(std::string_view s);

/// The byte offset of code point number `column - 1` in `line`
/// (1-based columns, as editors and toml++ count them).
std::size_t offset_of_column(std::string_view line, int column);

}  // namespace casebook::utf8
