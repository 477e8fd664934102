#include "text/spacing.h"

#include <algorithm>

#include "text/kinsoku.h"

namespace casebook::jlreq {

namespace {

Length half(Length em) { return em / 2; }
Length quarter(Length em) { return em / 4; }
Length eighth(Length em) { return em / 8; }

bool is_punctuation(CharClass c) {
  return c == CharClass::opening_bracket || c == CharClass::closing_bracket || c == CharClass::comma ||
         c == CharClass::full_stop || c == CharClass::middle_dot;
}

/// Japanese for the purpose of the Japanese–Western space (3.2.3): kana,
/// kanji and the full-width symbols of cl-19, not punctuation, whose own
/// spacing applies instead.
bool is_wa(CharClass c) { return is_japanese(c); }

/// JLREQ 3.1.4 "consecutive punctuation": the mid-line space between two
/// marks, given the space each brings (`after` of the first, `before` of
/// the second). Only one ½ em survives between two brackets or a bracket
/// and a comma; two brackets of the same kind set solid.
Length punctuation_between(CharClass a, CharClass b, Length after, Length before) {
  const bool a_stop = a == CharClass::comma || a == CharClass::full_stop;
  if (a_stop && b == CharClass::closing_bracket) return 0;                       // 。」
  if (a == CharClass::closing_bracket && (b == CharClass::comma || b == CharClass::full_stop)) return 0;  // 」、
  if (a == CharClass::opening_bracket && b == CharClass::opening_bracket) return 0;  // 「『
  if (a == CharClass::closing_bracket && b == CharClass::closing_bracket) return 0;  // 』」
  if ((a_stop || a == CharClass::closing_bracket) && b == CharClass::opening_bracket) {
    return std::max(after, before);  // 、「 」「 ）（: one ½ em
  }
  if (a == CharClass::closing_bracket && b == CharClass::middle_dot) return before;  // 」・: ¼ em
  if (a == CharClass::middle_dot && b == CharClass::opening_bracket) return after;   // ・「: ¼ em
  return after + before;
}

}  // namespace

Length space_before(const Atom& a) {
  const Length missing = std::max<Length>(0, a.em - a.width);
  if (a.cls == CharClass::opening_bracket) return std::min(missing, half(a.em));
  if (a.cls == CharClass::middle_dot) return std::min(missing / 2, quarter(a.em));
  return 0;
}

Length space_after(const Atom& a) {
  const CharClass c = a.last_cls;
  const Length missing = std::max<Length>(0, a.em - a.width);
  if (c == CharClass::closing_bracket || c == CharClass::comma || c == CharClass::full_stop) {
    return std::min(missing, half(a.em));
  }
  if (c == CharClass::middle_dot) return std::min(missing / 2, quarter(a.em));
  return 0;
}

Joint make_joint(const Atom& a, const Atom& b, Length typed_space, const ParagraphOptions& options, BreakHint hint) {
  Joint j;
  const CharClass ca = a.last_cls;
  const CharClass cb = b.cls;
  j.typed_space = typed_space > 0;
  j.breakable = can_break_between(a, b, j.typed_space, options.strict);
  if (hint == BreakHint::allow && !may_not_start_line(cb, options.strict) && !may_not_end_line(ca)) j.breakable = true;
  if (hint == BreakHint::forbid) j.breakable = false;
  if (!j.breakable && hint != BreakHint::forbid && a.in_url && b.in_url && is_url_break_after(a.last)) {
    j.emergency = true;
  }

  const Length after = space_after(a);
  const Length before = space_before(b);
  // At a line end the mark keeps its space (removable first when the line
  // must shrink, 3.8.3 step 2); an opening bracket at a line start sets
  // solid (JIS X 4051's default, 3.1.5); a middle dot keeps its quarter.
  j.end_space = after;
  j.start_space = cb == CharClass::middle_dot ? before : 0;

  const bool wa_ou = (is_wa(ca) && is_western(cb)) || (is_western(ca) && is_wa(cb));
  if (wa_ou && (typed_space > 0 || after + before == 0)) {
    // 3.2.3: a quarter em between Japanese and Western text; a space typed
    // there in the data is that same gap, never a space plus a gap. It may
    // shrink to ⅛ em (3.8.3 step 6) and stretch to ½ em (3.8.4 step 2).
    const Length em = is_wa(ca) ? a.em : b.em;
    j.natural = quarter(em);
    j.shrink[shrink_wa_ou] = quarter(em) - eighth(em);
    j.stretch[stretch_wa_ou] = quarter(em);
    j.expandable = j.breakable;
    return j;
  }

  const Length between = punctuation_between(ca, cb, after, before);
  j.natural = between;
  if (between > 0) {
    // The space after a full stop is never reduced mid-line (Appendix B);
    // middle-dot quarters go before bracket and comma halves (3.8.3).
    const Length protected_part = ca == CharClass::full_stop ? std::min(between, after) : 0;
    const bool dot = ca == CharClass::middle_dot || cb == CharClass::middle_dot;
    j.shrink[dot ? shrink_middle_dot : shrink_bracket] = between - protected_part;
  }
  if (typed_space > 0) {
    // A word space (cl-26): the face's space, ⅓ em in BIZ UDP, shrinking to
    // ¼ em and stretching to ½ em (3.8.3 step 1, 3.8.4 step 1).
    const Length em = std::max(a.em, b.em);
    j.natural += typed_space;
    j.shrink[shrink_word_space] = std::max<Length>(0, typed_space - quarter(em));
    j.stretch[stretch_word_space] = std::max<Length>(0, half(em) - typed_space);
  }
  if (j.breakable) {
    // 3.8.4 step 3: any other break opportunity may take up to ¼ em.
    if (!is_punctuation(ca) || !is_punctuation(cb)) j.stretch[stretch_character] = quarter(std::max(a.em, b.em));
    j.expandable = true;
  }
  return j;
}

}  // namespace casebook::jlreq
