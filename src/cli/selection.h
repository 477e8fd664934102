#pragma once

#include <functional>
#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "data/model.h"

namespace casebook::cli {

/// Which organizations a booklet holds, and the line its cover prints.
struct Selection {
  std::function<bool(const Organization&)> accepts = [](const Organization&) { return true; };
  std::string cover_line;
  /// The cover line only repeats what the scope statement computed from
  /// the records says (--numbers), so it is left out where that is printed.
  bool line_repeats_scope = false;
  /// What was asked, for check_selection(): the --prefecture as typed
  /// (宮城 or 宮城県), or a description of the other selections.
  std::string prefecture;
  std::string asked;
};

/// Once the data is read: a --prefecture given without its 都/道/府/県
/// (宮城) stands for the prefecture (宮城県), which becomes the cover line;
/// a name that is no prefecture is an error with the nearest one as a
/// hint; and a selection that matches no record is an error saying so
/// ("no organization in 東京都", with the prefectures that have records).
/// Reported at `data_dir`; returns false after an error.
bool check_selection(Selection& selection, const Casebook& data, const std::string& data_dir, Diagnostics& diags);

/// --prefecture 宮城県: organizations working in that prefecture.
Selection by_prefecture(const std::string& prefecture);
/// --region 石巻市: organizations whose 取組地域 (prefectures and area as
/// printed) contains the text.
Selection by_region(const std::string& text);
/// --numbers 1-5,9: organizations by number; nullopt when the list is not
/// of that form.
std::optional<Selection> by_numbers(const std::string& list);

}  // namespace casebook::cli
