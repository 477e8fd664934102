#pragma once

#include <string>

namespace casebook::cli {

/// "1 error", "2 errors", "0 errors": a count with its noun in the number
/// it takes. Every summary line of the commands counts through this, so
/// none says "1 errors" or "1 organizations".
inline std::string count_of(long long n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

}  // namespace casebook::cli
