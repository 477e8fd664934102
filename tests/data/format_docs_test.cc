// docs/layout.md cannot drift from the loader: every key the layout loader
// reads, in every table, is documented under that table's heading, and
// every key documented there is one the loader reads. The loader's keys
// are observed as it reads the shipped A4 layout (each TableReader reports
// the keys it asked for when it finishes a table: those are the keys its
// "unknown key" diagnostic allows), so a key added to load_layout.cc
// without a line in the doc fails here, and so does a documented key the
// loader no longer knows.

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "data/load.h"
#include "data/load_layout.h"
#include "data/table_reader.h"
#include "support/edited_layout.h"

namespace casebook {
namespace {

using Sections = std::map<std::string, std::set<std::string>>;

/// The tables whose keys are names the layout chooses (a face, a step of
/// the type scale, a type style): the doc describes them in words, and the
/// keys inside each named entry are checked under "<table>.<name>".
const std::map<std::string, std::string> kNamedEntries = {
    {"faces", "faces.<face>"}, {"scale", "scale.<step>"}, {"type", "type.<style>"}};

/// A table's path as the doc heads it: "type.body" → "type.<style>".
std::string doc_section(const std::string& path) {
  const auto dot = path.find('.');
  if (dot == std::string::npos) return path;
  const auto named = kNamedEntries.find(path.substr(0, dot));
  return named == kNamedEntries.end() ? path : named->second;
}

Sections loader_keys() {
  Sections keys;
  ScopedKeyObserver observe([&](const std::string&, const std::string& path, const std::vector<std::string>& known) {
    if (kNamedEntries.count(path)) return;  // the layout's own names
    auto& section = keys[doc_section(path)];
    section.insert(known.begin(), known.end());
  });
  Diagnostics diags;
  load_layout(std::string(CASEBOOK_SOURCE_DIR) + "/layouts/casebook-a4.toml", diags);
  EXPECT_FALSE(diags.has_errors());
  // A face given as one face of a collection, { file, index }, which the
  // shipped layouts do not use: its keys too (the
  // shipped layouts' font paths made absolute).
  testing_support::EditedLayout collection;
  collection.edit("BIZUDPMincho-Regular.ttf\"", "BIZUDPMincho-Regular.ttf\", index = 0 }");
  collection.edit("mincho = \"", "mincho = { file = \"");
  EXPECT_EQ(collection.load(), "");
  return keys;
}

/// The doc's tables: a heading "## [name]" (or "## Top level", the file's
/// root table) opens a section; each table row "| `key` | …" documents a key.
Sections documented_keys() {
  std::ifstream in(std::string(CASEBOOK_SOURCE_DIR) + "/docs/layout.md");
  EXPECT_TRUE(in) << "docs/layout.md is missing";
  Sections keys;
  const std::regex heading(R"(^#{2,3} .*\[([^\]]+)\])");
  const std::regex row(R"(^\| `([^`]+)` \|)");
  std::string line;
  std::string section;
  bool in_section = false;
  while (std::getline(in, line)) {
    std::smatch m;
    if (line.rfind("## Top level", 0) == 0) {
      section = "";
      in_section = true;
    } else if (std::regex_search(line, m, heading)) {
      section = m[1];
      in_section = true;
    } else if (line.rfind("#", 0) == 0) {
      in_section = false;
    } else if (in_section && std::regex_search(line, m, row)) {
      keys[section].insert(m[1]);
    }
  }
  return keys;
}

/// Whether `key` of `section` is itself a table the loader reads (a
/// section of the doc with its own heading, such as [page] or [page.margins]).
bool is_table(const Sections& loader, const std::string& section, const std::string& key) {
  const std::string path = section.empty() ? key : section + "." + key;
  return loader.count(path) || kNamedEntries.count(path);
}

std::string name_of(const std::string& section) { return section.empty() ? "(top level)" : "[" + section + "]"; }

TEST(LayoutDocs, EveryKeyTheLoaderReadsIsDocumentedUnderItsTable) {
  const Sections loader = loader_keys();
  const Sections doc = documented_keys();
  ASSERT_GT(loader.size(), 10u) << "the observer saw too few tables";
  for (const auto& [section, keys] : loader) {
    const auto found = doc.find(section);
    for (const std::string& key : keys) {
      if (is_table(loader, section, key)) continue;  // documented under its own heading
      EXPECT_TRUE(found != doc.end() && found->second.count(key))
          << "docs/layout.md does not document '" << key << "' under " << name_of(section);
    }
  }
}

TEST(LayoutDocs, EveryDocumentedKeyIsOneTheLoaderReads) {
  const Sections loader = loader_keys();
  const Sections doc = documented_keys();
  for (const auto& [section, keys] : doc) {
    const auto found = loader.find(section);
    for (const std::string& key : keys) {
      EXPECT_TRUE((found != loader.end() && found->second.count(key)) || is_table(loader, section, key))
          << "docs/layout.md documents '" << key << "' under " << name_of(section)
          << ", which the layout loader does not read";
    }
  }
}

/// The section of data/README.md from the heading that starts with
/// `heading` to the next "## ".
std::string readme_section(const std::string& heading) {
  std::ifstream in(std::string(CASEBOOK_SOURCE_DIR) + "/data/README.md");
  std::string line, section;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line.rfind("## ", 0) == 0) inside = line.rfind(heading, 0) == 0;
    if (inside) section += line + "\n";
  }
  return section;
}

/// Whether `section` documents `key` of the table `path`: as `key = …` on a
/// line, inside an inline table `{ key = …`, or as a table header `[key]`,
/// `[[key]]`.
bool documents(const std::string& section, const std::string& key) {
  const std::regex entry("(^|\\n|\\{ |, )" + key + " = |\\[\\[?" + key + "\\]");
  return std::regex_search(section, entry);
}

TEST(DataDocs, EveryFrontMatterAndTaxonomyKeyIsInDataReadme) {
  // Like the record fields, the keys of casebook.toml and taxonomy.toml are
  // shown in data/README.md as an annotated file; each key the loaders read
  // must be in it, under its file's heading.
  std::map<std::string, std::set<std::string>> keys;  // file name → keys
  {
    ScopedKeyObserver observe([&](const std::string& file, const std::string& path, const std::vector<std::string>& known) {
      const std::string name = file.substr(file.find_last_of('/') + 1);
      if (name != "casebook.toml" && name != "taxonomy.toml") return;
      auto& into = keys[name];
      into.insert(known.begin(), known.end());
      (void)path;
    });
    Diagnostics diags;
    load_casebook(std::string(CASEBOOK_SOURCE_DIR) + "/data", diags);
    EXPECT_FALSE(diags.has_errors());
  }
  ASSERT_EQ(keys.size(), 2u);
  const std::map<std::string, std::string> headings = {{"casebook.toml", "## The front matter (`casebook.toml`)"},
                                                        {"taxonomy.toml", "## The taxonomy (`taxonomy.toml`)"}};
  for (const auto& [file, known] : keys) {
    const std::string section = readme_section(headings.at(file));
    ASSERT_FALSE(section.empty()) << "data/README.md has no section " << headings.at(file);
    EXPECT_GT(known.size(), 3u) << file;
    for (const std::string& key : known) {
      EXPECT_TRUE(documents(section, key)) << "data/README.md does not document '" << key << "' of " << file;
    }
  }
}

}  // namespace
}  // namespace casebook
