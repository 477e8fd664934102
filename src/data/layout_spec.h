#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
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
  /// Named type styles: body, label, heading, …, each on a step of `scale`.
  std::map<std::string, TypeSpec> type;
  /// Named colours: rule, label_fill, heading_fill, …
  std::map<std::string, Color> colors;
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
  /// the ★/☆ marks. A label may hold several lines ("\n").
  std::map<std::string, std::string> labels;
  /// Where each label is given, so a mark that does not fit its cell is
  /// reported at its own line.
  std::map<std::string, Span> label_spans;
  /// Where each label's phrase marks stood (data/README.md, "Where a label
  /// may break"): byte offsets into the label's text.
  std::map<std::string, std::vector<std::size_t>> label_breaks;

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
  /// organization's number and name, in type style `running_head_style`,
  /// its baseline `running_head_baseline` below the page's top edge, set
  /// flush with the outer edge of the type area.
  Length running_head_baseline = 0;
  std::string running_head_style;
};

}  // namespace casebook
