#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/length.h"
#include "data/layout_spec.h"

namespace casebook {

/// The largest magnitude parse_length() accepts, in points.
inline constexpr double kMaxParsedPoints = 1e9;

/// Parses a length as a layout file writes it: a number and a unit, one of
/// mm, cm, pt, in ("12mm", "8.5pt", "0.25 in"). A bare number is refused:
/// a typesetter must never guess the unit. The number is plain decimal
/// (digits and one point): hexadecimal, exponents, NaN, infinity and
/// magnitudes over kMaxParsedPoints are refused.
std::optional<Length> parse_length(std::string_view text);

/// Parses a colour: "#rrggbb" (RGB) or "cmyk(c, m, y, k)" with each
/// component in percent, the form print shops give. Every component of the
/// result is finite and in [0, 1].
std::optional<Color> parse_color(std::string_view text);

}  // namespace casebook
