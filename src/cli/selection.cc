#include "cli/selection.h"

#include <set>

#include "cli/arguments.h"

namespace casebook::cli {

Selection by_prefecture(const std::string& prefecture) {
  Selection s;
  s.accepts = [prefecture](const Organization& o) {
    for (const Text& p : o.region.prefectures) {
      if (p.value == prefecture) return true;
    }
    return false;
  };
  s.cover_line = prefecture;
  return s;
}

Selection by_region(const std::string& text) {
  Selection s;
  s.accepts = [text](const Organization& o) {
    std::string region;
    for (const Text& p : o.region.prefectures) region += p.value;
    region += o.region.area.value;
    return region.find(text) != std::string::npos;
  };
  s.cover_line = "取組地域：" + text;
  return s;
}

std::optional<Selection> by_numbers(const std::string& list) {
  std::set<int> numbers;
  std::size_t i = 0;
  while (i < list.size()) {
    std::size_t end = list.find(',', i);
    if (end == std::string::npos) end = list.size();
    const std::string part = list.substr(i, end - i);
    const std::size_t dash = part.find('-');
    // Whole numbers 1–999 only: "5abc" or a number too long for an int is
    // not a list, never an exception.
    const auto first = parse_integer(dash == std::string::npos ? part : part.substr(0, dash), 1, 999);
    const auto last = dash == std::string::npos ? first : parse_integer(part.substr(dash + 1), 1, 999);
    if (!first || !last || *last < *first) return std::nullopt;
    for (long n = *first; n <= *last; ++n) numbers.insert(static_cast<int>(n));
    i = end + 1;
  }
  if (numbers.empty()) return std::nullopt;
  Selection s;
  s.accepts = [numbers](const Organization& o) { return numbers.count(o.number) > 0; };
  s.cover_line = "番号 " + list;
  s.line_repeats_scope = true;
  return s;
}

}  // namespace casebook::cli
