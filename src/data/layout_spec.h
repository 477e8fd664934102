#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/font_file.h"
#include "base/length.h"
#include "base/span.h"
#include "base/spanned.h"
#include "data/block_kind.h"

namespace casebook {

/// Copyfitting tries at most this many sizes per text block below the
/// body size: load_layout() refuses a longer copyfit.steps, and
/// layout/copyfit.h bounds its loop by it.
inline constexpr std::size_t kMaxCopyfitSteps = 64;

/// A colour as the layout file gives it: device RGB, or CMYK for print.
struct Color {
  bool cmyk = false;
  double v[4] = {0, 0, 0, 0};  ///< r g b (0–1), or c m y k (0–1)

  friend bool operator==(const Color&, const Color&) = default;
};

/// The print edition's PDF/X claim and output condition ([print] of the
/// layout; used only by `--edition print`). The web edition ignores it.
struct PrintIntent {
  /// "PDF/X-4" (ISO 15930-7:2010), the only conformance casebook writes;
  /// empty: the print edition is CMYK but claims no PDF/X conformance.
  std::string conformance;
  /// The CMYK output profile (an ICC file, checked at load to be a CMYK
  /// output profile), resolved against the layout's folder; empty: none.
  std::string output_profile;
  /// OutputCondition and OutputConditionIdentifier of the OutputIntent
  /// (ISO 15930-7 6.2.4): the printing condition in words, and its name
  /// in the registry `registry_name` ("JC200103" at http://www.color.org),
  /// or "Custom" for one known only by the embedded profile.
  std::string output_condition;
  std::string output_condition_identifier = "Custom";
  std::string registry_name;
  /// Photos whose effective resolution at their placed size is below
  /// this are a lint warning; 0: not checked.
  int min_image_ppi = 0;
  Span conformance_span, output_profile_span;
};

/// One step of the layout's type scale: a size and its line pitch.
struct ScaleStep {
  std::string name;  ///< its key under [scale]
  Length size = 0;
  Length pitch = 0;  ///< distance between baselines
  Span span;         ///< where it was defined
};

/// A named type style: face, size, line pitch, colour. The size is always
/// one of the scale's (`step`); the pitch is the step's unless the style
/// gives its own.
struct TypeSpec {
  std::string face;  ///< a key of LayoutSpec::faces
  /// The face of Latin words (a composite font, 合成フォント), "" for
  /// `face`; a key of LayoutSpec::faces.
  std::string latin;
  std::string step;  ///< a key of LayoutSpec::scale
  Length size = 0;   ///< the step's size
  Length pitch = 0;  ///< distance between baselines
  Color color;
  /// OpenType features for HarfBuzz, e.g. "-liga" (the faces have no GPOS:
  /// spacing is casebook's own JLREQ code, not palt/kern).
  std::vector<std::string> features;
  Span span;         ///< where it was defined
};

/// One of the words printed on the form (a block heading, a row label, a
/// mark), as the layout gives it under [labels].
struct Label {
  std::string text;  ///< several lines are separated by '\n'
  /// Where its phrase marks stood (data/README.md, "Where a label may
  /// break"): byte offsets into `text`.
  std::vector<std::size_t> breaks;
  /// Where it is given, so a mark that does not fit its cell is reported
  /// at its own line (line 0: a default, not written in the layout).
  Span span;
};

/// The form's labels, one member per key of [labels]: the layout stage
/// reads `spec.labels.purpose`, never a name. Every key the layout must
/// give (load_layout.h kRequiredLabels) is one of them, so an unknown or
/// missing name is a diagnostic at load.
struct Labels {
  Label activities_heading, targets_heading, content_heading, results_heading, photos_heading, profile_heading;
  Label name, region, title;               ///< the header's rows
  Label purpose, audience, description;    ///< (1)'s rows
  Label partners, outreach, outcomes;      ///< (2)'s rows
  Label profile_name, representative, founded, staff, address, website, message;  ///< 団体概要's rows
  Label no_website;  ///< 団体概要's website row when the record has none
  Label no_photo;    ///< the photo placeholder (proof only)
  Label primary_mark, secondary_mark;  ///< ★ and ☆ in the grids
  /// What ★ and ☆ mean in words, for readers who cannot see the glyphs
  /// (the web edition's ActualText); optional, the report's legend by
  /// default (主となる…に★印, 従となる…に☆印).
  Label primary_mark_words{"主となる", {}, {}};
  Label secondary_mark_words{"従となる", {}, {}};
  /// What follows a target's name where the mapping goes on overleaf
  /// (optional).
  Label continued{"（続き）", {}, {}};
};

/// The layout's type styles, one member per key of [type] (all required,
/// load_layout.h kRequiredTypeStyles): the layout stage sets text in
/// `spec.styles.body`, never in a style looked up by name.
struct Styles {
  TypeSpec body;      ///< every text a reader reads
  TypeSpec caption;   ///< photo captions
  TypeSpec category;  ///< a grid's category rows
  TypeSpec cover;     ///< the cover's smaller lines
  TypeSpec footer;    ///< the folio and the running title
  TypeSpec grid;      ///< the grids' item names
  TypeSpec header;    ///< the header's 取組地域 and 取組名
  TypeSpec heading;   ///< block headings
  TypeSpec label;     ///< the tables' label column
  TypeSpec mark;      ///< ★ and ☆
  TypeSpec message;   ///< 団体概要's メッセージ row
  TypeSpec name;      ///< the organization's name in the header
  TypeSpec number;    ///< the organization's number
  TypeSpec profile;   ///< 団体概要's rows, the contents
  TypeSpec target;    ///< the target grid's names, the mapping's entries
  TypeSpec title;     ///< the cover's title
};

/// A key of [type] and the member of Styles it fills.
struct StyleKey {
  const char* key;
  TypeSpec Styles::*member;
};

/// Every key of [type], in the order of their names (the order the
/// print edition lists a style's colour conversion in).
inline constexpr StyleKey kStyleKeys[] = {
    {"body", &Styles::body},
    {"caption", &Styles::caption},
    {"category", &Styles::category},
    {"cover", &Styles::cover},
    {"footer", &Styles::footer},
    {"grid", &Styles::grid},
    {"header", &Styles::header},
    {"heading", &Styles::heading},
    {"label", &Styles::label},
    {"mark", &Styles::mark},
    {"message", &Styles::message},
    {"name", &Styles::name},
    {"number", &Styles::number},
    {"profile", &Styles::profile},
    {"target", &Styles::target},
    {"title", &Styles::title},
};

/// The member of `styles` for key `key` of [type]; null for no such key
/// (for the loader and the glyph-coverage check, which name styles).
inline TypeSpec* find_style(Styles& styles, std::string_view key) {
  for (const StyleKey& k : kStyleKeys) {
    if (key == k.key) return &(styles.*k.member);
  }
  return nullptr;
}
inline const TypeSpec* find_style(const Styles& styles, std::string_view key) {
  for (const StyleKey& k : kStyleKeys) {
    if (key == k.key) return &(styles.*k.member);
  }
  return nullptr;
}

/// The form's colours, one member per key of [colors] (all required).
struct Colors {
  Color category_fill;  ///< behind a grid's category row
  Color heading_rule;   ///< under a block's heading
  Color label_fill;     ///< behind the label column of the tables
  Color number_fill;    ///< behind the organization's number
  Color placeholder;    ///< the photo placeholder's frame and words (proof only)
  Color rule;           ///< table rules and frames
};

/// A key of [colors] and the member of Colors it fills.
struct ColorKey {
  const char* key;
  Color Colors::*member;
};

/// Every key of [colors], in the order of their names (the order the
/// print edition lists its conversions in).
inline constexpr ColorKey kColorKeys[] = {
    {"category_fill", &Colors::category_fill}, {"heading_rule", &Colors::heading_rule},
    {"label_fill", &Colors::label_fill},       {"number_fill", &Colors::number_fill},
    {"placeholder", &Colors::placeholder},     {"rule", &Colors::rule},
};

/// A key of [labels] and the member of Labels it fills.
struct LabelKey {
  const char* key;
  Label Labels::*member;
};

/// Every key of [labels], the one table from the file's names to the
/// typed labels (used by the loader only).
inline constexpr LabelKey kLabelKeys[] = {
    {"activities_heading", &Labels::activities_heading},
    {"targets_heading", &Labels::targets_heading},
    {"content_heading", &Labels::content_heading},
    {"results_heading", &Labels::results_heading},
    {"photos_heading", &Labels::photos_heading},
    {"profile_heading", &Labels::profile_heading},
    {"name", &Labels::name},
    {"region", &Labels::region},
    {"title", &Labels::title},
    {"purpose", &Labels::purpose},
    {"audience", &Labels::audience},
    {"description", &Labels::description},
    {"partners", &Labels::partners},
    {"outreach", &Labels::outreach},
    {"outcomes", &Labels::outcomes},
    {"profile_name", &Labels::profile_name},
    {"representative", &Labels::representative},
    {"founded", &Labels::founded},
    {"staff", &Labels::staff},
    {"address", &Labels::address},
    {"website", &Labels::website},
    {"message", &Labels::message},
    {"no_website", &Labels::no_website},
    {"no_photo", &Labels::no_photo},
    {"primary_mark", &Labels::primary_mark},
    {"secondary_mark", &Labels::secondary_mark},
    {"primary_mark_words", &Labels::primary_mark_words},
    {"secondary_mark_words", &Labels::secondary_mark_words},
    {"continued", &Labels::continued},
};

/// The member of `labels` for key `key` of [labels]; null for no such key.
inline Label* find_label(Labels& labels, std::string_view key) {
  for (const LabelKey& k : kLabelKeys) {
    if (key == k.key) return &(labels.*k.member);
  }
  return nullptr;
}

/// Everything about how a spread looks; the code knows the kinds of blocks,
/// this gives every position, size, face, colour and rule. A second layout
/// is a second file, never a code change.
struct LayoutSpec {
  std::string path;
  std::string name;

  // The page and its content area.
  Length page_width = 0, page_height = 0;
  Length margin_top = 0, margin_bottom = 0, margin_inner = 0, margin_outer = 0;
  /// Each organization's two pages face each other in print (its first
  /// page a left-hand page); a blank page is inserted where needed.
  bool facing_spreads = false;

  /// Print: bleed around the trim, and Japanese crop marks (トンボ) with
  /// corner and centre marks. TrimBox and BleedBox are set on every page.
  Length bleed = 0;
  bool crop_marks = false;
  /// [print] conformance, output profile and image resolution of the
  /// print edition.
  PrintIntent print;

  /// Face name → font file (resolved against the layout file's folder)
  /// and, in a collection, the face's index.
  std::map<std::string, FontFile> faces;
  /// Where each face's file is named, so a font that will not load is
  /// reported at that line.
  std::map<std::string, Span> face_spans;
  /// The type scale: the only sizes the book is set in, by name.
  std::map<std::string, ScaleStep> scale;
  /// The type styles (body, label, heading, …), each on a step of `scale`.
  Styles styles;
  /// The form's colours ([colors]), each resolved at load to its member.
  Colors colors;
  /// Where each colour is given, by field ("colors.rule",
  /// "type.heading.color"), so the print edition's colour rule can point at it.
  std::map<std::string, Span> color_spans;

  Length rule_width = 0;      ///< table rules
  Length frame_rule_width = 0;  ///< outer frames of tables and boxes
  Length cell_padding = 0;    ///< inside every table cell
  Length block_gap = 0;       ///< between the blocks of a page
  Length heading_gap = 0;     ///< between a block's heading and its table
  /// The long text fields' paragraphs ((1), (2), the message, はじめに):
  /// the first line's indent (字下げ) in ems of the text's size, as a
  /// fixed-point number (kUnitsPerPoint = 1 em), and the space between
  /// the blocks of a field.
  Length paragraph_indent_ems = 0;
  bool paragraph_indent_first = true;  ///< [paragraphs] indent_first: a cell's first paragraph indented too
  Length paragraph_space = 0;

  // Header: number box and the 団体名 / 取組地域 / 取組名 rows. Their
  // label column is what table_label_width leaves beside the number box.
  Length header_number_width = 0;
  Length header_row_height = 0;

  // The ★/☆ grids.
  Length grid_row_height = 0;
  Length grid_padding = 0;  ///< inside the grids' cells
  Length grid_mark_width = 0;
  int target_columns = 9;
  Length target_name_height = 0;  ///< the target name cells (two or three lines)

  /// The label column of the header (number box included), of (1) and (2)
  /// and of 団体概要: one width, so that their value columns start on one
  /// vertical line down the spread.
  Length table_label_width = 0;

  // (3) photos.
  Length photo_min_height = 0;
  Length photo_max_height = 0;
  int photo_columns = 2;
  Length photo_gap = 0;
  Length caption_gap = 0;
  /// The largest photo accepted, checked from its header before decoding
  /// (a decompression bomb declares a huge image in a small file).
  std::int64_t photo_max_pixels = 50'000'000;
  int photo_max_side = 20'000;

  /// Copyfitting: the sizes a text block that does not fit its page steps
  /// down through, largest first, each a step of `scale` smaller than the
  /// body (copyfit.steps) and none below `min_size`. A block set on one
  /// takes its size and its line pitch.
  std::vector<ScaleStep> copyfit_steps;
  /// copyfit.warn_below: a block set more than this below its nominal size
  /// is a warning (build, lint), not a note: the reader will see it.
  Length copyfit_warn_below = kUnitsPerPoint;
  /// Where copyfit.steps is written (line 0: the layout has no [copyfit]).
  Span copyfit_steps_span;
  Spanned<Length> min_size = 0;

  // Footer.
  Length footer_baseline = 0;  ///< from the page's bottom edge
  std::string running_title;   ///< printed in the footer when not empty

  // Text composition.
  bool hanging_punctuation = false;
  bool strict_kinsoku = true;
  /// [composition] line_end_punctuation: "half-em" keeps the ½ em after
  /// 、。」 at a line end, "solid" (the default) drops it.
  bool line_end_half_em = false;

  /// The words printed on the form itself: block headings, row labels,
  /// the ★/☆ marks, each resolved at load to its member.
  Labels labels;

  /// The front matter's pages, in order: cover, preface, counts,
  /// contents, mapping (any may be left out).
  std::vector<FrontPage> front_pages;
  /// Front matter numbered i, ii, … (true) or not at all.
  bool front_roman = true;
  /// 取組の種類と対象: leave out items no organization has as its ★.
  bool hide_zero_counts = false;
  /// 全体マッピング: entries a cell holds in one column before it flows
  /// into another.
  int mapping_entries_per_column = 8;
  Length mapping_label_width = 0;
  /// [mapping]: the space between an entry's number and its name (the
  /// name's lines hang there), and between two entries of a list.
  Length mapping_number_gap = 0;
  Length mapping_entry_space = 0;
  /// 取組の種類と対象 (the counts page): the inner space of its cells, between
  /// a name or a count and the rules around it.
  Length counts_padding = 0;
  Length contents_number_width = 0;
  Length contents_region_width = 0;
  Length contents_page_width = 0;
  Length cover_title_top = 0;  ///< from the page's top edge to the title
  /// はじめに's 字詰め: the characters of its body size a line holds (JLREQ
  /// #considerations_in_designing_the_kihonhanmen: about 40 at most in
  /// horizontal writing); its lines are that many ems long, the block
  /// centred in the content width.
  int preface_line_length = 0;

  /// The blocks of each page of a spread, top to bottom.
  std::vector<BlockKind> page1;
  std::vector<BlockKind> page2;
  /// Every page of a spread ends on the bottom margin: the room a page has
  /// left goes to the table of its fill block (fill[0] on page 1, fill[1]
  /// on page 2), each row growing below its text in proportion to its
  /// natural height, by at most `row_stretch_max` times that height, and
  /// the last row taking what the cap leaves; the blocks after it move to
  /// the foot.
  std::vector<BlockKind> fill;
  /// [template] row_stretch_max, a ratio in fixed point (kUnitsPerPoint =
  /// 1, i.e. 100 %).
  Spanned<Length> row_stretch_max = 0;
  /// A page's last block, when it comes after the fill block, is at least
  /// this tall where the page has the room (its table grows to it), so it
  /// starts at the same height on every spread; text that needs more grows
  /// upward.
  Spanned<Length> foot_height = 0;
  /// How far a block may start from its template position before the
  /// spread says so (a note).
  Spanned<Length> template_tolerance = 0;

  /// The running head (柱) on the second page of a spread: the
  /// organization's number and name, in the type style
  /// [running_head] style names (resolved at load to its member of
  /// `styles`), its baseline `running_head_baseline` below the page's top
  /// edge, set flush with the outer edge of the type area.
  Length running_head_baseline = 0;
  TypeSpec Styles::*running_head_style = &Styles::body;
};

}  // namespace casebook
