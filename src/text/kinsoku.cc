#include "text/kinsoku.h"

namespace casebook::jlreq {

bool may_not_start_line(CharClass c, bool strict) {
  switch (c) {
    case CharClass::closing_bracket:   // cl-02
    case CharClass::hyphen:            // cl-03
    case CharClass::dividing_punct:    // cl-04
    case CharClass::middle_dot:        // cl-05
    case CharClass::full_stop:         // cl-06
    case CharClass::comma:             // cl-07
    case CharClass::iteration_mark:    // cl-09
    case CharClass::combining:         // belongs to the character before it
      return true;
    case CharClass::prolonged_sound:   // cl-10
    case CharClass::small_kana:        // cl-11
      return strict;
    case CharClass::postfixed_abbrev:  // cl-13 keeps to its numeral (3.1.10 #5)
      return false;
    default:
      return false;
  }
}

bool may_not_end_line(CharClass c) {
  return c == CharClass::opening_bracket || c == CharClass::prefixed_abbrev;  // cl-01, cl-12 (3.1.10 #4)
}

bool can_break_between(const Atom& a, const Atom& b, bool typed_space, bool strict) {
  const CharClass last = a.last_cls;
  if (may_not_start_line(b.cls, strict)) return false;
  if (may_not_end_line(last)) return false;
  // 3.1.10 #1, #2: ―― and …… are one mark each.
  if (a.cls == CharClass::inseparable && b.cls == CharClass::inseparable && a.last == b.first) return false;
  // 3.1.10 #3, #6: no break inside a Western word or number; a typed space
  // is where Western text breaks.
  if (is_western(last) && is_western(b.cls)) return typed_space;
  // 3.1.10 #5: a numeral with its postfixed abbreviation (65%), and with
  // the unit that follows it; 〒 with its postal code.
  if (last == CharClass::western_digit && (b.cls == CharClass::postfixed_abbrev || is_japanese(b.cls))) {
    return false;
  }
  if (a.last == U'〒') return false;
  // A numeric range 「10代～40代」 is one quantity, like the numeral with
  // its unit above: no break after its ～ (3.1.7 already forbids one
  // before it, cl-03). JLREQ allows this break; casebook keeps the range
  // whole, as a careful compositor would.
  if (a.numeric_range) return false;
  return true;
}

bool is_url_break_after(char32_t c) {
  return c == U'/' || c == U'.' || c == U'-' || c == U'_' || c == U'?' || c == U'&' || c == U'=';
}

}  // namespace casebook::jlreq
