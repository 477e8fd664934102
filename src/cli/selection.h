#pragma once

#include <functional>
#include <optional>
#include <string>

#include "data/model.h"

namespace casebook::cli {

/// Which organizations a booklet holds, and the line its cover prints.
struct Selection {
  std::function<bool(const Organization&)> accepts = [](const Organization&) { return true; };
  std::string cover_line;
  /// The cover line only repeats what the scope statement computed from
  /// the records says (--numbers), so it is left out where that is printed.
  bool line_repeats_scope = false;
};

/// --prefecture 宮城県: organizations working in that prefecture.
Selection by_prefecture(const std::string& prefecture);
/// --region 石巻市: organizations whose 取組地域 (prefectures and area as
/// printed) contains the text.
Selection by_region(const std::string& text);
/// --numbers 1-5,9: organizations by number; nullopt when the list is not
/// of that form.
std::optional<Selection> by_numbers(const std::string& list);

}  // namespace casebook::cli
