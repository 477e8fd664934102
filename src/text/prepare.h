#pragma once

#include <vector>

#include "base/diagnostic.h"
#include "text/paragraph.h"

namespace casebook {

/// Applies the layout's line-end policy to what a comma, full stop or
/// closing bracket keeps at a line end (JLREQ 3.1.9): nothing, or its ½ em
/// never given up (see LineEndSpace).
void apply_line_end_policy(Prepared& p, LineEndSpace policy);

/// The URLs and e-mail addresses in `text`, in order: runs of non-space
/// ASCII that hold "://" (from the scheme on), start with "www.", or hold
/// an @ with a dot after it; sentence punctuation (.,;:!?'") and an
/// unbalanced closing bracket at the end are not part of them.
std::vector<UriRange> find_uris(const std::string& text);

/// Measures a paragraph once: splits the runs of a composite font by face
/// (split_composite()), shapes each run with HarfBuzz (language ja), cuts
/// the glyphs into atoms (clusters), and computes the JLREQ joint between
/// every two atoms. A typed space becomes part of its joint, not an atom. A
/// character the run's face does not have is reported at its place in the
/// data (and set as the face's .notdef, so the spot shows). Linear in the
/// length of the text.
Prepared prepare_paragraph(const std::vector<TextRun>& runs, const ParagraphOptions& options, Diagnostics& diags,
                           WorkCounter* work = nullptr);

}  // namespace casebook
