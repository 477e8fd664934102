#include "text/rich_text.h"

#include <algorithm>

#include "base/utf8.h"
#include "text/compose.h"

namespace casebook {

// The em box centred on the pitch, the baseline 0.88 em below the em box's
// top (the ideographic em box of BIZ UD faces spans 0.88 em above and 0.12
// em below it).
Length baseline_in_pitch(const RichTextStyle& style) {
  const Length em = style.body.size;
  return (style.line_pitch - em) / 2 + scale(em, 88, 100);
}

SetText set_rich_text(const RichText& text, const RichTextStyle& style, Diagnostics& diags) {
  SetText out;
  Length top = 0;
  const Length baseline = baseline_in_pitch(style);
  // The text indent of the last list item: its continuations align with it.
  Length item_indent = 0;
  for (std::size_t b = 0; b < text.blocks.size(); ++b) {
    const Block& block = text.blocks[b];
    if (b > 0) top += style.block_space;
    const TextStyle& run_style = block.kind == Block::Kind::subhead ? style.subhead : style.body;

    Length indent = 0;
    if (block.kind == Block::Kind::item) {
      // The marker is set like text (so ・ gets its JLREQ quarter ems) and
      // the item's lines hang after it.
      ParagraphOptions marker_options = style.options;
      marker_options.measure = style.options.measure;
      Length marker_width = 0;
      if (!block.marker.empty()) {
        SetParagraph marker = set_paragraph({TextRun{block.marker, run_style, block.span}}, marker_options, diags);
        if (!marker.lines.empty()) {
          marker_width = marker.lines.front().width;
          out.lines.push_back(PlacedLine{marker.lines.front(), 0, top + baseline, block.span, true});
        }
      }
      indent = std::max(marker_width + style.marker_gap, run_style.size);
      item_indent = indent;
    } else if (block.continues_item) {
      indent = item_indent;
    } else {
      item_indent = 0;
    }

    ParagraphOptions options = style.options;
    options.measure = style.options.measure - indent;
    // 字下げ: a paragraph's first line starts one indent in (in Japanese
    // text usually one full-width character), so that a paragraph break
    // shows even after a full line. Never more than half the measure.
    const bool indent_first = block.kind == Block::Kind::paragraph && !block.continues_item &&
                              (b > 0 || style.indent_first_paragraph);
    options.first_line_indent = indent_first ? std::min(style.paragraph_indent, options.measure / 2) : 0;
    // An item with no printed marker hangs: its first line starts at the
    // edge, its other lines and continuations one indent in, so that where
    // an item starts shows as it does after a marker.
    if (block.kind == Block::Kind::item && block.marker.empty()) options.first_line_indent = -indent;
    Span text_span = block.span;
    if (text_span.line > 0 && block.kind != Block::Kind::paragraph) {
      // The text starts after the marker ("・", "# ", "- ", "1. ") on the line.
      const std::size_t typed_marker = block.marker.empty() ? 2 : utf8::length(block.marker);
      text_span.column += static_cast<int>(typed_marker);
    }
    SetParagraph paragraph = set_paragraph({TextRun{block.text, run_style, text_span}}, options, diags);
    for (SetLine& line : paragraph.lines) {
      const Length x = indent + (line.index == 0 ? options.first_line_indent : 0);
      out.lines.push_back(PlacedLine{std::move(line), x, top + baseline, block.span, false});
      top += style.line_pitch;
      ++out.line_count;
    }
  }
  out.height = top;
  return out;
}

}  // namespace casebook
