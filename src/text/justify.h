#pragma once

#include "text/linebreak.h"
#include "text/paragraph.h"

namespace casebook {

/// Sets one broken line: places its glyphs and distributes the difference
/// between its natural width and the measure over its joints by JLREQ
/// priority. Shrinking (3.8.3): word spaces to ¼ em, then the line-end
/// space of a closing mark (all of it or none), then bracket and comma
/// halves, then Japanese–Western quarters to ⅛ em, and middle-dot quarters
/// only when nothing else is left (casebook's order, for an even texture).
/// Stretching (JIS X 4051, 3.8.4): word spaces to ½ em, Japanese–Western
/// spaces to ½ em, every other break opportunity by up to ¼ em, then all of
/// those equally. The last line of a paragraph keeps its natural width
/// unless it must shrink. A justified line is exactly `measure` wide.
SetLine justify_line(const Prepared& p, const LineBreak& line, const ParagraphOptions& options, bool last_line);

/// Splits `amount` over `capacities` in proportion to them, never giving a
/// slot more than its capacity, with the rounding remainder handed out one
/// unit at a time from the front so the parts add up exactly. Returns what
/// was given to each; their sum is min(amount, sum of capacities).
std::vector<Length> distribute(Length amount, const std::vector<Length>& capacities);

}  // namespace casebook
