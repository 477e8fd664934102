#pragma once

#include <utility>

#include "base/span.h"

namespace casebook {

/// A value loaded from a source file with the place it was written, so a
/// problem found long after loading (a page that overflows at the layout's
/// smallest size) can point at the line that chose the value. It reads as
/// its value wherever a T is expected.
template <class T>
struct Spanned {
  T value{};
  Span span;  ///< where it was written; line 0: not written (a default)

  Spanned() = default;
  Spanned(T v, Span s = {}) : value(std::move(v)), span(std::move(s)) {}  // NOLINT: a bare value converts

  operator const T&() const { return value; }  // NOLINT: reads as its value
  const T* operator->() const { return &value; }
  const T& operator*() const { return value; }
};

}  // namespace casebook
