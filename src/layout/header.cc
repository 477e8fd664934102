#include <cstdio>

#include "layout/blocks.h"
#include "layout/table.h"

namespace casebook {

namespace {

RichText plain(const Text& t) {
  RichText r;
  r.span = t.span;
  r.blocks.push_back(Block{Block::Kind::paragraph, "", t.value, t.span});
  return r;
}

}  // namespace

Frame layout_header(const LayoutContext& ctx, const Organization& org, Length x, Length y, Length width) {
  const LayoutSpec& s = ctx.spec;
  const Length number_width = s.header_number_width;
  // The values start where those of (1), (2) and 団体概要 start.
  const Length label_width = s.table_label_width - number_width;
  const Length value_width = width - number_width - label_width;

  // 取組地域: the prefectures, then the rest as printed.
  Text region = org.region.area;
  std::string prefectures;
  for (const Text& p : org.region.prefectures) prefectures += (prefectures.empty() ? "" : "、") + p.value;
  region.value = prefectures + " " + org.region.area.value;

  struct Row {
    const Label& label;
    const Text& value;
    const TypeSpec& style;
    FrameKind kind;
  };
  const Row rows[] = {{s.labels.name, org.name, ctx.spec.styles.name, FrameKind::header_name},
                      {s.labels.region, region, ctx.spec.styles.header, FrameKind::header_region},
                      {s.labels.title, org.title, ctx.spec.styles.header, FrameKind::header_title}};
  std::vector<std::vector<CellContent>> cells;
  std::vector<std::vector<Length>> widths;
  for (const Row& row : rows) {
    CellContent label = set_display_cell(ctx, FrameKind::header_label, phrased_label(row.label), ctx.spec.styles.label, label_width);
    label.fill = ctx.spec.colors.label_fill;
    label.middle = true;
    // The name breaks, if it must, only between its phrases.
    CellContent value = row.kind == FrameKind::header_name
                            ? set_name_cell(ctx, row.kind, org.name, org.name_breaks, row.style, value_width)
                            : set_cell(ctx, row.kind, plain(row.value), row.style, value_width);
    value.middle = true;
    cells.push_back({label, value});
    widths.push_back({label_width, value_width});
  }
  Frame table = place_table(ctx, FrameKind::header_rows, cells, widths, x + number_width, y, s.header_row_height);

  // The number box, as high as the rows.
  Frame number;
  number.kind = FrameKind::header_number;
  number.rect = Rect{x, y, number_width, table.rect.height};
  number.source = {org.path, org.number_span.line, org.number_span.column};
  number.boxes.push_back(Box{number.rect, ctx.spec.colors.number_fill, 0, {}, false});
  char digits[8];
  std::snprintf(digits, sizeof digits, "%02d", org.number);
  // Three digits and more (a book of 100 organizations or more) are set
  // smaller, as much as the box needs, rather than run out of it. Located
  // at the record's `number`, so anything still wrong is reported there.
  Length size = ctx.spec.styles.number.size;
  {
    Diagnostics scratch;
    LayoutContext quiet{ctx.spec, ctx.faces, ctx.taxonomy, scratch, ctx.data_dir};
    quiet.cache = ctx.cache;
    const CellContent wide = set_cell(quiet, FrameKind::header_number, label_text(digits), ctx.spec.styles.number, 16 * number_width);
    const Length natural = wide.text.lines.empty() ? 0 : wide.text.lines.front().line.width;
    const Length measure = number_width - 2 * wide.padding;
    if (natural > measure && measure > 0) size = scale(size, measure, natural) - 1;
  }
  CellContent n =
      set_cell(ctx, FrameKind::header_number, label_text(digits, number.source), ctx.spec.styles.number, number_width, size);
  n.align = Align::center;
  n.middle = true;
  Frame placed = place_cell(n, number.rect);
  number.lines = placed.lines;

  Frame header;
  header.kind = FrameKind::header;
  header.rect = Rect{x, y, width, table.rect.height};
  header.children.push_back(std::move(number));
  header.children.push_back(std::move(table));
  return header;
}

Frame layout_heading(const LayoutContext& ctx, const std::string& text, Length x, Length y, Length width) {
  // A heading is a display line: never justified, broken only by sense.
  CellContent c = set_display_cell(ctx, FrameKind::heading, phrased_text(text), ctx.spec.styles.heading, width + 2 * ctx.spec.cell_padding);
  c.padding = 0;
  Frame f = place_cell(c, Rect{x, y, width, c.text.height});
  f.rect.height = c.text.height + ctx.spec.heading_gap;
  const Length rule_y = y + c.text.height;
  f.rules.push_back(Rule{x, rule_y, x + width, rule_y, ctx.spec.frame_rule_width, ctx.spec.colors.heading_rule});
  return f;
}

}  // namespace casebook
