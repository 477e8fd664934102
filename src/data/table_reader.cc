#include "data/table_reader.h"

#include "base/i18n.h"

#include <algorithm>
#include <cstdio>

#include "base/spelling.h"
#include "base/unicode.h"
#include "base/utf8.h"

namespace casebook {

namespace {

std::string quoted_label(std::string_view label) {
  return label.empty() ? std::string() : " (" + std::string(label) + ")";
}

}  // namespace

std::string_view describe_type(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    default: return "nothing";
  }
}

bool is_blank_text(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    if (c != U' ' && c != U'\t' && c != U'\n' && c != U'\r' && c != U'\u3000') return false;
  }
  return true;
}

TableReader::TableReader(const SourceFile& file, const toml::table& table, std::string path, Diagnostics& diags)
    : file_(&file), table_(&table), path_(std::move(path)), diags_(&diags) {}

std::string TableReader::field(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

Span TableReader::span() const {
  const auto& begin = table_->source().begin;
  if (path_.empty() || begin.line == 0) return file_->span(1, 1);
  return file_->span(static_cast<int>(begin.line), static_cast<int>(begin.column));
}

Span TableReader::span_of(const toml::node& node) const {
  const auto& begin = node.source().begin;
  if (begin.line == 0) return span();
  return file_->span(static_cast<int>(begin.line), static_cast<int>(begin.column));
}

Span TableReader::key_span(std::string_view key) const {
  for (auto&& [k, v] : *table_) {
    if (k.str() == key && k.source().begin.line > 0) {
      return file_->span(static_cast<int>(k.source().begin.line), static_cast<int>(k.source().begin.column));
    }
  }
  return span();
}

const toml::node* TableReader::get(std::string_view key) {
  known_.emplace_back(key);
  return table_->get(key);
}

void TableReader::missing(std::string_view key, std::string_view label) const {
  const std::string name = field(key), shown = quoted_label(label);
  diags_->error(span(), path_.empty() ? format(tr("missing required field '{0}'{1}"), {name, shown})
                                      : format(tr("missing required field '{0}'{1} in [{2}]"), {name, shown, path_}));
}

void TableReader::wrong_type(std::string_view key, std::string_view label, const toml::node& node,
                             std::string_view expected) const {
  diags_->error(span_of(node), "'" + field(key) + "'" + quoted_label(label) + " must be " + std::string(expected) +
                                   ", not " + std::string(describe_type(node)));
}

std::optional<Text> TableReader::text_of(const toml::node& node, const std::string& name, std::string_view label) {
  const auto* s = node.as_string();
  if (!s) {
    diags_->error(span_of(node), "'" + name + "'" + quoted_label(label) + " must be a string, not " +
                                     std::string(describe_type(node)));
    return std::nullopt;
  }
  Text t{s->get(), span_of(node)};
  if (is_blank_text(t.value)) {
    diags_->error(t.span, "'" + name + "'" + quoted_label(label) + " is empty");
    return std::nullopt;
  }
  if (unicode::prints_nothing(t.value)) {
    // Zero-width spaces, joiners, variation selectors alone print nothing.
    diags_->error(t.span, "'" + name + "'" + quoted_label(label) + " is empty (only invisible characters)");
    return std::nullopt;
  }
  return t;
}

std::optional<Text> TableReader::text(std::string_view key, std::string_view label, Need need) {
  const toml::node* node = get(key);
  if (!node) {
    if (need == Need::required) missing(key, label);
    return std::nullopt;
  }
  return text_of(*node, field(key), label);
}

std::optional<RichText> TableReader::rich(std::string_view key, std::string_view label, Need need) {
  std::optional<Text> t = text(key, label, need);
  if (!t) return std::nullopt;
  RichText r;
  r.span = t->span;
  const Locate locate = file_->locate_string(t->span.line, t->span.column, t->value);
  r.blocks = parse_markup(t->value, locate, *diags_);
  if (r.blocks.empty()) return std::nullopt;  // every line was a reported markup error
  return r;
}

std::optional<std::int64_t> TableReader::integer(std::string_view key, std::string_view label, Need need) {
  const toml::node* node = get(key);
  if (!node) {
    if (need == Need::required) missing(key, label);
    return std::nullopt;
  }
  if (const auto* i = node->as_integer()) return i->get();
  wrong_type(key, label, *node, "an integer");
  return std::nullopt;
}

std::optional<Text> TableReader::date(std::string_view key, std::string_view label, Need need) {
  const toml::node* node = get(key);
  if (!node) {
    if (need == Need::required) missing(key, label);
    return std::nullopt;
  }
  const auto* d = node->as_date();
  if (!d) {
    wrong_type(key, label, *node, "a date (YYYY-MM-DD, unquoted)");
    return std::nullopt;
  }
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(d->get().year),
                static_cast<int>(d->get().month), static_cast<int>(d->get().day));
  // TOML allows the year 0000; a casebook's dates (and the PDF's, which
  // take them) are from modern times, and a year before 1900 is a typo.
  if (d->get().year < 1900) {
    diags_->error(span_of(*node), "'" + field(key) + "'" + quoted_label(label) + " " + buffer +
                                      " is out of range: give a date from 1900-01-01 to 9999-12-31");
    return std::nullopt;
  }
  return Text{buffer, span_of(*node)};
}

std::optional<std::vector<Text>> TableReader::texts(std::string_view key, std::string_view label, Need need) {
  const toml::node* node = get(key);
  if (!node) {
    if (need == Need::required) missing(key, label);
    return std::nullopt;
  }
  const auto* array = node->as_array();
  if (!array) {
    wrong_type(key, label, *node, "an array of strings");
    return std::nullopt;
  }
  std::vector<Text> out;
  for (std::size_t i = 0; i < array->size(); ++i) {
    if (auto t = text_of(*array->get(i), field(key) + "[" + std::to_string(i + 1) + "]", label)) {
      out.push_back(std::move(*t));
    }
  }
  return out;
}

std::optional<TableReader> TableReader::table(std::string_view key, std::string_view label, Need need) {
  const toml::node* node = get(key);
  if (!node) {
    if (need == Need::required) missing(key, label);
    return std::nullopt;
  }
  const auto* t = node->as_table();
  if (!t) {
    wrong_type(key, label, *node, "a table");
    return std::nullopt;
  }
  return TableReader(*file_, *t, field(key), *diags_);
}

std::vector<TableReader> TableReader::tables(std::string_view key, std::string_view label, Need need) {
  std::vector<TableReader> out;
  const toml::node* node = get(key);
  if (!node) {
    if (need == Need::required) missing(key, label);
    return out;
  }
  const auto* array = node->as_array();
  if (!array) {
    wrong_type(key, label, *node, "an array of tables ([[" + std::string(key) + "]])");
    return out;
  }
  for (std::size_t i = 0; i < array->size(); ++i) {
    const toml::node& element = *array->get(i);
    const std::string name = field(key) + "[" + std::to_string(i + 1) + "]";
    if (const auto* t = element.as_table()) {
      out.emplace_back(*file_, *t, name, *diags_);
    } else {
      diags_->error(span_of(element), "'" + name + "'" + quoted_label(label) + " must be a table, not " +
                                          std::string(describe_type(element)));
    }
  }
  return out;
}

namespace {
thread_local const KeyObserver* key_observer = nullptr;
}  // namespace

ScopedKeyObserver::ScopedKeyObserver(KeyObserver observer) : observer_(std::move(observer)), previous_(key_observer) {
  key_observer = &observer_;
}

ScopedKeyObserver::~ScopedKeyObserver() { key_observer = previous_; }

void TableReader::finish() {
  if (key_observer && *key_observer) (*key_observer)(file_->path(), path_, known_);
  for (auto&& [k, v] : *table_) {
    const std::string key(k.str());
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    const Span at = k.source().begin.line > 0
                        ? file_->span(static_cast<int>(k.source().begin.line), static_cast<int>(k.source().begin.column))
                        : span();
    std::vector<std::string> hints;
    if (auto near = nearest(key, known_)) {
      hints.push_back(format(tr("did you mean '{0}'?"), {*near}));
    } else {
      // A key the loader reads twice (a style's face, looked up again for
      // its bold cut) is listed once.
      std::string list;
      std::vector<std::string> listed;
      for (const std::string& known : known_) {
        if (std::find(listed.begin(), listed.end(), known) != listed.end()) continue;
        listed.push_back(known);
        list += (list.empty() ? "" : ", ") + known;
      }
      hints.push_back(format(tr("the keys allowed here are: {0}"), {list}));
    }
    diags_->error(at,
                  path_.empty() ? format(tr("unknown key '{0}'"), {key}) : format(tr("unknown key '{0}' in [{1}]"), {key, path_}),
                  std::move(hints));
  }
}

}  // namespace casebook
