#pragma once

#include <cmath>
#include <cstdint>

namespace casebook {

/// A length in fixed point: 1/65536 of a PostScript point. Layout does all
/// its arithmetic in integers so that the same input gives the same pages,
/// bit for bit, on every machine; lengths become floating point only at
/// the PDF call. One unit is ~5e-6 mm, far below anything printable.
using Length = std::int64_t;

inline constexpr Length kUnitsPerPoint = 65536;

inline Length pt(double points) { return static_cast<Length>(std::llround(points * kUnitsPerPoint)); }
inline Length mm(double millimetres) { return pt(millimetres * 72.0 / 25.4); }
constexpr double to_pt(Length l) { return static_cast<double>(l) / kUnitsPerPoint; }
constexpr double to_mm(Length l) { return to_pt(l) * 25.4 / 72.0; }

/// `l` scaled by num/den, rounded to the nearest unit (half away from zero).
constexpr Length scale(Length l, std::int64_t num, std::int64_t den) {
  __extension__ using Wide = __int128;
  const Wide p = static_cast<Wide>(l) * num;
  const Wide q = (p >= 0 ? p + den / 2 : p - den / 2) / den;
  return static_cast<Length>(q);
}

}  // namespace casebook
