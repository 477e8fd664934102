#include "sheet/record_row.h"

#include <algorithm>
#include <map>

#include "data/source_file.h"

namespace casebook::sheet {

namespace {

/// The node at a dotted key ("content.purpose", "photos[2].file"), or null.
const toml::node* node_at(const toml::table& record, const std::string& key) {
  if (key.starts_with("photos[")) {
    const std::size_t close = key.find(']');
    const int n = std::stoi(key.substr(7, close - 7));
    const toml::array* photos = record["photos"].as_array();
    if (!photos || n < 1 || static_cast<std::size_t>(n) > photos->size()) return nullptr;
    const toml::table* photo = (*photos)[static_cast<std::size_t>(n - 1)].as_table();
    return photo ? photo->get(key.substr(close + 2)) : nullptr;
  }
  const std::size_t dot = key.find('.');
  if (dot == std::string::npos) return record.get(key);
  const toml::table* table = record[key.substr(0, dot)].as_table();
  return table ? table->get(key.substr(dot + 1)) : nullptr;
}

bool is_control(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F; }

}  // namespace

int photo_count(const toml::table& record) {
  const toml::array* photos = record["photos"].as_array();
  return photos ? static_cast<int>(photos->size()) : 0;
}

std::vector<std::string> row_of_record(const toml::table& record, const std::vector<Column>& columns) {
  std::vector<std::string> cells;
  for (const Column& c : columns) {
    const toml::node* node = node_at(record, c.key);
    std::string cell;
    if (!node) {
    } else if (const auto* i = node->as_integer()) {
      cell = std::to_string(i->get());
    } else if (const auto* s = node->as_string()) {
      cell = s->get();
      // '''…''' ends with the line break before its closing quotes; the
      // cell does not, and import writes it back.
      if (c.kind == CellKind::long_text && cell.ends_with('\n')) cell.pop_back();
    } else if (const auto* list = node->as_array()) {
      // Prefecture names never hold 、, so it reads as a list; item names
      // may be long, so each ☆ stands on its own line.
      const std::string separator = c.key == "region.prefectures" ? "、" : "\n";
      for (const toml::node& element : *list) {
        if (const auto* name = element.as_string()) cell += (cell.empty() ? "" : separator) + name->get();
      }
    }
    cells.push_back(std::move(cell));
  }
  return cells;
}

std::string toml_string(const std::string& value, bool multiline) {
  const bool controls = std::any_of(value.begin(), value.end(), [](char c) { return is_control(static_cast<unsigned char>(c)); });
  if (multiline) {
    // A literal '''…''' holds anything but ''' and controls; it must not end
    // in ' (the closing quotes would take it) — the line break before the
    // closing quotes guards that.
    if (!controls && value.find("'''") == std::string::npos) return "'''\n" + value + "\n'''";
  } else if (!controls && value.find('\n') == std::string::npos) {
    // "…" as the records are typed, unless it holds " or \ (a phrase
    // mark's escape \|), which a literal '…' keeps without doubling.
    if (value.find_first_of("\"\\") == std::string::npos) return "\"" + value + "\"";
    if (value.find('\'') == std::string::npos) return "'" + value + "'";
  }
  std::string out = multiline ? "\"\"\"\n" : "\"";
  for (std::size_t i = 0; i < value.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(value[i]);
    switch (c) {
      case '"': out += multiline ? "\\\"" : "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += multiline ? "\n" : "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (is_control(c)) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(c));
          out += buffer;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += multiline ? "\n\"\"\"" : "\"";
  return out;
}

std::vector<std::vector<std::string>> rows_of_casebook(const Casebook& book, std::vector<Column>& columns) {
  std::vector<toml::table> records;
  int photos = 2;
  for (const Organization& org : book.organizations) {
    const auto& source = book.sources.at(org.path);
    records.push_back(toml::parse(source->text(), source->path()));
    photos = std::max(photos, photo_count(records.back()));
  }
  columns = record_columns(photos);
  std::vector<std::vector<std::string>> rows;
  rows.emplace_back();
  for (const Column& c : columns) rows.back().push_back(c.header);
  for (const toml::table& record : records) rows.push_back(row_of_record(record, columns));
  return rows;
}

RecordText record_of_row(const std::vector<Column>& columns, const std::vector<std::string>& cells) {
  RecordText out;
  out.column_of_line.push_back(-1);  // line 0 does not exist
  auto emit = [&](const std::string& text, int column) {
    out.toml += text + "\n";
    const long lines = std::count(text.begin(), text.end(), '\n') + 1;
    for (long l = 0; l < lines; ++l) out.column_of_line.push_back(column);
  };
  auto cell_of = [&](const std::string& key, int* index) -> std::string {
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (columns[i].key == key) {
        *index = static_cast<int>(i);
        return i < cells.size() ? cells[i] : std::string();
      }
    }
    *index = -1;
    return {};
  };
  // Writes `key = value` for the field `dotted` into the current table.
  auto field = [&](const std::string& dotted, const std::string& key) {
    int index = -1;
    std::string cell = cell_of(dotted, &index);
    const Column* column = index >= 0 ? &columns[static_cast<std::size_t>(index)] : nullptr;
    const bool required = column ? column->required : true;
    const CellKind kind = column ? column->kind : CellKind::text;
    // Excel and CSV write a line break in a cell as CR LF or CR.
    std::string value;
    for (std::size_t i = 0; i < cell.size(); ++i) {
      if (cell[i] == '\r') {
        value += '\n';
        if (i + 1 < cell.size() && cell[i + 1] == '\n') ++i;
      } else {
        value += cell[i];
      }
    }
    if (value.empty() && !required) return;
    switch (kind) {
      case CellKind::number: {
        std::string digits = value;
        while (!digits.empty() && digits.back() == ' ') digits.pop_back();
        while (!digits.empty() && digits.front() == ' ') digits.erase(digits.begin());
        const bool whole = !digits.empty() && digits.size() <= 6 &&
                           digits.find_first_not_of("0123456789") == std::string::npos;
        emit(key + " = " + (whole ? std::to_string(std::stoi(digits)) : toml_string(value, false)), index);
        break;
      }
      case CellKind::list: {
        std::string list = "[";
        for (const std::string& name : split_list(value)) list += (list.size() > 1 ? ", " : "") + toml_string(name, false);
        emit(key + " = " + list + "]", index);
        break;
      }
      case CellKind::long_text: emit(key + " = " + toml_string(value, true), index); break;
      case CellKind::text: emit(key + " = " + toml_string(value, false), index); break;
    }
  };
  auto table = [&](const std::string& name) { emit("\n[" + name + "]", -1); };

  field("number", "number");
  field("name", "name");
  field("title", "title");
  table("region");
  field("region.prefectures", "prefectures");
  field("region.area", "area");
  table("activities");
  field("activities.primary", "primary");
  field("activities.secondary", "secondary");
  table("targets");
  field("targets.primary", "primary");
  field("targets.secondary", "secondary");
  table("content");
  field("content.purpose", "purpose");
  field("content.audience", "audience");
  field("content.description", "description");
  table("results");
  field("results.partners", "partners");
  field("results.outreach", "outreach");
  field("results.outcomes", "outcomes");
  // The photos in the order of their numbers; a photo with neither file
  // nor caption is no photo.
  std::map<int, bool> photos;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (!columns[i].key.starts_with("photos[") || i >= cells.size() || cells[i].empty()) continue;
    photos[std::stoi(columns[i].key.substr(7))] = true;
  }
  for (const auto& [n, unused] : photos) {
    const std::string prefix = "photos[" + std::to_string(n) + "].";
    emit("\n[[photos]]", -1);
    int index = -1;
    // A caption without a file: the loader names the missing file.
    if (!cell_of(prefix + "file", &index).empty()) field(prefix + "file", "file");
    field(prefix + "caption", "caption");
  }
  table("profile");
  field("profile.name", "name");
  field("profile.representative", "representative");
  field("profile.founded", "founded");
  field("profile.staff", "staff");
  field("profile.address", "address");
  field("profile.website", "website");
  field("profile.message", "message");
  return out;
}

}  // namespace casebook::sheet
