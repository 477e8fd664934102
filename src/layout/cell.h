#pragma once

#include <optional>
#include <string>

#include "layout/context.h"
#include "layout/frame.h"
#include "text/display.h"

namespace casebook {

enum class Align { left, center, right };

/// A table cell's content set but not yet placed: rows first measure all
/// their cells, then place them at the row's height.
struct CellContent {
  FrameKind kind = FrameKind::none;
  SetText text;
  Color color;
  Length padding = 0;
  Align align = Align::left;
  bool middle = false;  ///< centred vertically in the row (labels, marks)
  /// Continues the cell before it (a column of a flowing list): no rule
  /// between them.
  bool continues = false;
  std::optional<Color> fill;
  Span source;
  std::string alt;  ///< Frame::alt
  Length type_size = 0, layout_size = 0;
  Length measure = 0;

  /// The height the content needs: its lines on their pitch plus padding.
  Length height() const { return text.height + 2 * padding; }
};

/// Sets `text` for a cell `width` wide in type style `style` at `size`
/// (TypeSize{}: the style's own), with `padding` inside (-1: the layout's cell
/// padding); `ragged` sets no line stretched, `balance` makes wrapped
/// lines about equally long (for centred labels); `prose` sets a long text
/// field's paragraphs as the layout's [paragraphs] says (字下げ, space
/// between blocks), which labels and one-line values do not get;
/// `first_indented` false sets the first paragraph flush (a form's cell).
CellContent set_cell(const LayoutContext& ctx, FrameKind kind, const RichText& text, const TypeSpec& style,
                     Length width, TypeSize size = {}, Length padding = -1, bool ragged = false,
                     bool balance = false, bool prose = false, bool first_indented = true);

/// Sets a label, a grid name or a display line for a cell `width` wide:
/// broken only where `text` allows (its '\n' and phrase marks, see
/// set_display_text), every line at its natural width, never justified;
/// `size` and `padding` as for set_cell.
CellContent set_display_cell(const LayoutContext& ctx, FrameKind kind, const Phrased& text, const TypeSpec& style,
                             Length width, TypeSize size = {}, Length padding = -1);

/// Sets an organization's name for a cell `width` wide (the header, the
/// contents, 団体概要): a display line at its natural width, broken only
/// where LayoutContext::name_phrases() allows, never inside a word. A name
/// that must wrap where it has no such place is a warning at the name (it
/// is then broken where it must): the data should mark it with '|'.
CellContent set_name_cell(const LayoutContext& ctx, FrameKind kind, const Text& name,
                          const std::vector<std::size_t>& breaks, const TypeSpec& style, Length width,
                          TypeSize size = {});

/// Places a cell at `rect` (its height the row's): its fill, and its lines
/// from the top (or centred when `middle`).
Frame place_cell(const CellContent& cell, const Rect& rect);

}  // namespace casebook
