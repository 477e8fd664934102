#pragma once

// Display lines: a title, a heading, a label of the form or a grid name.
// Such text is never justified; it is broken by sense, where the data says
// — an explicit '\n', or a phrase mark (data/README.md) — and its lines are
// balanced, not filled.

#include <cstddef>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "text/linebreak.h"
#include "text/rich_text.h"

namespace casebook {

/// The lines of one line of display text, as break_display_line() chose
/// them.
struct DisplayBreaks {
  std::vector<LineBreak> lines;  ///< empty: a word is wider than the measure
  bool phrase_too_wide = false;  ///< the marks could not make it fit
};

/// Breaks a measured line of display text (no '\n' in it) into the fewest
/// lines that fit `measure` at their natural width, and of those the one
/// whose widest line is narrowest: at `marks` only (byte offsets into
/// p.text where the data put a phrase mark) when it has any and they can
/// make it fit; otherwise at its ordinary break opportunities, avoiding a
/// line of one or two characters. A pure function of the measurements.
DisplayBreaks break_display_line(const Prepared& p, const std::vector<std::size_t>& marks, Length measure);

/// Sets display text at `style.options.measure`: a line at every '\n';
/// a line wider than the measure is broken into the fewest lines that fit,
/// and of those the most even, at its phrase marks (`breaks`, byte offsets
/// into `text`) only, or, where it has none, at its ordinary break
/// opportunities (JLREQ kinsoku still applies) leaving no line of one or
/// two characters when a better break exists. Every line keeps its natural
/// width (no justification, JLREQ 3.8.1 sets a line shorter than the
/// measure as it is); the caller aligns it. A phrase wider than the
/// measure is a warning at `span`, and only then is that text broken at
/// ordinary opportunities.
SetText set_display_text(const std::string& text, const std::vector<std::size_t>& breaks, const RichTextStyle& style,
                         const Span& span, Diagnostics& diags);

}  // namespace casebook
