#include "base/excerpt.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "base/diagnostic.h"
#include "base/unicode.h"
#include "base/utf8.h"

namespace casebook {

int cell_width(char32_t c) {
  if (c == 0) return 0;
  if (unicode::is_default_ignorable(c)) return 0;
  // Combining marks that follow their base in the same cell (the common
  // blocks; a full Mn table is not worth it for pointing at a column).
  if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
      (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F) || c == 0x3099 || c == 0x309A) {
    return 0;
  }
  // UAX #11 East_Asian_Width W and F, by block.
  const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
                    (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
                    (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
                    (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
                    (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
  return wide ? 2 : 1;
}

namespace {

/// One code point of the line as the terminal shows it.
struct Cell {
  std::string text;
  int width = 0;
};

std::vector<Cell> cells_of(std::string_view line) {
  std::vector<Cell> cells;
  for (std::size_t i = 0; i < line.size();) {
    const auto byte = static_cast<unsigned char>(line[i]);
    if (byte == '\t') {
      cells.push_back({"    ", 4});
      ++i;
      continue;
    }
    const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    const std::string_view sequence = line.substr(i, length);
    if (byte >= 0x80 && (length == 1 || sequence.size() < length || utf8::find_invalid(sequence))) {
      // A broken byte is one column, as toml++ would have reported it.
      const std::string shown = escape_controls(line.substr(i, 1));
      cells.push_back({shown, static_cast<int>(shown.size())});
      ++i;
      continue;
    }
    std::size_t next = i;
    const char32_t c = utf8::next(line, next);
    const std::string shown = escape_controls(sequence);
    // escape_controls() rewrites a control as ASCII \xNN / \uNNNN: its width
    // is its length.
    const int width = shown != sequence ? static_cast<int>(shown.size()) : cell_width(c);
    cells.push_back({shown, width});
    i = next;
  }
  return cells;
}

}  // namespace

std::string source_excerpt(std::string_view line, int line_number, int column, const ExcerptColors& colors,
                           int max_cells) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const std::vector<Cell> cells = cells_of(line);
  const std::size_t caret = column > 0 ? std::min<std::size_t>(static_cast<std::size_t>(column - 1), cells.size()) : 0;

  // The window [first, last) of cells shown: the whole line when it fits,
  // else max_cells around the caret, starting a third of the way before it.
  std::size_t first = 0, last = cells.size();
  int total = 0;
  for (const Cell& c : cells) total += c.width;
  if (total > max_cells) {
    int before = 0;
    first = caret;
    while (first > 0 && before + cells[first - 1].width <= max_cells / 3) before += cells[--first].width;
    int width = before;
    last = caret;
    while (last < cells.size() && width + cells[last].width <= max_cells) width += cells[last++].width;
  }

  const std::string number = std::to_string(line_number);
  const std::string gutter(number.size() + 1, ' ');
  std::string out;
  out += colors.gutter;
  out += ' ' + number + " | ";
  out += colors.reset;
  // ASCII dots: "…" is East Asian Ambiguous, one cell or two depending on
  // the terminal, and would shift the caret.
  if (first > 0) out += "...";
  int caret_cells = first > 0 ? 3 : 0;
  for (std::size_t i = first; i < last; ++i) {
    out += cells[i].text;
    if (i < caret) caret_cells += cells[i].width;
  }
  if (last < cells.size()) out += "...";
  if (column <= 0) return out;
  out += '\n';
  out += colors.gutter;
  out += gutter + " |";
  out += colors.reset;
  out += ' ' + std::string(static_cast<std::size_t>(caret_cells), ' ');
  out += colors.caret;
  out += '^';
  out += colors.reset;
  return out;
}

std::optional<std::string_view> SourceLines::line(const std::string& file, int number) {
  auto it = files_.find(file);
  if (it == files_.end()) {
    std::optional<std::vector<std::string>> lines;
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    constexpr std::uintmax_t kMaxBytes = 16u << 20;
    if (!ec && std::filesystem::is_regular_file(status) && std::filesystem::file_size(file, ec) <= kMaxBytes && !ec) {
      std::ifstream in(file, std::ios::binary);
      if (in) {
        lines.emplace();
        std::string text;
        while (std::getline(in, text)) lines->push_back(std::move(text));
      }
    }
    it = files_.emplace(file, std::move(lines)).first;
  }
  if (!it->second || number < 1 || static_cast<std::size_t>(number) > it->second->size()) return std::nullopt;
  return std::string_view((*it->second)[static_cast<std::size_t>(number - 1)]);
}

}  // namespace casebook
