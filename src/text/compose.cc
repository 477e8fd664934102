#include <algorithm>
#include "text/compose.h"

#include <cstdio>

#include "base/utf8.h"
#include "text/justify.h"
#include "text/linebreak.h"
#include "text/paragraph_cache.h"
#include "text/prepare.h"

namespace casebook {

namespace {

/// Where the paragraph's byte `offset` was typed: the run's span moved on
/// by the code points before it (runs come from one line of the data).
Span span_of(const Prepared& p, std::size_t offset) {
  std::size_t run_start = 0;
  for (const TextRun& run : p.runs) {
    if (offset < run_start + run.text.size()) {
      Span at = run.span;
      if (at.line > 0) {
        at.column += static_cast<int>(utf8::length(std::string_view(run.text).substr(0, offset - run_start)));
      }
      return at;
    }
    run_start += run.text.size();
  }
  return p.runs.empty() ? Span{} : p.runs.back().span;
}

}  // namespace

SetParagraph set_paragraph(const std::vector<TextRun>& runs, const ParagraphOptions& options, Diagnostics& diags) {
  SetParagraph out;
  // 1. Measure once: shape the runs, cut them into atoms, space the joints.
  const std::shared_ptr<const Prepared> measured = measure_paragraph(runs, options, diags);
  const Prepared& prepared = *measured;
  out.text = prepared.text;
  // 2. Choose the line breaks (kinsoku, push-in or push-out).
  const std::vector<LineBreak> breaks = break_lines(prepared, options);
  // 3. Justify each line and place its glyphs.
  for (std::size_t i = 0; i < breaks.size(); ++i) {
    SetLine line = justify_line(prepared, breaks[i], options, i + 1 == breaks.size());
    line.last = i + 1 == breaks.size();
    line.index = static_cast<int>(i);
    // One warning per word, however many lines it is divided over.
    if (line.forced && !(i > 0 && breaks[i - 1].forced)) {
      std::size_t cut = std::min<std::size_t>(line.text_end - line.text_begin, 60);
      // Not inside a UTF-8 sequence.
      while (cut > 0 && line.text_begin + cut < prepared.text.size() &&
             (static_cast<unsigned char>(prepared.text[line.text_begin + cut]) & 0xC0) == 0x80) {
        --cut;
      }
      const std::string excerpt = prepared.text.substr(line.text_begin, cut);
      diags.warning(span_of(prepared, line.text_begin),
                    "no break opportunity in '" + excerpt + "…' fits the measure: broken between two characters",
                    {"add a space or shorten the word; JLREQ breaks no Latin word except as a last resort"});
      diags.tag("forced-break");
    }
    if (line.overfull) {
      char amount[32];
      std::snprintf(amount, sizeof amount, "%.2f", to_pt(line.width - options.measure));
      const std::string excerpt = prepared.text.substr(line.text_begin, line.text_end - line.text_begin);
      diags.warning(span_of(prepared, line.text_begin),
                    std::string("overfull line: '") + excerpt + "' is " + amount +
                        " pt wider than the measure and has no legal break");
      diags.tag("overfull-line");
    }
    out.lines.push_back(std::move(line));
  }
  return out;
}

}  // namespace casebook
