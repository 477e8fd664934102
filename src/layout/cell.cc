#include "layout/cell.h"

namespace casebook {

CellContent set_cell(const LayoutContext& ctx, FrameKind kind, const RichText& text, const TypeSpec& style,
                     Length width, TypeSize size, Length padding, bool ragged, bool balance, bool prose,
                     bool first_indented) {
  CellContent c;
  c.kind = kind;
  c.padding = padding >= 0 ? padding : ctx.spec.cell_padding;
  c.measure = width - 2 * c.padding;
  RichTextStyle rs = ctx.style(style, c.measure, size);
  rs.options.ragged = ragged;
  if (prose) {
    rs.paragraph_indent = scale(rs.body.size, ctx.spec.paragraph_indent_ems, kUnitsPerPoint);
    rs.block_space = ctx.spec.paragraph_space;
    rs.indent_first_paragraph = first_indented;
  }
  c.text = set_rich_text(text, rs, ctx.diags);
  if (balance && c.text.line_count >= 2) {
    // Balanced lines for a wrapped label (ひきこもりの / 状態にある人 rather
    // than ひきこもりの状態に / ある人): the narrowest measure that keeps the
    // line count, found by bisection.
    Diagnostics scratch;
    Length low = c.measure / 2, high = c.measure;
    while (high - low > pt(0.25)) {
      const Length mid = (low + high) / 2;
      rs.options.measure = mid;
      if (set_rich_text(text, rs, scratch).line_count == c.text.line_count) {
        high = mid;
      } else {
        low = mid;
      }
    }
    rs.options.measure = high;
    c.text = set_rich_text(text, rs, ctx.diags);
  }
  c.color = style.color;
  c.source = text.span;
  c.type_size = rs.body.size;
  c.layout_size = style.size;
  return c;
}

CellContent set_display_cell(const LayoutContext& ctx, FrameKind kind, const Phrased& text, const TypeSpec& style,
                             Length width, TypeSize size, Length padding) {
  CellContent c;
  c.kind = kind;
  c.padding = padding >= 0 ? padding : ctx.spec.cell_padding;
  c.measure = width - 2 * c.padding;
  const RichTextStyle rs = ctx.style(style, c.measure, size);
  c.text = set_display_text(text.text, text.breaks, rs, text.span, ctx.diags);
  c.color = style.color;
  c.source = text.span;
  c.type_size = rs.body.size;
  c.layout_size = style.size;
  return c;
}

CellContent set_name_cell(const LayoutContext& ctx, FrameKind kind, const Text& name,
                          const std::vector<std::size_t>& breaks, const TypeSpec& style, Length width,
                          TypeSize size) {
  const Phrased phrases = ctx.name_phrases(name, breaks);
  CellContent c = set_display_cell(ctx, kind, phrases, style, width, size);
  // With places to break, the display setter chose among them (and warned
  // if a piece between them is too wide); with none, it broke the name
  // wherever it had to.
  if (c.text.line_count > 1 && phrases.breaks.empty()) {
    const std::string message = "the name '" + name.value + "' is wider than its place and has no phrase mark; it is "
                                "broken inside a word";
    bool said = false;
    for (const Diagnostic& d : ctx.diags.items()) said = said || (d.span == name.span && d.message == message);
    if (!said) {
      ctx.diags.warning(name.span, message, {"mark where it may break with '|', e.g. \"みなと|計画\""});
      ctx.diags.tag("display-phrase-too-wide");
    }
  }
  return c;
}

Frame place_cell(const CellContent& cell, const Rect& rect) {
  Frame f;
  f.kind = cell.kind;
  f.rect = rect;
  f.source = cell.source;
  f.alt = cell.alt;
  f.type_size = cell.type_size;
  f.layout_size = cell.layout_size;
  f.text_lines = cell.text.line_count;
  if (cell.fill) f.boxes.push_back(Box{rect, cell.fill, 0, {}, false});
  Length top = rect.y + cell.padding;
  if (cell.middle) top = rect.y + (rect.height - cell.text.height) / 2;
  for (const PlacedLine& placed : cell.text.lines) {
    Length x = rect.x + cell.padding + placed.x;
    if (cell.align == Align::center && !placed.marker) x += (cell.measure - placed.x - placed.line.width) / 2;
    if (cell.align == Align::right && !placed.marker) x += cell.measure - placed.x - placed.line.width;
    f.lines.push_back(TextLine{x, top + placed.baseline, placed.line, cell.color, placed.span, placed.marker});
  }
  return f;
}

}  // namespace casebook
