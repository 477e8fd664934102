#include "data/markup.h"

#include "base/utf8.h"

namespace casebook {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim_left(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  return s;
}

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

bool is_circled_number(char32_t c) { return c >= U'①' && c <= U'⑳'; }

/// Length in bytes of a "1. " / "12．" numbered-item marker at the start of
/// `line` (without the space that must follow it), or 0.
std::size_t decimal_marker_length(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  if (i == 0) return 0;
  std::size_t end = 0;
  if (line.substr(i, 1) == ".") {
    end = i + 1;
  } else if (line.substr(i, 3) == "．") {
    end = i + 3;
  } else {
    return 0;
  }
  if (end < line.size() && line[end] == ' ') return end;
  return 0;
}

}  // namespace

std::vector<Block> parse_markup(std::string_view text, const Locate& locate, Diagnostics& diags) {
  std::vector<Block> blocks;
  // Whether the last block is a list item or a paragraph continuing one:
  // an indented paragraph line after it continues that item.
  bool in_item = false;
  std::size_t line_start = 0;
  while (line_start <= text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view raw = text.substr(line_start, line_end - line_start);
    const std::string_view line = trim_right(trim_left(raw));
    const std::size_t offset = line_start + static_cast<std::size_t>(line.data() - raw.data());
    line_start = line_end + 1;
    if (line.empty()) continue;

    Block block;
    block.span = locate(offset);
    std::string_view rest = line;
    std::size_t first = 0;
    const char32_t c = utf8::next(line, first);
    if (c == U'\\') {
      block.text = std::string(line.substr(1));
      blocks.push_back(std::move(block));
      in_item = false;
      continue;
    }
    const bool indented = !raw.empty() && is_blank(raw.front());
    if (c == U'・' || c == U'＊' || is_circled_number(c)) {
      block.kind = Block::Kind::item;
      block.marker = std::string(line.substr(0, first));
      rest = line.substr(first);
    } else if (const std::size_t n = decimal_marker_length(line)) {
      block.kind = Block::Kind::item;
      block.marker = std::string(line.substr(0, n));
      rest = line.substr(n);
    } else if (line == "-" || line.starts_with("- ")) {
      block.kind = Block::Kind::item;
      rest = line.substr(1);
    } else if (line == "#" || line.starts_with("# ")) {
      block.kind = Block::Kind::subhead;
      rest = line.substr(1);
    } else if (indented && in_item) {
      block.continues_item = true;
    }
    block.text = std::string(trim_left(rest));
    if (block.text.empty()) {
      diags.error(block.span, block.kind == Block::Kind::subhead ? "sub-head has no text"
                                                                 : "list item has no text",
                  {"write the text on the same line as the marker, or remove the line"});
      continue;
    }
    in_item = block.kind == Block::Kind::item || block.continues_item;
    blocks.push_back(std::move(block));
  }
  return blocks;
}

}  // namespace casebook
