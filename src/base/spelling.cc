#include "base/spelling.h"

#include <algorithm>

#include "base/utf8.h"

namespace casebook {

namespace {

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += utf8::next(s, i);
  return out;
}

}  // namespace

int edit_distance(std::string_view a, std::string_view b) {
  const std::u32string x = decode(a), y = decode(b);
  std::vector<int> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= x.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[y.size()];
}

std::optional<std::string> nearest(std::string_view word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  int best_distance = 0;
  for (const std::string& c : candidates) {
    const int d = edit_distance(word, c);
    const int longer = static_cast<int>(std::max(utf8::length(word), utf8::length(c)));
    const int limit = std::max(1, longer / 3);
    if (d <= limit && (!best || d < best_distance)) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

}  // namespace casebook
