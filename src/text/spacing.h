#pragma once

#include "text/paragraph.h"

namespace casebook::jlreq {

/// The conditional space a punctuation mark brings before itself (JLREQ
/// Appendix B, Table 1): an opening bracket half an em, a middle dot a
/// quarter. The text stage sets these marks in a half-em box whatever the
/// face's advance (prepare.cc), so the space is what makes up the em:
/// 1 em − width, at most ½ em (¼ em on each side of a middle dot); a mark
/// a face draws too wide for the box keeps its advance and less space.
Length space_before(const Atom& a);

/// The conditional space after closing brackets, commas and full stops
/// (½ em) and middle dots (¼ em), made up the same way.
Length space_after(const Atom& a);

/// The joint between two adjacent atoms: the mid-line space JLREQ gives
/// them, with its shrink and stretch by priority, and what stays at a line
/// end or line start if the line breaks there. `typed_space` is the
/// advance of a space the data has between them (0 for none); `hint` what
/// an invisible character between them asks (a zero-width space makes a
/// break opportunity unless JLREQ 3.1.7/3.1.8 forbid one there, a word
/// joiner removes it).
Joint make_joint(const Atom& a, const Atom& b, Length typed_space, const ParagraphOptions& options,
                 BreakHint hint = BreakHint::none);

}  // namespace casebook::jlreq
