#pragma once

#include <cstddef>
#include <vector>

#include "text/paragraph.h"

namespace casebook {

/// A line as the breaker chose it: atoms first..last, inclusive.
struct LineBreak {
  std::size_t first = 0, last = 0;
  bool overfull = false;    ///< no legal break let it fit
  bool url_broken = false;  ///< ends at an emergency break inside a URL
  /// Ends between two characters with no break opportunity: the last
  /// resort for a run (a long Latin word) wider than the measure.
  bool forced = false;
  bool hanging = false;     ///< its last 、。 hangs into the margin
};

/// Natural width and adjustability of atoms first..last set as one line.
struct LineMeasure {
  Length natural = 0;     ///< with the last atom's end space
  Length end_space = 0;   ///< of that natural width, the end space
  Length removable_end = 0;  ///< of the end space, what the line may give up
  Length max_shrink = 0;  ///< all shrink of the joints inside, plus the removable end space
};

LineMeasure measure_line(const Prepared& p, std::size_t first, std::size_t last);

/// Breaks a prepared paragraph into lines, one line at a time as JIS X 4051
/// does. Where the text no longer fits, the line is pushed in (oikomi: the
/// next legal segment is pulled up and the line shrinks within JLREQ's
/// limits, 3.8.3) whenever it can be, as JLREQ 3.8 prefers reduction to
/// expansion; otherwise it is pushed out (oidashi: the line ends at the
/// last legal break and stretches, 3.8.4). Never returns a line wider than the measure at
/// maximum shrink, unless no legal break exists, and then marks it
/// overfull; a URL longer than the line breaks after / . - _ ? & =.
/// A last line of one character (「す。」) is avoided where the last lines
/// can be broken again within their allowances (see linebreak.cc).
/// Linear in the number of atoms, however long the text between two legal
/// breaks (a URL).
std::vector<LineBreak> break_lines(const Prepared& p, const ParagraphOptions& options, WorkCounter* work = nullptr);

}  // namespace casebook
