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
  // Optimal string alignment: insertions, deletions, substitutions and
  // swaps of two neighbours ("titel" for "title") each cost 1.
  const std::u32string x = decode(a), y = decode(b);
  const std::size_t w = y.size() + 1;
  std::vector<int> d((x.size() + 1) * w);
  auto at = [&](std::size_t i, std::size_t j) -> int& { return d[i * w + j]; };
  for (std::size_t i = 0; i <= x.size(); ++i) at(i, 0) = static_cast<int>(i);
  for (std::size_t j = 0; j <= y.size(); ++j) at(0, j) = static_cast<int>(j);
  for (std::size_t i = 1; i <= x.size(); ++i) {
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(x.size(), y.size());
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
