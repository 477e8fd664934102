#pragma once

#include "base/diagnostic.h"
#include "data/source_file.h"

namespace casebook {

/// The most parts a dotted key or table header may have ("a.b.c" has 3).
/// toml++ recurses once per part without a bound of its own, and ~50,000
/// parts overflow the stack; casebook's own files use at most 3.
inline constexpr int kMaxKeyParts = 32;

/// The most bytes one part of a key (before `=`) may have. casebook's keys
/// are short English words; this only stops a runaway quoted key.
inline constexpr int kMaxKeyPartBytes = 256;

/// Checks, before toml++ sees the text, that no dotted key or header has
/// more than kMaxKeyParts parts and no key part before `=` is longer than
/// kMaxKeyPartBytes. A cheap scan that skips strings and comments; it may
/// let an ill-formed file through (the parser then reports it), but never
/// refuses well-formed TOML within the limits. Reports the first excess at
/// the key's place and returns false.
bool check_toml_limits(const SourceFile& file, Diagnostics& diags);

}  // namespace casebook
