#pragma once

#include <vector>

#include "base/diagnostic.h"
#include "text/paragraph.h"

namespace casebook {

/// Sets a paragraph of styled runs into justified lines at
/// `options.measure` — the whole text pipeline in one call:
/// shape and measure, break by JLREQ, justify, place glyphs.
/// An overfull line (no legal break lets it fit) is a warning at the place
/// in the data where that line's text starts.
SetParagraph set_paragraph(const std::vector<TextRun>& runs, const ParagraphOptions& options, Diagnostics& diags);

}  // namespace casebook
