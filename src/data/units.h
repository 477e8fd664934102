#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/length.h"
#include "data/layout_spec.h"

namespace casebook {

/// Parses a length as a layout file writes it: a number and a unit, one of
/// mm, cm, pt, in ("12mm", "8.5pt", "0.25 in"). A bare number is refused:
/// a typesetter must never guess the unit.
std::optional<Length> parse_length(std::string_view text);

/// Parses a colour: "#rrggbb" (RGB) or "cmyk(c, m, y, k)" with each
/// component in percent, the form print shops give.
std::optional<Color> parse_color(std::string_view text);

}  // namespace casebook
