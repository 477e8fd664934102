#include "sheet/csv.h"

#include <iconv.h>

#include <cerrno>

#include "base/utf8.h"

namespace casebook::sheet {

namespace {

bool needs_quotes(const std::string& cell) {
  // A leading or trailing space is quoted too, so no reader trims it.
  return cell.find_first_of(",\"\r\n") != std::string::npos ||
         (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
}

/// Converts CP932 to UTF-8 with glibc's iconv; the offset of the first
/// byte it cannot convert in `bad` on failure.
std::optional<std::string> from_cp932(const std::string& bytes, std::size_t* bad) {
  iconv_t cd = ::iconv_open("UTF-8", "CP932");
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    *bad = 0;
    return std::nullopt;
  }
  std::string out;
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char buffer[4096];
  bool ok = true;
  while (in_left > 0) {
    char* o = buffer;
    std::size_t o_left = sizeof buffer;
    const std::size_t r = ::iconv(cd, &in, &in_left, &o, &o_left);
    out.append(buffer, static_cast<std::size_t>(o - buffer));
    if (r == static_cast<std::size_t>(-1) && errno != E2BIG) {
      ok = false;
      break;
    }
  }
  ::iconv_close(cd);
  if (!ok) {
    *bad = bytes.size() - in_left;
    return std::nullopt;
  }
  return out;
}

}  // namespace

std::string write_csv(const Table& rows) {
  std::string out = "\xEF\xBB\xBF";
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      const std::string& cell = row[i];
      if (!needs_quotes(cell)) {
        out += cell;
        continue;
      }
      out += '"';
      for (char c : cell) {
        if (c == '"') out += '"';
        out += c;
      }
      out += '"';
    }
    out += "\r\n";
  }
  return out;
}

std::optional<Table> read_csv(const std::string& text, const std::string& file, Diagnostics& diags) {
  Table rows;
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false, in_quotes = false, any = false;
  std::size_t quote_row = 0;
  auto end_cell = [&] {
    row.push_back(std::move(cell));
    cell.clear();
    quoted = false;
  };
  auto end_row = [&] {
    end_cell();
    rows.push_back(std::move(row));
    row.clear();
    any = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        cell += c;
      }
      continue;
    }
    any = true;
    if (c == '"' && cell.empty() && !quoted) {
      in_quotes = quoted = true;
      quote_row = rows.size() + 1;
    } else if (c == ',') {
      end_cell();
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_row();
    } else {
      cell += c;
    }
  }
  if (in_quotes) {
    diags.error({file, 0, 0}, "the quoted cell that begins in row " + std::to_string(quote_row) +
                                  " is not closed: the file ends inside it",
                {"a cell that holds a line break or a comma is written between double quotes \"…\""});
    return std::nullopt;
  }
  if (any || !cell.empty() || !row.empty()) end_row();
  return rows;
}

std::optional<std::string> decode_text(const std::string& bytes, Encoding encoding, const std::string& file,
                                       Diagnostics& diags, Encoding* used) {
  const std::string bom = "\xEF\xBB\xBF";
  if (encoding != Encoding::cp932 && bytes.starts_with(bom)) encoding = Encoding::utf8;
  const std::string body = bytes.starts_with(bom) && encoding == Encoding::utf8 ? bytes.substr(3) : bytes;
  const std::optional<std::size_t> invalid = utf8::find_invalid(body);
  if (encoding == Encoding::automatic) encoding = invalid ? Encoding::cp932 : Encoding::utf8;
  if (used) *used = encoding;
  if (encoding == Encoding::utf8) {
    if (invalid) {
      diags.error({file, 0, 0}, "the file is not valid UTF-8 (at byte " + std::to_string(*invalid) + ")",
                  {"if Excel saved it as \"CSV (コンマ区切り)\", give --encoding cp932"});
      return std::nullopt;
    }
    return body;
  }
  std::size_t bad = 0;
  std::optional<std::string> text = from_cp932(body, &bad);
  if (!text) {
    diags.error({file, 0, 0}, "the file is neither UTF-8 nor CP932 (Shift_JIS): byte " + std::to_string(bad) +
                                  " is not a CP932 character",
                {"save the sheet as \"CSV UTF-8 (コンマ区切り)\""});
  }
  return text;
}

}  // namespace casebook::sheet
