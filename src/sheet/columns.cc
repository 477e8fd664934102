#include "sheet/columns.h"

#include <array>

namespace casebook::sheet {

namespace {

const std::vector<Column>& fixed_columns() {
  static const std::vector<Column> columns = {
      {"number", "番号", CellKind::number, true},
      {"name", "団体名", CellKind::text, true},
      {"title", "取組名", CellKind::text, true},
      {"region.prefectures", "取組地域（都道府県）", CellKind::list, true},
      {"region.area", "取組地域（市区町村）", CellKind::text, true},
      {"activities.primary", "主な取組 ★", CellKind::text, true},
      {"activities.secondary", "その他の取組 ☆", CellKind::list, false},
      {"targets.primary", "主な対象 ★", CellKind::text, true},
      {"targets.secondary", "その他の対象 ☆", CellKind::list, false},
      {"content.purpose", "目的", CellKind::long_text, true},
      {"content.audience", "対象とした人", CellKind::long_text, true},
      {"content.description", "内容", CellKind::long_text, true},
      {"results.partners", "連携した団体／協力いただいた団体", CellKind::long_text, true},
      {"results.outreach", "対象とした人とつながるために行った工夫", CellKind::long_text, true},
      {"results.outcomes", "定性的な成果／定量的な成果", CellKind::long_text, true},
      {"profile.name", "団体概要：団体名", CellKind::text, true},
      {"profile.representative", "代表者", CellKind::text, true},
      {"profile.founded", "設立年月日", CellKind::text, true},
      {"profile.staff", "スタッフ数", CellKind::text, true},
      {"profile.address", "団体住所", CellKind::text, true},
      {"profile.website", "ウェブサイト", CellKind::text, false},
      {"profile.message", "メッセージ", CellKind::long_text, false},
  };
  return columns;
}

std::string trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  auto space_at = [&](std::size_t i) { return s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'; };
  for (;;) {
    if (b < e && space_at(b)) ++b;
    else if (e - b >= 3 && s.compare(b, 3, "\u3000") == 0) b += 3;
    else break;
  }
  for (;;) {
    if (e > b && space_at(e - 1)) --e;
    else if (e - b >= 3 && s.compare(e - 3, 3, "\u3000") == 0) e -= 3;
    else break;
  }
  return s.substr(b, e - b);
}

}  // namespace

std::vector<Column> record_columns(int photos) {
  std::vector<Column> columns = fixed_columns();
  for (int n = 1; n <= photos; ++n) {
    const std::string i = std::to_string(n);
    columns.push_back({"photos[" + i + "].file", "写真" + i, CellKind::text, false});
    columns.push_back({"photos[" + i + "].caption", "写真" + i + "の説明", CellKind::text, false});
  }
  return columns;
}

Column column_for_header(const std::string& header) {
  const std::string h = trim(header);
  for (const Column& c : fixed_columns()) {
    if (c.header == h) return c;
  }
  // 写真N and 写真Nの説明, N from 1 to 99.
  const std::string photo = "写真", caption = "の説明";
  if (h.starts_with(photo)) {
    std::string rest = h.substr(photo.size());
    const bool is_caption = rest.ends_with(caption);
    if (is_caption) rest.resize(rest.size() - caption.size());
    if (!rest.empty() && rest.size() <= 2 && rest.find_first_not_of("0123456789") == std::string::npos &&
        rest[0] != '0') {
      return {"photos[" + rest + "]." + (is_caption ? "caption" : "file"), h, CellKind::text, false};
    }
  }
  return {};
}

std::string column_letter(std::size_t index) {
  std::string letters;
  ++index;
  while (index > 0) {
    --index;
    letters.insert(letters.begin(), static_cast<char>('A' + index % 26));
    index /= 26;
  }
  return letters;
}

std::vector<std::string> split_list(const std::string& cell) {
  std::vector<std::string> names;
  std::string current;
  auto flush = [&] {
    std::string t = trim(current);
    if (!t.empty()) names.push_back(t);
    current.clear();
  };
  static const std::array<std::string, 3> separators = {"、", "，", "､"};
  for (std::size_t i = 0; i < cell.size();) {
    if (cell[i] == '\n' || cell[i] == ',' || cell[i] == '\r') {
      flush();
      ++i;
      continue;
    }
    bool separated = false;
    for (const std::string& s : separators) {
      if (cell.compare(i, s.size(), s) == 0) {
        flush();
        i += s.size();
        separated = true;
        break;
      }
    }
    if (!separated) current += cell[i++];
  }
  flush();
  return names;
}

}  // namespace casebook::sheet
