#include "data/load_layout.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include "base/font_limits.h"
#include "base/spelling.h"
#include "base/unicode.h"
#include "base/utf8.h"
#include "data/icc_profile.h"
#include "data/loaders.h"
#include "data/phrase.h"
#include "data/read_source.h"
#include "data/table_reader.h"
#include "data/units.h"

namespace casebook {

namespace fs = std::filesystem;

namespace {

/// The largest length a layout may give: a PDF page is at most 14,400
/// units a side (ISO 32000-1, Annex C), so nothing on it is longer.
constexpr Length kMaxLength = 14400 * kUnitsPerPoint;
/// The largest type size: far above any cover title, far below a page.
constexpr Length kMaxTypeSize = 200 * kUnitsPerPoint;
/// The smallest type size, for every style and for copyfitting's
/// min_size: 4 pt is about the smallest a printed book can be read at
/// (the fine print of a contract, ruby in a Japanese book at 8 pt text);
/// below it a printed casebook is unreadable, not merely small.
constexpr Length kMinTypeSize = 4 * kUnitsPerPoint;
/// The widest rule: 5 pt is heavier than any rule a table or frame of a
/// book uses (0.1–1.5 pt); a wider one paints over the text it encloses.
constexpr Length kMaxRuleWidth = 5 * kUnitsPerPoint;

/// "9 pt (3.175 mm)": a length as messages print it.
std::string describe(Length l) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.6g pt (%.4g mm)", to_pt(l), to_mm(l));
  return buffer;
}

/// Where each value of the layout was given, by dotted field name, so that
/// a rule over several values can point at the one it blames.
using Places = std::map<std::string, Span>;

/// Reads the fields of one layout table, with the value kinds layouts use.
class LayoutReader {
 public:
  LayoutReader(TableReader r, Places& places) : r_(std::move(r)), places_(&places) {}

  /// A length ≥ 0 (or > 0 when `positive`) and at most kMaxLength.
  Length length(std::string_view key, bool positive = false) {
    const toml::node* n = r_.get(key);
    if (!n) {
      r_.missing(key, "");
      return 0;
    }
    const auto* s = n->as_string();
    // -1: not a length (negative lengths are refused as well).
    const Length v = (s ? parse_length(s->get()) : std::nullopt).value_or(-1);
    (*places_)[r_.field(key)] = r_.span_of(*n);
    if (v < 0) {
      r_.diags().error(r_.span_of(*n), "'" + r_.field(key) + "' must be a length such as \"12mm\" or \"9pt\"",
                       {"units: mm, cm, pt, in; a bare number has no unit"});
      return 0;
    }
    if (positive && v == 0) {
      r_.diags().error(r_.span_of(*n), "'" + r_.field(key) + "' must be larger than 0");
      return 0;
    }
    if (v > kMaxLength) {
      r_.diags().error(r_.span_of(*n), "'" + r_.field(key) + "' is " + describe(v) + "; a layout length is at most " +
                                           describe(kMaxLength),
                       {"PDF pages are at most 14400 pt (200 in) a side (ISO 32000-1, Annex C)"});
      return 0;
    }
    return v;
  }

  /// A number of ems from 0 to `max`, written "1em" or "0.5em", in fixed
  /// point (kUnitsPerPoint = 1 em).
  Length ems(std::string_view key, Length max) {
    const toml::node* n = r_.get(key);
    if (!n) {
      r_.missing(key, "");
      return 0;
    }
    const std::optional<Length> v = number_with_suffix(*n, key, "em");
    if (!v || *v < 0 || *v > max) {
      r_.diags().error(r_.span_of(*n), "'" + r_.field(key) + "' must be a number of ems from 0em to " +
                                           std::to_string(max / kUnitsPerPoint) + "em, such as \"1em\"");
      return 0;
    }
    return *v;
  }

  /// The number of a string "<number><suffix>" ("1.5em", "62.5%") in
  /// fixed point (the number part read as points), recording where `key`
  /// is given; nothing when the string is not of that form.
  std::optional<Length> number_with_suffix(const toml::node& n, std::string_view key, std::string_view suffix) {
    (*places_)[r_.field(key)] = r_.span_of(n);
    const auto* s = n.as_string();
    if (!s || s->get().size() <= suffix.size() || !s->get().ends_with(suffix)) return std::nullopt;
    return parse_length(s->get().substr(0, s->get().size() - suffix.size()) + "pt");
  }

  /// A percentage from 0 % to `max_percent`, written "100%" or "62.5%",
  /// as a fixed-point ratio (kUnitsPerPoint = 100 %).
  Length percent(std::string_view key, int max_percent) {
    const toml::node* n = r_.get(key);
    if (!n) {
      r_.missing(key, "");
      return 0;
    }
    const std::optional<Length> v = number_with_suffix(*n, key, "%");
    if (!v || *v < 0 || *v > max_percent * kUnitsPerPoint) {
      r_.diags().error(r_.span_of(*n), "'" + r_.field(key) + "' must be a percentage from 0% to " +
                                           std::to_string(max_percent) + "%, such as \"100%\"");
      return 0;
    }
    return scale(*v, 1, 100);
  }

  /// Where `key` is given, or the table's header when it is not.
  Span at(std::string_view key) {
    const toml::node* n = r_.get(key);
    return n ? r_.span_of(*n) : r_.span();
  }

  int integer(std::string_view key, int min, int max) {
    const auto v = r_.integer(key, "", Need::required);
    if (const toml::node* n = r_.get(key)) (*places_)[r_.field(key)] = r_.span_of(*n);
    if (!v) return min;
    if (*v < min || *v > max) {
      r_.diags().error(r_.span_of(*r_.get(key)), "'" + r_.field(key) + "' must be between " + std::to_string(min) +
                                                      " and " + std::to_string(max));
      return min;
    }
    return static_cast<int>(*v);
  }

  /// An optional integer in [min, max]; `fallback` when absent.
  std::int64_t integer(std::string_view key, std::int64_t min, std::int64_t max, std::int64_t fallback) {
    if (!r_.get(key)) return fallback;
    const auto v = r_.integer(key, "", Need::required);
    if (!v) return fallback;
    if (*v < min || *v > max) {
      r_.diags().error(r_.span_of(*r_.get(key)), "'" + r_.field(key) + "' must be between " + std::to_string(min) +
                                                      " and " + std::to_string(max));
      return fallback;
    }
    return *v;
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
  Places* places_;
};

/// Whether `s` has a character that prints something: not white space, not
/// default-ignorable (zero-width space, joiners, variation selectors, bidi
/// controls: unicode.h) and not a control character.
bool has_visible_character(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    const bool control = c < 0x20 || (c >= 0x7f && c < 0xa0);
    const bool space = c == U' ' || c == U'\u3000';
    if (!control && !space && !unicode::is_default_ignorable(c)) return true;
  }
  return false;
}

/// The span of `field` if it was read, else `fallback`.
Span place_of(const Places& places, const std::string& field, Span fallback) {
  const auto it = places.find(field);
  return it == places.end() ? fallback : it->second;
}

/// Checks a font file without following any exception path: a symlink
/// loop, an over-long name or a permission problem is a diagnostic, not an
/// uncaught std::filesystem_error. Returns the problem, or "" when `path`
/// is a regular file.
std::string font_file_problem(const fs::path& path) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec && ec != std::errc::no_such_file_or_directory) return "cannot be opened: " + ec.message();
  if (!fs::exists(st)) return "does not exist";
  if (fs::is_directory(st)) return "is a folder, not a font file";
  if (fs::is_fifo(st)) return "is a FIFO (named pipe), not a font file";
  if (fs::is_character_file(st) || fs::is_block_file(st)) return "is a device, not a font file";
  if (!fs::is_regular_file(st)) return "is not a regular file";
  // Refused unread: FreeType and the PDF writer would read it whole.
  if (const auto size = fs::file_size(path, ec); !ec && size > kMaxFontFileBytes) return font_too_large(size);
  return "";
}

/// What is wrong with face `index` of the font file `path`, or "": a
/// collection (a 'ttcf' header, OpenType 1.9 "Font Collections") holds
/// numFonts faces, 0 to numFonts − 1; any other file one, index 0. A file
/// too short for its header is left to the text stage, which says what is
/// wrong with it.
std::string face_index_problem(const fs::path& path, std::int64_t index) {
  std::ifstream in(path, std::ios::binary);
  unsigned char h[12] = {};
  if (!in.read(reinterpret_cast<char*>(h), sizeof h)) return "";
  if (std::string(reinterpret_cast<const char*>(h), 4) != "ttcf") {
    if (index == 0) return "";
    return "is a single font, not a collection: its only face is index 0";
  }
  const std::uint64_t count = (std::uint64_t{h[8]} << 24) | (std::uint64_t{h[9]} << 16) | (h[10] << 8) | h[11];
  if (count == 0) return "is a font collection that holds no face";
  if (static_cast<std::uint64_t>(index) < count) return "";
  return "holds " + std::to_string(count) + (count == 1 ? " face" : " faces") + ", so its index is 0" +
         (count > 1 ? " to " + std::to_string(count - 1) : "") + ", not " + std::to_string(index);
}

// Every label a layout must give fills a member of Labels, so the layout
// stage never looks one up by name.
constexpr bool every_required_label_is_typed() {
  for (const std::string_view name : kRequiredLabels) {
    bool typed = false;
    for (const LabelKey& k : kLabelKeys) typed = typed || name == k.key;
    if (!typed) return false;
  }
  return true;
}
static_assert(every_required_label_is_typed(), "a key of kRequiredLabels has no member in Labels (layout_spec.h)");

// And every style a layout must give fills a member of Styles.
constexpr bool every_required_style_is_typed() {
  for (const std::string_view name : kRequiredTypeStyles) {
    bool typed = false;
    for (const StyleKey& k : kStyleKeys) typed = typed || name == k.key;
    if (!typed) return false;
  }
  return true;
}
static_assert(every_required_style_is_typed(), "a key of kRequiredTypeStyles has no member in Styles (layout_spec.h)");

/// copyfit.steps: the steps of the type scale, by name, that a text block
/// too long for its page is set down through, largest first. Each names a
/// step of [scale] smaller than the body step and not below
/// copyfit.min_size, each smaller than the one before it; at most
/// kMaxCopyfitSteps of them, so a page has a bounded number of trial
/// layouts. Each problem is reported at its element.
std::vector<ScaleStep> copyfit_steps(TableReader& r, const LayoutSpec& spec, Diagnostics& diags) {
  std::vector<ScaleStep> steps;
  const toml::node* node = r.get("steps");
  const auto list = r.texts("steps", "", Need::required);  // reports a missing list or a wrong element
  if (!node || !node->as_array() || !list) return steps;
  const toml::array& array = *node->as_array();
  const std::string field = r.field("steps");
  std::string names;
  for (const auto& [name, step] : spec.scale) names += (names.empty() ? "" : ", ") + name;
  // A step at or above the body is no smaller text; the body's own step
  // is where every block starts (0: the body style is missing, reported).
  const Length body_size = spec.styles.body.size;
  if (array.size() > kMaxCopyfitSteps) {
    diags.error(r.span_of(*node), "'" + field + "' lists " + std::to_string(array.size()) + " steps; at most " +
                                      std::to_string(kMaxCopyfitSteps));
    return steps;
  }
  for (const toml::node& element : array) {
    const auto* name = element.as_string();
    if (!name || is_blank_text(name->get())) continue;  // texts() has reported it
    const Span at = r.span_of(element);
    const auto found = spec.scale.find(name->get());
    if (found == spec.scale.end()) {
      std::vector<std::string> hints = {"the steps are: " + names};
      std::vector<std::string> keys;
      for (const auto& [key, step] : spec.scale) keys.push_back(key);
      if (const auto near = nearest(name->get(), keys)) hints.insert(hints.begin(), "did you mean '" + *near + "'?");
      diags.error(at, "'" + field + "' names no step of the type scale: '" + name->get() + "'", hints);
      continue;
    }
    const ScaleStep& step = found->second;
    if (step.size <= 0) continue;  // reported at the step
    if (body_size > 0 && step.size >= body_size) {
      diags.error(at, "'" + field + "': step '" + step.name + "' (" + describe(step.size) +
                          ") is not smaller than the body size (" + describe(body_size) + ")",
                  {"copyfitting sets a block smaller than the body: list only smaller steps"});
      continue;
    }
    if (spec.min_size > 0 && step.size < spec.min_size) {
      diags.error(at, "'" + field + "': step '" + step.name + "' (" + describe(step.size) +
                          ") is smaller than 'copyfit.min_size' (" + describe(spec.min_size) + ")",
                  {"leave the step out, or lower copyfit.min_size"});
      continue;
    }
    if (!steps.empty() && step.size >= steps.back().size) {
      diags.error(at, "'" + field + "': step '" + step.name + "' (" + describe(step.size) + ") comes after '" +
                          steps.back().name + "' (" + describe(steps.back().size) + ")",
                  {"list the steps largest first, each smaller than the one before"});
      continue;
    }
    steps.push_back(step);
  }
  return steps;
}

/// The rules over several values: everything placed on the page lies
/// inside it, fixed columns leave room for the text beside them, and
/// copyfitting has a bounded number of sizes to try. Each problem is
/// reported at the value to change.
void check_layout_values(const LayoutSpec& spec, const Places& places, Span file_span, Diagnostics& diags) {
  auto at = [&](const std::string& field) { return place_of(places, field, file_span); };
  if (spec.page_width <= 0 || spec.page_height <= 0) return;  // reported already
  const Length content_width = spec.page_width - spec.margin_inner - spec.margin_outer;
  const Length content_height = spec.page_height - spec.margin_top - spec.margin_bottom;
  if (content_width <= 0 || content_height <= 0) {
    diags.error(at(content_width <= 0 ? "page.margins.inner" : "page.margins.top"),
                "the margins leave no room on the page");
    return;
  }

  // A fixed column must leave some of the content width to the text beside it.
  auto narrower = [&](const std::string& what, Length width, const std::string& blamed) {
    if (width >= content_width) {
      diags.error(at(blamed), what + " (" + describe(width) + ") leaves no room in the content width of " +
                                  describe(content_width));
    }
  };
  narrower("'table.label_width'", spec.table_label_width, "table.label_width");
  // The header's labels sit between the number box and the shared value
  // line: their column is what the label width leaves beside the box.
  if (spec.table_label_width <= spec.header_number_width + 2 * spec.cell_padding) {
    diags.error(at("table.label_width"),
                "'table.label_width' (" + describe(spec.table_label_width) +
                    ") leaves no room for the header's labels beside 'header.number_width' (" +
                    describe(spec.header_number_width) + ") and their padding",
                {"the header's label column is 'table.label_width' less 'header.number_width'"});
  }
  narrower("'front.mapping_label_width'", spec.mapping_label_width, "front.mapping_label_width");
  narrower("the contents' number, region and page columns",
           spec.contents_number_width + spec.contents_region_width + spec.contents_page_width,
           "front.contents_region_width");
  narrower("two of 'grid.mark_width'", 2 * spec.grid_mark_width, "grid.mark_width");
  // The counts page's count column is contents_page_width wide: its
  // padding must leave room for the digits.
  if (spec.contents_page_width > 0 && 2 * spec.counts_padding >= spec.contents_page_width) {
    diags.error(at("front.counts_padding"), "'front.counts_padding' (" + describe(spec.counts_padding) +
                                                ") on both sides fills the counts column ('front.contents_page_width', " +
                                                describe(spec.contents_page_width) + ")",
                {"a cell's inner space is about ¼–½ em of its text"});
  }
  if (spec.target_columns > 0 && spec.grid_mark_width >= content_width / spec.target_columns) {
    diags.error(at("grid.mark_width"), "'grid.mark_width' (" + describe(spec.grid_mark_width) +
                                           ") fills a whole column of the targets grid (" +
                                           describe(content_width / spec.target_columns) + ")");
  }

  // Heights: nothing taller than the content area.
  auto lower = [&](const std::string& field, Length height) {
    if (height > content_height) {
      diags.error(at(field), "'" + field + "' (" + describe(height) + ") is taller than the content area (" +
                                 describe(content_height) + ")");
    }
  };
  lower("header.row_height", spec.header_row_height);
  lower("grid.row_height", spec.grid_row_height);
  lower("grid.target_name_height", spec.target_name_height);
  lower("photos.max_height", spec.photo_max_height);
  for (const StyleKey& k : kStyleKeys) lower("type." + std::string(k.key) + ".pitch", (spec.styles.*k.member).pitch);

  // Positions: the cover title starts inside the content area's height,
  // the folio sits in the bottom margin (above the paper's edge, below
  // the text it would otherwise print over).
  if (spec.cover_title_top < spec.margin_top || spec.cover_title_top >= spec.page_height - spec.margin_bottom) {
    diags.error(at("front.cover_title_top"),
                "'front.cover_title_top' (" + describe(spec.cover_title_top) +
                    ") puts the cover title outside the content area",
                {"it is measured from the page's top edge: between the top margin (" + describe(spec.margin_top) +
                 ") and the bottom margin (" + describe(spec.page_height - spec.margin_bottom) + ")"});
  }
  const Length footer_size = spec.styles.footer.size;  // 0: the style is missing (reported)
  if (spec.footer_baseline < footer_size || spec.footer_baseline + footer_size > spec.margin_bottom) {
    diags.error(at("footer.baseline"),
                "'footer.baseline' (" + describe(spec.footer_baseline) + ") puts the folio outside the bottom margin",
                {"it is measured from the page's bottom edge: between the footer's size (" + describe(footer_size) +
                 ") and the bottom margin less that size (" + describe(spec.margin_bottom - footer_size) + ")"});
  }
  // はじめに's lines, that many characters of the body size, within the
  // content width.
  if (const TypeSpec& body = spec.styles.body; body.size > 0 && spec.preface_line_length > 0 &&
                                               spec.preface_line_length * body.size > content_width) {
    diags.error(at("front.preface_line_length"),
                "'front.preface_line_length' (" + std::to_string(spec.preface_line_length) + " characters of " +
                    describe(body.size) + ") is wider than the content width of " + describe(content_width),
                {"at most " + std::to_string(content_width / body.size) + " characters of the body size fit"});
  }
  if (spec.bleed > 72 * kUnitsPerPoint) {
    diags.error(at("print.bleed"), "'print.bleed' (" + describe(spec.bleed) + ") is more than 1 in",
                {"print shops ask for 3–5 mm"});
  }

  // Copyfitting's floor: no step below it (reported at the step), and no
  // floor above the body size, which nothing could reach.
  const Length body_size = spec.styles.body.size;  // 0: the style is missing (reported)
  if (body_size >= kMinTypeSize && spec.min_size > body_size) {
    diags.error(at("copyfit.min_size"), "'copyfit.min_size' (" + describe(spec.min_size) +
                                            ") is larger than the body size (" + describe(body_size) + ")");
  }
}

/// [print]'s PDF/X keys: the conformance (only PDF/X-4, ISO 15930-7:2010),
/// the output profile (a CMYK output profile, ISO 15930-7 6.2.4: the
/// DestOutputProfile of a PDF/X-4 OutputIntent is an embedded ICC output
/// profile), the output condition's words and name, and the lowest image
/// resolution accepted without a warning.
void read_print_intent(LayoutReader& pr, const fs::path& folder, PrintIntent& print, Diagnostics& diags) {
  print.conformance = pr.text("conformance", Need::optional);
  print.conformance_span = pr.at("conformance");
  if (!print.conformance.empty() && print.conformance != "PDF/X-4") {
    diags.error(print.conformance_span, "'print.conformance' is \"" + print.conformance + "\"; casebook writes \"PDF/X-4\"",
                {"PDF/X-4 (ISO 15930-7) allows the PDF 1.5 text spans and ICC-based colour the book uses; leave "
                 "the key out for a CMYK print edition that claims no conformance"});
    print.conformance.clear();
  }
  const std::string profile = pr.text("output_profile", Need::optional);
  print.output_profile_span = pr.at("output_profile");
  if (!profile.empty()) {
    const std::string file = (folder / profile).lexically_normal().string();
    const IccRead read = read_icc_profile(file);
    if (!read.header) {
      diags.error(print.output_profile_span, "'print.output_profile' " + file + " " + read.problem,
                  {"Debian's libgs-common ships /usr/share/color/icc/ghostscript/default_cmyk.icc"});
    } else if (read.header->colour_space != "CMYK" || read.header->device_class != "prtr") {
      diags.error(print.output_profile_span,
                  "'print.output_profile' " + file + " is a '" + read.header->device_class + "' profile of '" +
                      read.header->colour_space + "', not a CMYK output profile",
                  {"a PDF/X output intent for offset printing names a CMYK printer ('prtr') profile, such as "
                   "Japan Color 2011 Coated or Debian's /usr/share/color/icc/ghostscript/default_cmyk.icc"});
    } else {
      print.output_profile = file;
    }
  }
  print.output_condition = pr.text("output_condition", Need::optional);
  if (const std::string id = pr.text("output_condition_identifier", Need::optional); !id.empty()) {
    print.output_condition_identifier = id;
  }
  print.registry_name = pr.text("registry_name", Need::optional);
  print.min_image_ppi = static_cast<int>(pr.integer("min_image_ppi", 0, 2400, 0));
  if (!print.conformance.empty() && profile.empty()) {
    diags.error(print.conformance_span, "'print.conformance' \"PDF/X-4\" needs 'print.output_profile'",
                {"PDF/X-4 embeds the output profile in the file (ISO 15930-7 6.2.4): name a CMYK .icc file, e.g. "
                 "output_profile = \"/usr/share/color/icc/ghostscript/default_cmyk.icc\""});
  }
  if (!print.conformance.empty() && print.output_condition.empty()) {
    diags.error(print.conformance_span, "'print.conformance' \"PDF/X-4\" needs 'print.output_condition'",
                {"the printing condition in words, e.g. output_condition = \"Japan Color 2011 Coated\""});
  }
}

}  // namespace

LayoutSpec load_layout(const std::string& path, Diagnostics& diags) {
  LayoutSpec spec;
  spec.path = path;
  // Only a regular file, and at most 1 MiB of it (read_source.h).
  const std::optional<SourceFile> source = read_source_file(path, diags);
  if (!source) return spec;
  const SourceFile& file = *source;
  const auto root = parse_toml_file(file, diags);
  if (!root) return spec;
  const fs::path folder = fs::path(path).parent_path();

  Places places;
  TableReader top(file, *root, "", diags);
  LayoutReader r(top, places);
  spec.name = r.text("name", Need::required);

  auto section = [&](std::string_view key) -> std::optional<LayoutReader> {
    auto t = r.raw().table(key, "", Need::required);
    if (!t) return std::nullopt;
    return LayoutReader(std::move(*t), places);
  };

  if (auto page = section("page")) {
    spec.page_width = page->length("width", true);
    spec.page_height = page->length("height", true);
    if (auto m = page->raw().table("margins", "", Need::required)) {
      LayoutReader margins(std::move(*m), places);
      spec.margin_top = margins.length("top");
      spec.margin_bottom = margins.length("bottom");
      spec.margin_inner = margins.length("inner");
      spec.margin_outer = margins.length("outer");
      margins.finish();
    }
    spec.facing_spreads = page->boolean("facing_spreads", false);
    page->finish();
  }

  if (auto faces = r.raw().table("faces", "", Need::required)) {
    for (auto&& [key, node] : *root->get("faces")->as_table()) {
      const std::string name(key.str());
      // A face is a file name, or { file = "…", index = N } for one face
      // of a collection (.ttc/.otc), counted from 0.
      const toml::node* file_node = &node;
      const toml::node* index_node = nullptr;
      std::int64_t index = 0;
      if (node.is_table()) {
        auto t = faces->table(name, "", Need::required);
        if (!t) continue;
        file_node = t->get("file");
        if (!file_node) {
          t->missing("file", "");
          t->finish();
          continue;
        }
        index_node = t->get("index");
        if (index_node) {
          const auto* i = index_node->as_integer();
          if (!i || i->get() < 0 || i->get() > 0xFFFF) {
            diags.error(t->span_of(*index_node), "'faces." + name + ".index' must be a whole number from 0",
                        {"the face's place in a font collection (.ttc), counted from 0"});
            t->finish();
            continue;
          }
          index = i->get();
        }
        t->finish();
      } else {
        faces->get(name);
      }
      const auto* s = file_node->as_string();
      if (!s) {
        if (file_node == &node) {
          faces->wrong_type(name, "", node, "a font file path or { file = \"…\", index = N }");
        } else {
          diags.error(faces->span_of(*file_node), "'faces." + name + ".file' must be a font file path");
        }
        continue;
      }
      const fs::path file_path = (folder / s->get()).lexically_normal();
      const std::string problem = s->get().empty() ? "is empty" : font_file_problem(file_path);
      if (!problem.empty()) {
        diags.error(faces->span_of(*file_node), "font file '" + s->get() + "' " + problem,
                    {"paths are relative to the layout file's folder: " + file_path.string()});
        continue;
      }
      if (const std::string wrong = face_index_problem(file_path, index); !wrong.empty()) {
        diags.error(faces->span_of(index_node ? *index_node : *file_node),
                    "'faces." + name + "': font file '" + s->get() + "' " + wrong);
        continue;
      }
      spec.faces[name] = FontFile{file_path.string(), static_cast<int>(index)};
      spec.face_spans[name] = faces->span_of(*file_node);
    }
    faces->finish();
  }

  // The type scale first: every style takes its size from one of its steps.
  if (auto scale = r.raw().table("scale", "", Need::required)) {
    for (auto&& [key, node] : *root->get("scale")->as_table()) {
      const std::string name(key.str());
      auto t = scale->table(name, "", Need::required);
      if (!t) continue;
      LayoutReader step(std::move(*t), places);
      ScaleStep st;
      st.name = name;
      st.span = step.raw().span();
      st.size = step.length("size", true);
      st.pitch = step.length("pitch", true);
      const std::string field = "scale." + name;
      if (st.size > kMaxTypeSize) {
        diags.error(step.at("size"), "'" + field + ".size' is " + describe(st.size) + "; type is at most " +
                                         describe(kMaxTypeSize));
        st.size = 0;  // reported here, not again at every style on this step
      } else if (st.size > 0 && st.size < kMinTypeSize) {
        diags.error(step.at("size"), "'" + field + ".size' is " + describe(st.size) + "; type is at least " +
                                         describe(kMinTypeSize),
                    {"smaller type cannot be read in print"});
        st.size = 0;
      }
      // JLREQ 2.4.2: 行送り = 文字サイズ + 行間, 行間 ≥ 0.
      if (st.size > 0 && st.pitch > 0 && st.pitch < st.size) {
        diags.error(step.at("pitch"), field + ": the line pitch " + describe(st.pitch) +
                                          " is smaller than the type size " + describe(st.size),
                    {"the pitch is the distance from baseline to baseline: at least the size"});
      }
      step.finish();
      spec.scale[name] = st;
    }
    scale->finish();
  }

  if (auto type = r.raw().table("type", "", Need::required)) {
    std::vector<std::string> steps;
    for (const auto& [name, st] : spec.scale) steps.push_back(name);
    for (const char* name : kRequiredTypeStyles) {
      auto t = type->table(name, "", Need::required);
      if (!t) continue;
      LayoutReader style(std::move(*t), places);
      TypeSpec ts;
      ts.span = style.raw().span();
      ts.face = style.text("face", Need::required);
      const std::string field = "type." + std::string(name);
      // A size typed into a style is the accident the scale exists to
      // prevent: the style names its step instead.
      if (style.raw().get("size")) {
        diags.error(style.at("size"), "'" + field + ".size': a style takes its size from the type scale",
                    {"name one of the steps under [scale] instead, e.g. step = \"body\""});
      }
      ts.step = style.text("step", Need::required);
      const auto step = spec.scale.find(ts.step);
      if (step != spec.scale.end()) {
        ts.size = step->second.size;
        ts.pitch = step->second.pitch;
      } else if (style.raw().get("step") && root->get("scale") && root->get("scale")->as_table()) {
        std::vector<std::string> hints = {"the steps are: "};
        for (std::size_t i = 0; i < steps.size(); ++i) hints.front() += (i ? ", " : "") + steps[i];
        if (const auto near = nearest(ts.step, steps)) hints.insert(hints.begin(), "did you mean '" + *near + "'?");
        diags.error(style.at("step"), "'" + field + ".step' names no step of the type scale: '" + ts.step + "'",
                    hints);
      }
      // Cells tighter than running text (grids, the number box) may set
      // their own leading; never their own size.
      if (style.raw().get("pitch")) {
        const Length pitch = style.length("pitch", true);
        if (pitch > 0) ts.pitch = pitch;
      }
      if (const toml::node* c = style.raw().get("color")) {
        ts.color = style.color_of(*c, style.raw().field("color"));
        spec.color_spans[style.raw().field("color")] = style.raw().span_of(*c);
      }
      if (auto features = style.raw().texts("features", "", Need::optional)) {
        for (const Text& f : *features) ts.features.push_back(f.value);
      }
      if (style.raw().get("face") && ts.face.empty()) {
        diags.error(style.at("face"), "'" + field + ".face' is empty", {"name one of the faces under [faces]"});
      } else if (!ts.face.empty() && !spec.faces.count(ts.face) && root->get("faces") &&
                 root->get("faces")->as_table() && !root->get("faces")->as_table()->contains(ts.face)) {
        diags.error(style.at("face"), "unknown face '" + ts.face + "'", {"define it under [faces]"});
      }
      // A composite font: the face that sets the style's Latin words.
      if (const toml::node* latin = style.raw().get("latin")) {
        ts.latin = style.text("latin", Need::optional);
        const toml::table* faces = root->get("faces") ? root->get("faces")->as_table() : nullptr;
        if (!latin->as_string()) {
          // text() has reported the wrong type.
        } else if (ts.latin.empty()) {
          diags.error(style.at("latin"), "'" + field + ".latin' is empty",
                      {"name one of the faces under [faces], or leave the key out to set Latin in the style's face"});
        } else if (!spec.faces.count(ts.latin) && faces && !faces->contains(ts.latin)) {
          diags.error(style.at("latin"), "'" + field + ".latin': unknown face '" + ts.latin + "'",
                      {"define it under [faces]"});
        }
      }
      // The pitch is baseline to baseline; below the type size the lines
      // of a paragraph overprint each other (JLREQ 2.4.2: 行送り = 文字サイズ + 行間, 行間 ≥ 0).
      if (ts.size > 0 && ts.pitch > 0 && ts.pitch < ts.size && style.raw().get("pitch")) {
        diags.error(style.at("pitch"), field + ": the line pitch " + describe(ts.pitch) +
                                           " is smaller than the type size " + describe(ts.size),
                    {"the pitch is the distance from baseline to baseline: at least the size"});
      }
      style.finish();
      *find_style(spec.styles, name) = ts;  // every required style is a member (layout_spec.h)
    }
    type->finish();
  }

  if (auto colors = r.raw().table("colors", "", Need::required)) {
    LayoutReader c(std::move(*colors), places);
    // Reported in the order the layouts list them (rule first), as before
    // the colours were typed.
    for (const char* name : {"rule", "label_fill", "category_fill", "heading_rule", "number_fill", "placeholder"}) {
      const toml::node* n = c.raw().get(name);
      if (!n) {
        c.raw().missing(name, "");
        continue;
      }
      Color Colors::*member = nullptr;
      for (const ColorKey& k : kColorKeys) member = std::string_view(name) == k.key ? k.member : member;
      spec.colors.*member = c.color_of(*n, c.raw().field(name));
      spec.color_spans[c.raw().field(name)] = c.raw().span_of(*n);
    }
    c.finish();
  }

  if (auto rules = section("rules")) {
    // Rules are visible (a 0 pt rule is the thinnest line a device can
    // draw, which a print shop cannot reproduce) and thin enough to stay
    // rules: a 500 pt one paints the whole page.
    auto rule = [&](const char* key) {
      const Length width = rules->length(key, true);
      if (width > kMaxRuleWidth) {
        diags.error(rules->at(key), "'rules." + std::string(key) + "' is " + describe(width) +
                                        "; a rule is at most " + describe(kMaxRuleWidth),
                    {"book rules are 0.1–1.5 pt wide"});
        return kMaxRuleWidth;
      }
      return width;
    };
    spec.rule_width = rule("width");
    spec.frame_rule_width = rule("frame");
    rules->finish();
  }
  if (auto s = section("spacing")) {
    spec.cell_padding = s->length("cell_padding");
    spec.block_gap = s->length("block_gap");
    spec.heading_gap = s->length("heading_gap");
    s->finish();
  }
  if (auto p = section("paragraphs")) {
    // Up to 4 em: a deeper indent is a block quotation, not a paragraph.
    spec.paragraph_indent_ems = p->ems("indent", 4 * kUnitsPerPoint);
    spec.paragraph_space = p->length("space");
    spec.paragraph_indent_first = p->boolean("indent_first", true);
    p->finish();
  }
  if (auto h = section("header")) {
    spec.header_number_width = h->length("number_width");
    spec.header_row_height = h->length("row_height");
    h->finish();
  }
  if (auto g = section("grid")) {
    spec.grid_row_height = g->length("row_height");
    spec.grid_padding = g->length("cell_padding");
    spec.grid_mark_width = g->length("mark_width", true);
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
    spec.photo_max_height = p->length("max_height", true);
    spec.photo_columns = p->integer("columns", 1, 4);
    spec.photo_gap = p->length("gap");
    spec.caption_gap = p->length("caption_gap");
    // Up to 500 megapixels and JPEG's own 65,535 pixels per side; the
    // defaults are far above any real photo and far below a bomb.
    spec.photo_max_pixels = p->integer("max_pixels", 1, 500'000'000, spec.photo_max_pixels);
    spec.photo_max_side = static_cast<int>(p->integer("max_side", 1, 65'535, spec.photo_max_side));
    p->finish();
    if (spec.photo_min_height > spec.photo_max_height) {
      diags.error(p->raw().span(), "photos.min_height is larger than photos.max_height");
    }
  }
  if (auto c = section("copyfit")) {
    spec.min_size = {c->length("min_size", true), c->at("min_size")};
    // Copyfitting never sets text below what a reader can read.
    if (spec.min_size > 0 && spec.min_size < kMinTypeSize) {
      diags.error(c->at("min_size"), "'copyfit.min_size' is " + describe(spec.min_size) + "; type is at least " +
                                         describe(kMinTypeSize),
                  {"smaller type cannot be read in print"});
    }
    // A fixed decrement (the old `step = "0.25pt"`) set copyfitted text at
    // sizes of no scale (8.75, 8.5, … pt): one typographic system per book.
    if (c->raw().get("step")) {
      diags.error(c->at("step"), "'copyfit.step' is no longer read: copyfitting sets text only at steps of the type scale",
                  {"list them under [copyfit], largest first, e.g. steps = [\"small\"]"});
    }
    spec.copyfit_steps = copyfit_steps(c->raw(), spec, diags);
    if (c->raw().get("warn_below")) spec.copyfit_warn_below = c->length("warn_below");
    spec.copyfit_steps_span = c->at("steps");
    c->finish();
  }
  if (auto f = section("footer")) {
    spec.footer_baseline = f->length("baseline");
    spec.running_title = f->text("running_title", Need::optional);
    f->finish();
  }
  if (auto c = section("composition")) {
    spec.hanging_punctuation = c->boolean("hanging_punctuation", false);
    spec.strict_kinsoku = c->boolean("strict_kinsoku", true);
    const std::string line_end = c->text("line_end_punctuation", Need::optional);
    if (line_end == "half-em") {
      spec.line_end_half_em = true;
    } else if (line_end != "solid" && !line_end.empty()) {
      diags.error(c->raw().span_of(*c->raw().get("line_end_punctuation")),
                  "'composition.line_end_punctuation' is \"" + line_end + "\"; it must be \"solid\" or \"half-em\"",
                  {"what 、。 and closing brackets keep at a line end (JLREQ 3.1.9): \"solid\" nothing, \"half-em\" their ½ em"});
    }
    c->finish();
  }
  if (auto l = section("labels")) {
    for (const char* name : kRequiredLabels) {
      const toml::node* n = l->raw().get(name);
      if (!n) {
        l->raw().missing(name, "");
      } else if (const auto* t = n->as_string()) {
        const Span at = l->raw().span_of(*n);
        Phrased phrased = parse_phrase_marks(t->get(), l->raw().file().locate_string(at.line, at.column, t->get()),
                                             l->raw().field(name), diags);
        Label& label = *find_label(spec.labels, name);  // every required key is a member (layout_spec.h)
        label.text = std::move(phrased.text);
        label.breaks = std::move(phrased.breaks);
        label.span = at;
        // The grids print nothing but these marks: an empty one leaves an
        // organization's ★ or ☆ out of the book without a word.
        const std::string_view key(name);
        if ((key == "primary_mark" || key == "secondary_mark") && is_blank_text(t->get())) {
          diags.error(l->raw().span_of(*n), "'labels." + std::string(key) + "' is empty",
                      {"the grids show an organization's choices only by this mark (★ and ☆ in the report)"});
        } else if ((key == "primary_mark" || key == "secondary_mark") && !has_visible_character(t->get())) {
          // A zero-width space or a lone variation selector is not blank
          // text, yet prints nothing either.
          diags.error(l->raw().span_of(*n), "'labels." + std::string(key) + "' has no visible character",
                      {"the grids show an organization's choices only by this mark (★ and ☆ in the report)"});
        }
      } else {
        l->raw().wrong_type(name, "", *n, "a string");
      }
    }
    // Optional: what ★ and ☆ mean in words, for the web edition's readers
    // who cannot see the glyphs (its structure tree's ActualText); the
    // defaults are the words of the report's legend (主となる…に★印,
    // 従となる…に☆印).
    for (const char* name : {"primary_mark_words", "secondary_mark_words"}) {
      if (const toml::node* n = l->raw().get(name)) {
        if (const auto* t = n->as_string()) {
          find_label(spec.labels, name)->text = t->get();
        } else {
          l->raw().wrong_type(name, "", *n, "a string");
        }
      }
    }
    // Optional: what follows a target's name where the mapping goes on
    // overleaf.
    if (const toml::node* n = l->raw().get("continued")) {
      if (const auto* t = n->as_string()) {
        const Span at = l->raw().span_of(*n);
        Phrased phrased = parse_phrase_marks(t->get(), l->raw().file().locate_string(at.line, at.column, t->get()),
                                             l->raw().field("continued"), diags);
        spec.labels.continued.text = std::move(phrased.text);
        spec.labels.continued.breaks = std::move(phrased.breaks);
      }
      else l->raw().wrong_type("continued", "", *n, "a string");
    }
    l->finish();
  }
  if (const toml::node* print = root->get("print")) {
    if (auto p = r.raw().table("print", "", Need::optional)) {
      LayoutReader pr(std::move(*p), places);
      spec.bleed = pr.length("bleed");
      spec.crop_marks = pr.boolean("crop_marks", false);
      read_print_intent(pr, folder, spec.print, diags);
      pr.finish();
    }
    (void)print;
  }
  if (auto f = section("front")) {
    (void)f->names("pages");  // reports a missing list or an element that is not a string
    const toml::node* pages = f->raw().get("pages");
    if (pages && pages->as_array()) {
      for (const auto& element : *pages->as_array()) {
        const auto* name = element.as_string();
        if (!name) continue;
        const std::optional<FrontPage> page = front_page_named(name->get());
        if (!page) {
          diags.error(f->raw().span_of(element), "unknown front-matter page '" + name->get() + "'",
                      {"the pages are: " + front_page_names()});
        } else if (std::find(spec.front_pages.begin(), spec.front_pages.end(), *page) != spec.front_pages.end()) {
          // A book has one cover and one table of contents.
          diags.error(f->raw().span_of(element), "front-matter page '" + name->get() + "' is listed twice");
        } else {
          spec.front_pages.push_back(*page);
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
    spec.counts_padding = f->length("counts_padding");
    spec.contents_number_width = f->length("contents_number_width");
    spec.contents_region_width = f->length("contents_region_width");
    spec.contents_page_width = f->length("contents_page_width");
    spec.cover_title_top = f->length("cover_title_top");
    spec.preface_line_length = f->integer("preface_line_length", 10, 200);
    f->finish();
  }
  if (auto m = section("mapping")) {
    spec.mapping_number_gap = m->length("number_gap");
    spec.mapping_entry_space = m->length("entry_space");
    m->finish();
  }
  if (auto s = section("spread")) {
    // Each block of the registry (block_kind.h) once, on one of the pages.
    (void)s->names("page1");  // reports a missing list or an element that is not a string
    (void)s->names("page2");
    std::vector<BlockKind> seen;
    for (const char* key : {"page1", "page2"}) {
      std::vector<BlockKind>& page = std::string_view(key) == "page1" ? spec.page1 : spec.page2;
      const toml::node* node = s->raw().get(key);
      if (!node || !node->as_array()) continue;
      for (const auto& element : *node->as_array()) {
        const auto* name = element.as_string();
        if (!name) continue;
        const std::optional<BlockKind> kind = block_named(name->get());
        if (!kind) {
          diags.error(s->raw().span_of(element), "unknown block '" + name->get() + "'",
                      {"the blocks are: " + block_names()});
          continue;
        }
        if (std::find(seen.begin(), seen.end(), *kind) != seen.end()) {
          diags.error(s->raw().span_of(element), "block '" + name->get() + "' is placed twice");
        }
        seen.push_back(*kind);
        page.push_back(*kind);
      }
    }
    for (const BlockInfo& block : kBlocks) {
      if (std::find(seen.begin(), seen.end(), block.kind) == seen.end()) {
        diags.error(s->raw().span(), "block '" + std::string(block.name) + "' is on neither page of the spread");
      }
    }
    s->finish();
  }
  if (auto t = section("template")) {
    // The block of each page that takes the room the page has left: a
    // table block (its rows grow) on that page.
    (void)t->names("fill");  // reports a missing list or an element that is not a string
    if (const toml::node* node = t->raw().get("fill"); node && node->as_array()) {
      const toml::array& fill = *node->as_array();
      if (fill.size() != 2) {
        diags.error(t->raw().span_of(*node), "'template.fill' names " + std::to_string(fill.size()) +
                                                  " blocks; it names one block for each page of the spread",
                    {"e.g. fill = [\"content\", \"results\"]"});
      }
      const std::vector<BlockKind>* pages[] = {&spec.page1, &spec.page2};
      for (std::size_t i = 0; i < fill.size() && i < 2; ++i) {
        const auto* name = fill[i].as_string();
        if (!name) continue;
        const std::optional<BlockKind> kind = block_named(name->get());
        if (!kind || !block_info(*kind).text_table ||
            std::find(pages[i]->begin(), pages[i]->end(), *kind) == pages[i]->end()) {
          diags.error(t->raw().span_of(fill[i]),
                      "'" + name->get() + "' cannot fill page " + std::to_string(i + 1) + " of the spread",
                      {"the fill block is a table block (" + block_names(true, " or ") + ") on page " +
                       std::to_string(i + 1)});
          continue;
        }
        spec.fill.push_back(*kind);
      }
    }
    // A row may grow to at most (1 + row_stretch_max) times its natural
    // height; 400 % would leave a one-line row four fifths empty, far past
    // any cap an editor would choose.
    spec.row_stretch_max = {t->percent("row_stretch_max", 400), t->at("row_stretch_max")};
    spec.foot_height = {t->length("foot_height"), t->at("foot_height")};
    spec.template_tolerance = {t->length("tolerance"), t->at("tolerance")};
    t->finish();
  }
  if (auto h = section("running_head")) {
    spec.running_head_baseline = h->length("baseline", true);
    const std::string style = h->text("style", Need::required);
    // Resolved here to its member of `styles`: a style that is no key of
    // [type], or one the layout did not give (reported at [type]), is
    // unknown.
    TypeSpec Styles::*member = nullptr;
    for (const StyleKey& k : kStyleKeys) member = style == k.key ? k.member : member;
    if (!style.empty() && (!member || (spec.styles.*member).span.line == 0)) {
      diags.error(h->at("style"), "unknown type style '" + style + "'",
                  {"name a style of [type], e.g. \"footer\""});
    } else if (!style.empty()) {
      spec.running_head_style = member;
      // The head sits in the top margin: below the paper's edge by its
      // size, above the type area.
      const Length size = (spec.styles.*member).size;
      if (spec.running_head_baseline < size || spec.running_head_baseline > spec.margin_top) {
        diags.error(h->at("baseline"),
                    "'running_head.baseline' (" + describe(spec.running_head_baseline) +
                        ") puts the running head outside the top margin",
                    {"it is measured from the page's top edge: between the style's size (" + describe(size) +
                     ") and the top margin (" + describe(spec.margin_top) + ")"});
      }
    }
    h->finish();
  }
  r.finish();
  check_layout_values(spec, places, top.span(), diags);
  return spec;
}

}  // namespace casebook
