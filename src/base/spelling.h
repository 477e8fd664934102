#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casebook {

/// Edit distance between two UTF-8 strings, counted in code points, so that
/// one mistyped kana costs 1 like one mistyped Latin letter.
int edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, when it is close enough to be what the
/// user meant (at most a third of the longer string's code points differ,
/// and at least one may). Used for did-you-mean hints.
std::optional<std::string> nearest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace casebook
