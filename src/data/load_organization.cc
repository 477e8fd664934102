#include <algorithm>
#include <filesystem>

#include "base/i18n.h"
#include "base/spelling.h"
#include "data/loaders.h"
#include "data/phrase.h"
#include "data/table_reader.h"

namespace casebook {

namespace {

const char* grid_label(Grid grid) { return grid == Grid::activities ? "取組の種類" : "取組の対象"; }

/// Every name a user may type in `grid`, for did-you-mean hints.
std::vector<std::string> all_names(const Taxonomy& taxonomy, Grid grid) {
  std::vector<std::string> names;
  for (const TaxonomyEntry& e : grid == Grid::activities ? taxonomy.items : taxonomy.targets) {
    names.push_back(e.name);
  }
  return names;
}

/// Resolves one ★/☆ name; reports an unknown name with the nearest valid one.
std::optional<Mark> resolve_mark(const Taxonomy& taxonomy, Grid grid, const Text& name, Diagnostics& diags) {
  if (!taxonomy.loaded) return std::nullopt;
  const int index = find_entry(taxonomy, grid, name.value);
  if (index >= 0) return Mark{index, name.span};

  std::vector<std::string> hints;
  if (grid == Grid::activities) {
    for (const Category& c : taxonomy.categories) {
      if (c.name == name.value) {
        std::string items;
        for (int i : c.items) items += (items.empty() ? "" : ", ") + taxonomy.items[static_cast<std::size_t>(i)].name;
        diags.error(name.span, "'" + name.value + "' is a category of 取組の種類, not an item",
                    {"name one of its items: " + items});
        return std::nullopt;
      }
    }
  }
  std::vector<std::string> candidates = all_names(taxonomy, grid);
  for (const TaxonomyEntry& e : grid == Grid::activities ? taxonomy.items : taxonomy.targets) {
    for (const std::string& a : e.aliases) candidates.push_back(a);
  }
  if (auto near = nearest(name.value, candidates)) {
    const int near_index = find_entry(taxonomy, grid, *near);
    const auto& entries = grid == Grid::activities ? taxonomy.items : taxonomy.targets;
    hints.push_back(format(tr("did you mean '{0}'?"), {entries[static_cast<std::size_t>(near_index)].name}));
  } else {
    std::string list;
    for (const std::string& n : all_names(taxonomy, grid)) list += (list.empty() ? "" : ", ") + n;
    hints.push_back(grid == Grid::activities ? format(tr("the activity items of {0} are: {1}"), {grid_label(grid), list})
                                             : format(tr("the target groups of {0} are: {1}"), {grid_label(grid), list}));
  }
  diags.error(name.span,
              grid == Grid::activities ? format(tr("unknown activity item '{0}' in {1}"), {name.value, grid_label(grid)})
                                       : format(tr("unknown target group '{0}' in {1}"), {name.value, grid_label(grid)}),
              std::move(hints));
  return std::nullopt;
}

/// Reads a grid's marks: exactly one ★ `primary`, and `secondary` ☆ marks
/// that are real entries, not repeated and not the ★.
MarkSet read_marks(TableReader& r, Grid grid, const Taxonomy& taxonomy) {
  MarkSet marks;
  Diagnostics& diags = r.diags();
  const std::string label = std::string(grid_label(grid));
  const toml::node* primary = r.get("primary");
  if (!primary) {
    diags.error(r.span(), "no ★ in " + label + ": missing required field '" + r.field("primary") + "'",
                {"name the one primary item of " + label + " there"});
  } else if (const auto* list = primary->as_array()) {
    diags.error(r.span_of(*primary),
                "'" + r.field("primary") + "' must name exactly one ★ item of " + label + ", not a list of " +
                    std::to_string(list->size()),
                {"put the other items in '" + r.field("secondary") + "' (☆)"});
  } else if (auto name = r.text_of(*primary, r.field("primary"), "★")) {
    if (auto mark = resolve_mark(taxonomy, grid, *name, diags)) marks.primary = *mark;
  }

  if (auto names = r.texts("secondary", "☆", Need::optional)) {
    for (const Text& name : *names) {
      auto mark = resolve_mark(taxonomy, grid, name, diags);
      if (!mark) continue;
      const auto& entries = grid == Grid::activities ? taxonomy.items : taxonomy.targets;
      const std::string& canonical = entries[static_cast<std::size_t>(mark->index)].name;
      if (mark->index == marks.primary.index) {
        diags.error(name.span, "'" + canonical + "' is the ★ primary of " + label + "; it cannot also be ☆",
                    {"remove it from '" + r.field("secondary") + "'"});
        continue;
      }
      const bool repeated = std::any_of(marks.secondary.begin(), marks.secondary.end(),
                                        [&](const Mark& m) { return m.index == mark->index; });
      if (repeated) {
        diags.error(name.span, "☆ '" + canonical + "' is listed twice in '" + r.field("secondary") + "'");
        continue;
      }
      marks.secondary.push_back(*mark);
    }
  }
  r.finish();
  return marks;
}

Region read_region(TableReader& r, const Taxonomy& taxonomy) {
  Region region;
  Diagnostics& diags = r.diags();
  if (auto prefectures = r.texts("prefectures", "都道府県", Need::required)) {
    if (prefectures->empty()) {
      diags.error(r.span_of(*r.get("prefectures")), "'region.prefectures' must name at least one prefecture");
    }
    for (const Text& p : *prefectures) {
      if (taxonomy.loaded && std::find(taxonomy.prefectures.begin(), taxonomy.prefectures.end(), p.value) ==
          taxonomy.prefectures.end()) {
        std::vector<std::string> hints;
        // People often leave out 県/府/都: try the name with each suffix first.
        for (const std::string& known : taxonomy.prefectures) {
          if (known.starts_with(p.value)) hints.push_back(format(tr("did you mean '{0}'?"), {known}));
        }
        if (hints.empty()) {
          if (auto near = nearest(p.value, taxonomy.prefectures)) {
            hints.push_back(format(tr("did you mean '{0}'?"), {*near}));
          }
        }
        diags.error(p.span, format(tr("'{0}' is not one of the 47 prefectures"), {p.value}), std::move(hints));
        continue;
      }
      region.prefectures.push_back(p);
    }
  }
  assign_if(region.area, r.text("area", "市区町村", Need::required));
  r.finish();
  return region;
}

}  // namespace

Organization load_organization(const SourceFile& file, const toml::table& root, const Taxonomy& taxonomy,
                               Diagnostics& diags) {
  Organization org;
  org.path = file.path();
  TableReader r(file, root, "", diags);

  if (const toml::node* n = r.get("number")) {
    org.number_span = r.span_of(*n);
    if (const auto* i = n->as_integer()) {
      if (i->get() < 1 || i->get() > 999) {
        diags.error(org.number_span, "'number' must be between 1 and 999, not " + std::to_string(i->get()));
      } else {
        org.number = static_cast<int>(i->get());
      }
    } else {
      r.wrong_type("number", "番号", *n, "an integer");
    }
  } else {
    r.missing("number", "番号");
  }
  if (std::optional<Text> name = r.text("name", "団体名", Need::required)) {
    // Phrase marks say where a long name may break (the mapping, the
    // header, the contents); every other use of the name — metadata,
    // bookmarks, running heads, proofreading — sees it without them.
    const Phrased phrased = parse_phrase_marks(
        name->value, file.locate_string(name->span.line, name->span.column, name->value), "name", diags);
    org.name = Text{phrased.text, name->span};
    org.name_breaks = phrased.breaks;
  }
  assign_if(org.title, r.text("title", "取組名", Need::required));

  if (auto region = r.table("region", "取組地域", Need::required)) org.region = read_region(*region, taxonomy);
  if (auto a = r.table("activities", "取組の種類", Need::required)) {
    org.activities = read_marks(*a, Grid::activities, taxonomy);
  }
  if (auto t = r.table("targets", "取組の対象", Need::required)) org.targets = read_marks(*t, Grid::targets, taxonomy);

  if (auto c = r.table("content", "取組の内容", Need::required)) {
    assign_if(org.purpose, c->rich("purpose", "目的", Need::required));
    assign_if(org.audience, c->rich("audience", "対象とした人", Need::required));
    assign_if(org.description, c->rich("description", "内容", Need::required));
    c->finish();
  }
  if (auto c = r.table("results", "取組の成果", Need::required)) {
    assign_if(org.partners, c->rich("partners", "連携した団体／協力いただいた団体", Need::required));
    assign_if(org.outreach, c->rich("outreach", "対象とした人とつながるために行った工夫", Need::required));
    assign_if(org.outcomes, c->rich("outcomes", "定性的な成果／定量的な成果", Need::required));
    c->finish();
  }
  for (TableReader& p : r.tables("photos", "取組の様子", Need::optional)) {
    Photo photo;
    std::optional<Text> path = p.text("file", "写真", Need::required);
    assign_if(photo.caption, p.text("caption", "説明", Need::optional));
    if (!photo.caption.span.line) photo.caption.span = p.span();
    p.finish();
    if (!path) continue;
    photo.file = *path;
    org.photos.push_back(std::move(photo));
  }
  if (auto p = r.table("profile", "団体概要", Need::required)) {
    if (std::optional<Text> name = p->text("name", "団体名", Need::required)) {
      // The profile's name may carry its own phrase marks, as the
      // header's does.
      const Phrased phrased = parse_phrase_marks(
          name->value, file.locate_string(name->span.line, name->span.column, name->value), "profile.name", diags);
      org.profile.name = Text{phrased.text, name->span};
      org.profile.name_breaks = phrased.breaks;
    }
    assign_if(org.profile.representative, p->text("representative", "代表者", Need::required));
    assign_if(org.profile.founded, p->text("founded", "設立年月日", Need::required));
    assign_if(org.profile.staff, p->text("staff", "スタッフ数", Need::required));
    assign_if(org.profile.address, p->text("address", "団体住所", Need::required));
    org.profile.website = p->text("website", "ウェブサイト", Need::optional);
    org.profile.message = p->rich("message", "メッセージ", Need::optional);
    p->finish();
  }
  r.finish();
  return org;
}

}  // namespace casebook
