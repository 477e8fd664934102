#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "base/diagnostic.h"
#include "data/model.h"
#include "data/source_file.h"

namespace casebook {

enum class Need { required, optional };

/// Reads the fields of one TOML table into model values and reports, as
/// diagnostics, everything a person can get wrong in it: a missing
/// required field, a value of the wrong type, empty text, and (in
/// finish()) keys the schema does not know, with a did-you-mean.
///
/// Every accessor returns nullopt when the field is absent or unusable;
/// the problem has then been reported already, so callers just go on and
/// collect the next problem.
class TableReader {
 public:
  /// `path` is the dotted name of this table in its file ("" for the
  /// root, "content", "photos[2]"), used in messages.
  TableReader(const SourceFile& file, const toml::table& table, std::string path, Diagnostics& diags);

  /// The node under `key`, marking the key as known; nullptr when absent.
  const toml::node* get(std::string_view key);

  std::optional<Text> text(std::string_view key, std::string_view label, Need need);
  std::optional<RichText> rich(std::string_view key, std::string_view label, Need need);
  std::optional<std::int64_t> integer(std::string_view key, std::string_view label, Need need);
  std::optional<Text> date(std::string_view key, std::string_view label, Need need);
  /// An array of strings; each element must be non-empty text.
  std::optional<std::vector<Text>> texts(std::string_view key, std::string_view label, Need need);
  std::optional<TableReader> table(std::string_view key, std::string_view label, Need need);
  /// An array of tables ([[key]]), each read with its own TableReader.
  std::vector<TableReader> tables(std::string_view key, std::string_view label, Need need);

  /// Converts a string node found by get() (or inside an array) to Text,
  /// reporting a wrong type or empty text under the name `field`.
  std::optional<Text> text_of(const toml::node& node, const std::string& field, std::string_view label);

  /// Reports every key of the table that no accessor asked for.
  void finish();

  /// The dotted name of `key` in this table, for messages: "content.purpose".
  std::string field(std::string_view key) const;
  /// Where the table starts (its [header], or the file's start for the root).
  Span span() const;
  Span span_of(const toml::node& node) const;
  Span key_span(std::string_view key) const;
  const SourceFile& file() const { return *file_; }
  Diagnostics& diags() const { return *diags_; }

  void missing(std::string_view key, std::string_view label) const;
  void wrong_type(std::string_view key, std::string_view label, const toml::node& node,
                  std::string_view expected) const;

 private:
  const SourceFile* file_;
  const toml::table* table_;
  std::string path_;
  Diagnostics* diags_;
  std::vector<std::string> known_;
};

/// Sees, for each table a TableReader finishes, its file, its dotted path
/// and every key the loader asked for there (the keys it allows). Lets a test hold
/// the documentation of a file format to what the loader reads
/// (docs/layout.md and data/README.md, tests/data/format_docs_test.cc).
using KeyObserver =
    std::function<void(const std::string& file, const std::string& path, const std::vector<std::string>& keys)>;

/// Installs `observer` for the calling thread until the returned guard is
/// destroyed; nullptr observes nothing.
class ScopedKeyObserver {
 public:
  explicit ScopedKeyObserver(KeyObserver observer);
  ~ScopedKeyObserver();
  ScopedKeyObserver(const ScopedKeyObserver&) = delete;
  ScopedKeyObserver& operator=(const ScopedKeyObserver&) = delete;

 private:
  KeyObserver observer_;
  const KeyObserver* previous_;
};

/// Stores a value that was read; leaves `target` alone when it was not
/// (the problem is reported already).
template <typename T>
void assign_if(T& target, std::optional<T>&& value) {
  if (value) target = std::move(*value);
}

/// "a string", "an integer", … for messages about wrong types.
std::string_view describe_type(const toml::node& node);

/// True when `s` holds nothing but spaces (ASCII or ideographic) and newlines.
bool is_blank_text(std::string_view s);

}  // namespace casebook
