#include "text/display.h"

#include <algorithm>
#include <optional>

#include "text/compose.h"
#include "text/justify.h"
#include "text/linebreak.h"
#include "text/paragraph_cache.h"
#include "text/prepare.h"

namespace casebook {

namespace {

/// How good a way of breaking the text up to some point is: fewer lines
/// first, then fewer lines of one or two characters, then the narrowest
/// widest line (balanced lines).
struct Cost {
  int lines = 0;
  int short_lines = 0;
  Length widest = 0;

  bool operator<(const Cost& o) const {
    if (lines != o.lines) return lines < o.lines;
    if (short_lines != o.short_lines) return short_lines < o.short_lines;
    return widest < o.widest;
  }
};

/// The width a line of atoms first..last shows: its natural width without
/// the space a closing mark at its end keeps (JLREQ 3.1.9 drops it there).
Length shown_width(const Prepared& p, std::size_t first, std::size_t last) {
  const LineMeasure m = measure_line(p, first, last);
  return m.natural - m.end_space;
}

/// Breaks atoms 0..n-1 into lines that end only after the atoms in
/// `ends` (ascending; n-1 always one of them) and fit `measure`, the best
/// by Cost; nullopt when some piece between two ends is wider than it.
/// `avoid_short` counts lines of one or two atoms against a way.
std::optional<std::vector<LineBreak>> best_breaks(const Prepared& p, const std::vector<std::size_t>& ends,
                                                  Length measure, bool avoid_short) {
  const std::size_t n = ends.size();
  // best[k + 1]: the best way to set atoms 0..ends[k]; best[0] the empty
  // start. from[k + 1]: the node its last line starts after.
  std::vector<std::optional<Cost>> best(n + 1);
  std::vector<std::size_t> from(n + 1, 0);
  best[0] = Cost{};
  for (std::size_t s = 0; s < n; ++s) {
    if (!best[s]) continue;
    const std::size_t first = s == 0 ? 0 : ends[s - 1] + 1;
    for (std::size_t k = s; k < n; ++k) {
      const Length w = shown_width(p, first, ends[k]);
      if (w > measure) break;  // wider still with every later end
      Cost c{best[s]->lines + 1, best[s]->short_lines, std::max(best[s]->widest, w)};
      if (avoid_short && ends[k] + 1 - first <= 2) ++c.short_lines;
      if (!best[k + 1] || c < *best[k + 1]) {
        best[k + 1] = c;
        from[k + 1] = s;
      }
    }
  }
  if (!best[n]) return std::nullopt;
  std::vector<LineBreak> lines;
  for (std::size_t k = n; k > 0; k = from[k]) {
    const std::size_t s = from[k];
    lines.insert(lines.begin(), LineBreak{s == 0 ? 0 : ends[s - 1] + 1, ends[k - 1]});
  }
  return lines;
}

}  // namespace

DisplayBreaks break_display_line(const Prepared& p, const std::vector<std::size_t>& marks, Length measure) {
  DisplayBreaks out;
  const std::size_t n = p.atoms.size();
  if (n == 0) return out;
  // At the joints where the data put its marks, if it has any.
  std::vector<std::size_t> marked;
  for (std::size_t at : marks) {
    for (std::size_t j = 0; j + 1 < n; ++j) {
      if (p.atoms[j].end <= at && at <= p.atoms[j + 1].begin) {
        marked.push_back(j);
        break;
      }
    }
  }
  if (!marked.empty()) {
    marked.push_back(n - 1);
    if (auto chosen = best_breaks(p, marked, measure, false)) {
      out.lines = std::move(*chosen);
      return out;
    }
    out.phrase_too_wide = true;
  }
  // Without marks (or when they cannot make it fit): at the ordinary break
  // opportunities, kinsoku applied.
  std::vector<std::size_t> ends;
  for (std::size_t j = 0; j + 1 < n; ++j) {
    if (p.joints[j].breakable && !p.joints[j].emergency) ends.push_back(j);
  }
  ends.push_back(n - 1);
  if (auto chosen = best_breaks(p, ends, measure, n > 4)) out.lines = std::move(*chosen);
  return out;
}

SetText set_display_text(const std::string& text, const std::vector<std::size_t>& breaks, const RichTextStyle& style,
                         const Span& span, Diagnostics& diags) {
  SetText out;
  ParagraphOptions options = style.options;
  options.ragged = true;  // a display line is never stretched
  const Length baseline = baseline_in_pitch(style);
  Length top = 0;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    const std::vector<TextRun> runs = {TextRun{text.substr(begin, end - begin), style.body, span}};
    // 1. Measure the line once.
    const std::shared_ptr<const Prepared> measured = measure_paragraph(runs, options, diags);
    const Prepared& p = *measured;
    // 2. Break it by sense: at its marks, or where it must.
    std::vector<std::size_t> marks;
    for (std::size_t mark : breaks) {
      if (mark > begin && mark < end) marks.push_back(mark - begin);
    }
    DisplayBreaks chosen = break_display_line(p, marks, options.measure);
    if (chosen.phrase_too_wide) {
      // Once for a label, however many spreads print it.
      const std::string message = "a phrase of '" + runs.front().text +
                                  "' is wider than its place at this size; it is broken inside the phrase";
      bool said = false;
      for (const Diagnostic& d : diags.items()) said = said || (d.span == span && d.message == message);
      if (!said) {
        diags.warning(span, message, {"add a break mark '|' inside the phrase, or give the label more room in the layout"});
        diags.tag("display-phrase-too-wide");
      }
    }
    std::vector<SetLine> lines;
    if (chosen.lines.empty() && !p.atoms.empty()) {
      // 3. A word wider than the measure: the body breaker's last resort,
      //    which says so.
      lines = set_paragraph(runs, options, diags).lines;
    }
    // 4. Each line at its natural width.
    for (std::size_t i = 0; i < chosen.lines.size(); ++i) {
      SetLine line = justify_line(p, chosen.lines[i], options, true);
      line.index = static_cast<int>(i);
      line.last = i + 1 == chosen.lines.size();
      lines.push_back(std::move(line));
    }
    for (SetLine& line : lines) {
      out.lines.push_back(PlacedLine{std::move(line), 0, top + baseline, span, false});
      top += style.line_pitch;
      ++out.line_count;
    }
    begin = end + 1;
  }
  out.height = top;
  return out;
}

}  // namespace casebook
