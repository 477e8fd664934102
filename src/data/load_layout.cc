#include "data/load_layout.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "data/loaders.h"
#include "data/table_reader.h"
#include "data/units.h"

namespace casebook {

namespace fs = std::filesystem;

namespace {

/// Reads the fields of one layout table, with the value kinds layouts use.
class LayoutReader {
 public:
  explicit LayoutReader(TableReader r) : r_(std::move(r)) {}

  Length length(std::string_view key, Length fallback_if_missing = -1) {
    const toml::node* n = r_.get(key);
    if (!n) {
      if (fallback_if_missing < 0) r_.missing(key, "");
      return std::max<Length>(fallback_if_missing, 0);
    }
    const auto* s = n->as_string();
    const auto v = s ? parse_length(s->get()) : std::nullopt;
    if (!v || *v < 0) {
      r_.diags().error(r_.span_of(*n), "'" + r_.field(key) + "' must be a length such as \"12mm\" or \"9pt\"",
                       {"units: mm, cm, pt, in; a bare number has no unit"});
      return 0;
    }
    return *v;
  }

  int integer(std::string_view key, int min, int max) {
    const auto v = r_.integer(key, "", Need::required);
    if (!v) return min;
    if (*v < min || *v > max) {
      r_.diags().error(r_.span_of(*r_.get(key)), "'" + r_.field(key) + "' must be between " + std::to_string(min) +
                                                      " and " + std::to_string(max));
      return min;
    }
    return static_cast<int>(*v);
  }

  bool boolean(std::string_view key, bool fallback) {
    const toml::node* n = r_.get(key);
    if (!n) return fallback;
    if (const auto* b = n->as_boolean()) return b->get();
    r_.wrong_type(key, "", *n, "true or false");
    return fallback;
  }

  std::string text(std::string_view key, Need need) {
    const toml::node* n = r_.get(key);
    if (!n) {
      if (need == Need::required) r_.missing(key, "");
      return {};
    }
    if (const auto* s = n->as_string()) return s->get();
    r_.wrong_type(key, "", *n, "a string");
    return {};
  }

  Color color_of(const toml::node& n, const std::string& field) {
    const auto* s = n.as_string();
    const auto c = s ? parse_color(s->get()) : std::nullopt;
    if (!c) {
      r_.diags().error(r_.span_of(n), "'" + field + "' must be a colour: \"#rrggbb\" or \"cmyk(c, m, y, k)\" in percent");
      return {};
    }
    return *c;
  }

  std::vector<std::string> names(std::string_view key) {
    std::vector<std::string> out;
    if (auto list = r_.texts(key, "", Need::required)) {
      for (const Text& t : *list) out.push_back(t.value);
    }
    return out;
  }

  TableReader& raw() { return r_; }
  void finish() { r_.finish(); }

 private:
  TableReader r_;
};

}  // namespace

LayoutSpec load_layout(const std::string& path, Diagnostics& diags) {
  LayoutSpec spec;
  spec.path = path;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error({path, 0, 0}, "cannot read layout file: no such file");
    return spec;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const SourceFile file(path, bytes.str());
  const auto root = parse_toml_file(file, diags);
  if (!root) return spec;
  const fs::path folder = fs::path(path).parent_path();

  TableReader top(file, *root, "", diags);
  LayoutReader r(top);
  spec.name = r.text("name", Need::required);

  auto section = [&](std::string_view key) -> std::optional<LayoutReader> {
    auto t = r.raw().table(key, "", Need::required);
    if (!t) return std::nullopt;
    return LayoutReader(std::move(*t));
  };

  if (auto page = section("page")) {
    spec.page_width = page->length("width");
    spec.page_height = page->length("height");
    if (auto m = page->raw().table("margins", "", Need::required)) {
      LayoutReader margins(std::move(*m));
      spec.margin_top = margins.length("top");
      spec.margin_bottom = margins.length("bottom");
      spec.margin_inner = margins.length("inner");
      spec.margin_outer = margins.length("outer");
      margins.finish();
    }
    spec.facing_spreads = page->boolean("facing_spreads", false);
    page->finish();
    if (spec.page_width > 0 && spec.page_height > 0 && (spec.margin_inner + spec.margin_outer >= spec.page_width ||
        spec.margin_top + spec.margin_bottom >= spec.page_height)) {
      diags.error(page->raw().span(), "the margins leave no room on the page");
    }
  }

  if (auto faces = r.raw().table("faces", "", Need::required)) {
    for (auto&& [key, node] : *root->get("faces")->as_table()) {
      const std::string name(key.str());
      faces->get(name);
      const auto* s = node.as_string();
      if (!s) {
        faces->wrong_type(name, "", node, "a font file path");
        continue;
      }
      const fs::path file_path = (folder / s->get()).lexically_normal();
      if (!fs::is_regular_file(file_path)) {
        diags.error(faces->span_of(node), "font file '" + s->get() + "' does not exist",
                    {"paths are relative to the layout file's folder: " + file_path.string()});
        continue;
      }
      spec.faces[name] = file_path.string();
    }
    faces->finish();
  }

  if (auto type = r.raw().table("type", "", Need::required)) {
    for (const char* name : kRequiredTypeStyles) {
      auto t = type->table(name, "", Need::required);
      if (!t) continue;
      LayoutReader style(std::move(*t));
      TypeSpec ts;
      ts.span = style.raw().span();
      ts.face = style.text("face", Need::required);
      ts.size = style.length("size");
      ts.pitch = style.length("pitch");
      if (const toml::node* c = style.raw().get("color")) ts.color = style.color_of(*c, style.raw().field("color"));
      if (auto features = style.raw().texts("features", "", Need::optional)) {
        for (const Text& f : *features) ts.features.push_back(f.value);
      }
      if (!ts.face.empty() && !spec.faces.count(ts.face) && root->get("faces") &&
          !root->get("faces")->as_table()->contains(ts.face)) {
        diags.error(style.raw().span_of(*style.raw().get("face")), "unknown face '" + ts.face + "'",
                    {"define it under [faces]"});
      }
      if (ts.size > 0 && ts.pitch > 0 && ts.pitch < ts.size) {
        diags.error(style.raw().span_of(*style.raw().get("pitch")),
                    "type." + std::string(name) + ": the line pitch is smaller than the type size");
      }
      style.finish();
      spec.type[name] = ts;
    }
    type->finish();
  }

  if (auto colors = r.raw().table("colors", "", Need::required)) {
    LayoutReader c(std::move(*colors));
    for (const char* name : {"rule", "label_fill", "category_fill", "heading_rule", "number_fill", "placeholder"}) {
      const toml::node* n = c.raw().get(name);
      if (!n) {
        c.raw().missing(name, "");
        continue;
      }
      spec.colors[name] = c.color_of(*n, c.raw().field(name));
    }
    c.finish();
  }

  if (auto rules = section("rules")) {
    spec.rule_width = rules->length("width");
    spec.frame_rule_width = rules->length("frame");
    rules->finish();
  }
  if (auto s = section("spacing")) {
    spec.cell_padding = s->length("cell_padding");
    spec.block_gap = s->length("block_gap");
    spec.heading_gap = s->length("heading_gap");
    s->finish();
  }
  if (auto h = section("header")) {
    spec.header_number_width = h->length("number_width");
    spec.header_row_height = h->length("row_height");
    spec.header_label_width = h->length("label_width");
    h->finish();
  }
  if (auto g = section("grid")) {
    spec.grid_row_height = g->length("row_height");
    spec.grid_padding = g->length("cell_padding");
    spec.grid_mark_width = g->length("mark_width");
    spec.target_columns = g->integer("target_columns", 1, 17);
    spec.target_name_height = g->length("target_name_height");
    g->finish();
  }
  if (auto t = section("table")) {
    spec.table_label_width = t->length("label_width");
    t->finish();
  }
  if (auto p = section("photos")) {
    spec.photo_min_height = p->length("min_height");
    spec.photo_max_height = p->length("max_height");
    spec.photo_columns = p->integer("columns", 1, 4);
    spec.photo_gap = p->length("gap");
    spec.caption_gap = p->length("caption_gap");
    p->finish();
    if (spec.photo_min_height > spec.photo_max_height) {
      diags.error(p->raw().span(), "photos.min_height is larger than photos.max_height");
    }
  }
  if (auto p = section("profile")) {
    spec.profile_label_width = p->length("label_width");
    p->finish();
  }
  if (auto c = section("copyfit")) {
    spec.min_size = c->length("min_size");
    spec.size_step = c->length("step");
    c->finish();
    if (spec.size_step <= 0) diags.error(c->raw().span(), "copyfit.step must be larger than 0");
  }
  if (auto f = section("footer")) {
    spec.footer_baseline = f->length("baseline");
    spec.running_title = f->text("running_title", Need::optional);
    f->finish();
  }
  if (auto c = section("composition")) {
    spec.hanging_punctuation = c->boolean("hanging_punctuation", false);
    spec.strict_kinsoku = c->boolean("strict_kinsoku", true);
    c->finish();
  }
  if (auto l = section("labels")) {
    for (const char* name : kRequiredLabels) {
      const toml::node* n = l->raw().get(name);
      if (!n) {
        l->raw().missing(name, "");
      } else if (const auto* t = n->as_string()) {
        spec.labels[name] = t->get();
      } else {
        l->raw().wrong_type(name, "", *n, "a string");
      }
    }
    l->finish();
  }
  if (const toml::node* print = root->get("print")) {
    if (auto p = r.raw().table("print", "", Need::optional)) {
      LayoutReader pr(std::move(*p));
      spec.bleed = pr.length("bleed");
      spec.crop_marks = pr.boolean("crop_marks", false);
      pr.finish();
    }
    (void)print;
  }
  if (auto f = section("front")) {
    spec.front_pages = f->names("pages");
    const toml::node* pages = f->raw().get("pages");
    if (pages && pages->as_array()) {
      for (const auto& element : *pages->as_array()) {
        const auto* name = element.as_string();
        const std::vector<std::string> kinds = {"cover", "preface", "counts", "contents", "mapping"};
        if (name && std::find(kinds.begin(), kinds.end(), name->get()) == kinds.end()) {
          diags.error(f->raw().span_of(element), "unknown front-matter page '" + name->get() + "'",
                      {"the pages are: cover, preface, counts, contents, mapping"});
        }
      }
    }
    const std::string numbering = f->text("numbering", Need::required);
    if (numbering != "roman" && numbering != "none" && !numbering.empty()) {
      diags.error(f->raw().span_of(*f->raw().get("numbering")), "front.numbering must be \"roman\" or \"none\"");
    }
    spec.front_roman = numbering != "none";
    spec.hide_zero_counts = f->boolean("hide_zero_counts", false);
    spec.mapping_entries_per_column = f->integer("mapping_entries_per_column", 1, 100);
    spec.mapping_label_width = f->length("mapping_label_width");
    spec.contents_number_width = f->length("contents_number_width");
    spec.contents_region_width = f->length("contents_region_width");
    spec.contents_page_width = f->length("contents_page_width");
    spec.cover_title_top = f->length("cover_title_top");
    f->finish();
  }
  if (auto s = section("spread")) {
    spec.page1 = s->names("page1");
    spec.page2 = s->names("page2");
    const std::vector<std::string> kinds = {"header", "activities", "targets", "content", "results", "photos", "profile"};
    std::vector<std::string> seen;
    for (const char* key : {"page1", "page2"}) {
      const toml::node* node = s->raw().get(key);
      if (!node || !node->as_array()) continue;
      for (const auto& element : *node->as_array()) {
        const auto* name = element.as_string();
        if (!name) continue;
        if (std::find(kinds.begin(), kinds.end(), name->get()) == kinds.end()) {
          diags.error(s->raw().span_of(element), "unknown block '" + name->get() + "'",
                      {"the blocks are: header, activities, targets, content, results, photos, profile"});
        } else if (std::find(seen.begin(), seen.end(), name->get()) != seen.end()) {
          diags.error(s->raw().span_of(element), "block '" + name->get() + "' is placed twice");
        }
        seen.push_back(name->get());
      }
    }
    for (const std::string& kind : kinds) {
      if (std::find(seen.begin(), seen.end(), kind) == seen.end()) {
        diags.error(s->raw().span(), "block '" + kind + "' is on neither page of the spread");
      }
    }
    s->finish();
  }
  r.finish();
  return spec;
}

}  // namespace casebook
