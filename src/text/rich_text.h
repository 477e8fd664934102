#pragma once

#include <vector>

#include "base/diagnostic.h"
#include "data/model.h"
#include "text/paragraph.h"

namespace casebook {

/// How a long text field is set: from the layout.
struct RichTextStyle {
  TextStyle body;
  TextStyle subhead;
  /// Distance between baselines, the same for every line (JLREQ's fixed
  /// line pitch, 行送り).
  Length line_pitch = 0;
  /// Extra space between blocks (paragraphs, items, sub-heads).
  Length block_space = 0;
  /// The first line of a paragraph starts this far in (字下げ): with it a
  /// paragraph break shows even after a full line. Items, their
  /// continuations and sub-heads are not indented.
  Length paragraph_indent = 0;
  /// Whether the text's first block, when a paragraph, is indented too.
  /// Japanese prose indents every paragraph; a form's cell sets a lone
  /// paragraph flush, the indent being what shows a second one.
  bool indent_first_paragraph = true;
  /// Space between a list item's marker and its text.
  Length marker_gap = 0;
  ParagraphOptions options;  ///< measure and breaking options
};

/// One set line of a text block, placed in the block: `x` of its left edge
/// and `baseline` from the block's top.
struct PlacedLine {
  SetLine line;
  Length x = 0;
  Length baseline = 0;
  Span span;  ///< where the block this line belongs to was typed
  bool marker = false;  ///< the line is a list item's marker
};

/// A long text field set at a measure.
struct SetText {
  std::vector<PlacedLine> lines;
  /// From the block's top to the last line's descent: the line count
  /// times the pitch (plus block spaces).
  Length height = 0;
  int line_count = 0;  ///< text lines, markers not counted
};

/// Where a line's baseline sits inside one line pitch, from its top.
Length baseline_in_pitch(const RichTextStyle& style);

/// Sets the blocks of a RichText: paragraphs at the full measure, their
/// first line indented by `paragraph_indent`; items with a hanging indent
/// (the marker at the left, every line of the text indented by the
/// marker's width plus `marker_gap`; an item with no marker starts its
/// first line at the left and indents the others by one em), and a
/// paragraph continuing an item indented as the item's text; sub-heads in
/// the sub-head style. Every line sits on the fixed pitch: line k's baseline is
/// at (k + ascent share) × pitch from the top.
SetText set_rich_text(const RichText& text, const RichTextStyle& style, Diagnostics& diags);

}  // namespace casebook
