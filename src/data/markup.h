#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "data/model.h"

namespace casebook {

/// Maps a byte offset in a decoded string value back to its place in the
/// TOML file.
using Locate = std::function<Span(std::size_t offset)>;

/// Parses the block markup of a long text field (data/README.md): each
/// non-blank line is one block — `・` bullet items, `＊` notes, ①–⑳ and
/// `1. ` numbered items, `- ` unmarked items, `# ` sub-heads, `\` literal
/// paragraphs, and paragraphs; an indented paragraph line right after an
/// item continues that item (Block::continues_item). Text is kept exactly,
/// except that spaces and tabs around a line and after an item marker are
/// layout, not text. An item or sub-head with no text is reported to `diags`.
std::vector<Block> parse_markup(std::string_view text, const Locate& locate, Diagnostics& diags);

}  // namespace casebook
