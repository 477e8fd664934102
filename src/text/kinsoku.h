#pragma once

#include "text/paragraph.h"

namespace casebook::jlreq {

/// JLREQ 3.1.7: characters that may not start a line. Strict kinsoku
/// includes ー (cl-10) and small kana (cl-11); loose kinsoku lets them start
/// a line, as "many books" do.
bool may_not_start_line(CharClass c, bool strict);

/// JLREQ 3.1.8: characters that may not end a line (opening brackets).
bool may_not_end_line(CharClass c);

/// Whether a line may break between two adjacent atoms, `typed_space`
/// telling whether the data has a space between them. Applies, in order:
/// the line-start and line-end prohibitions (3.1.7, 3.1.8) and the
/// unbreakable sequences of 3.1.10 — doubled dashes and leaders, Western
/// words and numbers, a prefixed abbreviation with its numeral, a numeral
/// with its postfixed abbreviation or its unit (a following Japanese
/// counter such as 年, 人, 部: casebook keeps "10 人" together), 〒
/// with its postal code, and a numeric range 「10代～40代」 across its ～.
bool can_break_between(const Atom& a, const Atom& b, bool typed_space, bool strict);

/// Inside a URL or e-mail address: the characters after which a line may
/// break when the address is longer than the line.
bool is_url_break_after(char32_t c);

}  // namespace casebook::jlreq
