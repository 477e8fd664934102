#include <set>

#include "data/loaders.h"
#include "data/phrase.h"
#include "data/table_reader.h"

namespace casebook {

namespace {

std::vector<std::string> values(const std::optional<std::vector<Text>>& texts) {
  std::vector<std::string> out;
  if (texts) {
    for (const Text& t : *texts) out.push_back(t.value);
  }
  return out;
}

/// A printed name with its phrase marks read (the grids break it only
/// there); every other use of the name sees it without them.
Phrased phrased_name(const TableReader& r, const Text& name) {
  return parse_phrase_marks(name.value, r.file().locate_string(name.span.line, name.span.column, name.value),
                            r.field("name"), r.diags());
}

/// Reads one activity item or target group: a name and its aliases.
std::optional<TaxonomyEntry> read_entry(TableReader& r, std::set<std::string>& seen) {
  std::optional<Text> name = r.text("name", "", Need::required);
  std::optional<std::vector<Text>> aliases = r.texts("aliases", "", Need::optional);
  r.finish();
  if (!name) return std::nullopt;
  const Phrased phrased = phrased_name(r, *name);
  if (!seen.insert(phrased.text).second) {
    r.diags().error(name->span, "'" + phrased.text + "' is defined twice in the taxonomy");
  }
  return TaxonomyEntry{phrased.text, phrased.breaks, values(aliases), -1, name->span};
}

}  // namespace

Taxonomy load_taxonomy(const SourceFile& file, const toml::table& root, Diagnostics& diags) {
  Taxonomy taxonomy;
  TableReader r(file, root, "", diags);

  if (auto prefectures = r.texts("prefectures", "都道府県", Need::required)) {
    std::set<std::string> seen;
    for (const Text& p : *prefectures) {
      if (!seen.insert(p.value).second) diags.error(p.span, "prefecture '" + p.value + "' is listed twice");
      taxonomy.prefectures.push_back(p.value);
    }
  }

  for (const Text& form : r.texts("legal_forms", "法人格", Need::optional).value_or(std::vector<Text>{})) {
    taxonomy.legal_forms.push_back(form.value);
  }

  std::set<std::string> seen_items;
  for (TableReader& c : r.tables("categories", "取組の種類", Need::required)) {
    Category category;
    std::optional<std::int64_t> number = c.integer("number", "", Need::required);
    std::optional<Text> name = c.text("name", "", Need::required);
    category.aliases = values(c.texts("aliases", "", Need::optional));
    const int index = static_cast<int>(taxonomy.categories.size());
    for (TableReader& item : c.tables("items", "", Need::required)) {
      if (auto entry = read_entry(item, seen_items)) {
        entry->category = index;
        category.items.push_back(static_cast<int>(taxonomy.items.size()));
        taxonomy.items.push_back(std::move(*entry));
      }
    }
    c.finish();
    if (number && *number != index + 1) {
      diags.error(c.span(), "category number " + std::to_string(*number) + " is out of order; expected " +
                                std::to_string(index + 1));
    }
    category.number = index + 1;
    if (name) {
      Phrased phrased = phrased_name(c, *name);
      category.name = std::move(phrased.text);
      category.breaks = std::move(phrased.breaks);
      category.span = name->span;
    }
    taxonomy.categories.push_back(std::move(category));
  }

  std::set<std::string> seen_targets;
  for (TableReader& t : r.tables("targets", "取組の対象", Need::required)) {
    if (auto entry = read_entry(t, seen_targets)) taxonomy.targets.push_back(std::move(*entry));
  }
  r.finish();
  return taxonomy;
}

int find_entry(const Taxonomy& taxonomy, Grid grid, const std::string& name) {
  // The source writes the same name with and without the quarter-em space
  // typed around Latin text ("地域の NPO 等への支援" / "地域のNPO等への支援").
  auto squeeze = [](const std::string& s) {
    std::string out;
    for (char c : s) {
      if (c != ' ') out += c;
    }
    return out;
  };
  const auto& entries = grid == Grid::activities ? taxonomy.items : taxonomy.targets;
  const std::string wanted = squeeze(name);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (squeeze(entries[i].name) == wanted) return static_cast<int>(i);
    for (const std::string& alias : entries[i].aliases) {
      if (squeeze(alias) == wanted) return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace casebook
