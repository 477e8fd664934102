#pragma once

#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "data/markup.h"
#include "data/model.h"

namespace casebook {

/// Reads the phrase marks of a label or display text (data/README.md,
/// "Where a label may break"): `|` marks a place where a line may break
/// and prints nothing; `\|` prints a `|` and `\\` a `\`. A mark at the
/// start or end of the text or of one of its lines, or two marks with
/// nothing between them, break nothing: each is an error at its own
/// place (through `locate`), naming `field`, and is left out.
Phrased parse_phrase_marks(std::string_view raw, const Locate& locate, std::string_view field, Diagnostics& diags);

/// The one-line form of a display text with forced line breaks (a title
/// written over two lines): its lines joined, with a space only where a
/// Latin letter or digit meets another, as the title's metadata needs it.
std::string join_display_lines(std::string_view text);

}  // namespace casebook
