#include "cli/selection.h"

#include <algorithm>
#include <set>

#include "base/i18n.h"
#include "base/spelling.h"
#include "cli/arguments.h"

namespace casebook::cli {

namespace {

/// Whether `name` is `given`, or `given` and one of 都 道 府 県: people
/// leave the suffix out (宮城, 東京, 北海), as they say the names.
bool names_prefecture(const std::string& name, const std::string& given) {
  if (name == given) return true;
  if (given.empty() || name.size() != given.size() + 3 || !name.starts_with(given)) return false;
  const std::string suffix = name.substr(given.size());
  return suffix == "都" || suffix == "道" || suffix == "府" || suffix == "県";
}

}  // namespace

Selection by_prefecture(const std::string& prefecture) {
  Selection s;
  s.accepts = [prefecture](const Organization& o) {
    for (const Text& p : o.region.prefectures) {
      if (names_prefecture(p.value, prefecture)) return true;
    }
    return false;
  };
  s.cover_line = prefecture;
  s.prefecture = prefecture;
  return s;
}

bool check_selection(Selection& selection, const Casebook& data, const std::string& data_dir, Diagnostics& diags) {
  const Span at{data_dir, 0, 0};
  if (!selection.prefecture.empty()) {
    const std::vector<std::string>& known = data.taxonomy.prefectures;
    const auto found = std::find_if(known.begin(), known.end(),
                                    [&](const std::string& k) { return names_prefecture(k, selection.prefecture); });
    if (found == known.end()) {
      std::vector<std::string> hints;
      if (auto near = nearest(selection.prefecture, known)) hints.push_back(format(tr("did you mean '{0}'?"), {*near}));
      diags.error(at, format(tr("--prefecture '{0}' is not one of the 47 prefectures"), {selection.prefecture}),
                  std::move(hints));
      return false;
    }
    selection.cover_line = *found;
  }
  const bool any = std::any_of(data.organizations.begin(), data.organizations.end(), selection.accepts);
  if (any) return true;
  if (!selection.prefecture.empty()) {
    // The prefectures that do have records, in the taxonomy's (JIS) order.
    std::string with_records;
    for (const std::string& p : data.taxonomy.prefectures) {
      const bool has = std::any_of(data.organizations.begin(), data.organizations.end(), [&](const Organization& o) {
        return std::any_of(o.region.prefectures.begin(), o.region.prefectures.end(),
                           [&](const Text& t) { return t.value == p; });
      });
      if (has) with_records += (with_records.empty() ? "" : "、") + p;
    }
    diags.error(at, format(tr("no organization in {0}"), {selection.cover_line}),
                {with_records.empty() ? std::string(tr("the data has no records"))
                                      : format(tr("the records are in {0}"), {with_records})});
  } else {
    diags.error(at, format(tr("no organization matches {0}"),
                           {selection.asked.empty() ? selection.cover_line : selection.asked}));
  }
  return false;
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
  s.asked = "--region '" + text + "'";
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
  s.asked = format(tr("the numbers {0}"), {list});
  s.line_repeats_scope = true;
  return s;
}

}  // namespace casebook::cli
