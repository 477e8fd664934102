#include "layout/blocks.h"
#include "layout/table.h"

namespace casebook {

namespace {

struct Row {
  const Label& label;
  const RichText* text;
  FrameKind kind;
  const TypeSpec& style;
  bool prose = false;  ///< a long text field: paragraphs with 字下げ
  /// An organization's name, set to break only between its phrases
  /// (set_name_cell) rather than as `text`; its phrase marks.
  const Text* name = nullptr;
  const std::vector<std::size_t>* name_breaks = nullptr;
};

/// The frame kinds of a label table: the block, its label cells, its table.
struct TableKinds {
  FrameKind block, label, table;
};

/// A heading and a table of label and text rows.
Frame label_table(const LayoutContext& ctx, TableKinds kind, const std::string& heading_label,
                  const std::vector<Row>& rows, Length x, Length y, Length width, Length label_width,
                  const ScaleStep* step, Length stretch) {
  Frame block;
  block.kind = kind.block;
  Frame heading = layout_heading(ctx, heading_label, x, y, width);
  std::vector<std::vector<CellContent>> cells;
  std::vector<std::vector<Length>> widths;
  for (const Row& row : rows) {
    CellContent label = set_display_cell(ctx, kind.label, phrased_label(row.label), ctx.spec.styles.label,
                                 label_width);
    label.fill = ctx.spec.colors.label_fill;
    // Top-aligned, beside the first line of its text: the reading order a
    // text extractor (and a screen reader) follows is label, then text.
    label.middle = false;
    // A copyfitted block sets every row on its step: the step's size and
    // line pitch, so its lines keep the scale's grid, not a pitch scaled
    // from a style's own.
    const TypeSize row_size = step ? TypeSize(*step) : TypeSize();
    CellContent text = row.name ? set_name_cell(ctx, row.kind, *row.name, *row.name_breaks, row.style,
                                                width - label_width, row_size)
                                : set_cell(ctx, row.kind, *row.text, row.style, width - label_width, row_size, -1,
                                           false, false, row.prose, ctx.spec.paragraph_indent_first);
    cells.push_back({label, text});
    widths.push_back({label_width, width - label_width});
  }
  Frame table = place_table(ctx, kind.table, cells, widths, x, y + heading.rect.height, 0, stretch,
                            ctx.spec.row_stretch_max);
  block.rect = Rect{x, y, width, table.rect.bottom() - y};
  block.type_size = step ? step->size : ctx.spec.styles.body.size;
  block.layout_size = ctx.spec.styles.body.size;
  block.children.push_back(std::move(heading));
  block.children.push_back(std::move(table));
  return block;
}

RichText plain(const std::optional<Text>& t, const std::string& fallback) {
  RichText r;
  if (t) {
    r.span = t->span;
    r.blocks.push_back(Block{Block::Kind::paragraph, "", t->value, t->span});
  } else {
    r.blocks.push_back(Block{Block::Kind::paragraph, "", fallback, {}});
  }
  return r;
}

}  // namespace

Frame layout_content(const LayoutContext& ctx, const Organization& org, Length x, Length y, Length width,
                     const ScaleStep* step, Length stretch) {
  const Labels& l = ctx.spec.labels;
  return label_table(ctx, {FrameKind::content, FrameKind::content_label, FrameKind::content_table}, ctx.spec.labels.content_heading.text,
                     {{l.purpose, &org.purpose, FrameKind::content_purpose, ctx.spec.styles.body, true},
                      {l.audience, &org.audience, FrameKind::content_audience, ctx.spec.styles.body, true},
                      {l.description, &org.description, FrameKind::content_description, ctx.spec.styles.body, true}},
                     x, y, width, ctx.spec.table_label_width, step, stretch);
}

Frame layout_results(const LayoutContext& ctx, const Organization& org, Length x, Length y, Length width,
                     const ScaleStep* step, Length stretch) {
  const Labels& l = ctx.spec.labels;
  return label_table(ctx, {FrameKind::results, FrameKind::results_label, FrameKind::results_table}, ctx.spec.labels.results_heading.text,
                     {{l.partners, &org.partners, FrameKind::results_partners, ctx.spec.styles.body, true},
                      {l.outreach, &org.outreach, FrameKind::results_outreach, ctx.spec.styles.body, true},
                      {l.outcomes, &org.outcomes, FrameKind::results_outcomes, ctx.spec.styles.body, true}},
                     x, y, width, ctx.spec.table_label_width, step, stretch);
}

Frame layout_profile(const LayoutContext& ctx, const Organization& org, Length x, Length y, Length width,
                     const ScaleStep* step, Length stretch) {
  const Profile& p = org.profile;
  const Labels& l = ctx.spec.labels;
  const RichText name = plain(p.name, ""), representative = plain(p.representative, ""),
                 founded = plain(p.founded, ""), staff = plain(p.staff, ""), address = plain(p.address, ""),
                 website = plain(p.website, ctx.spec.labels.no_website.text);
  std::vector<Row> rows = {{l.profile_name, &name, FrameKind::profile_name, ctx.spec.styles.profile, false, &p.name, &p.name_breaks},
                           {l.representative, &representative, FrameKind::profile_representative, ctx.spec.styles.profile},
                           {l.founded, &founded, FrameKind::profile_founded, ctx.spec.styles.profile},
                           {l.staff, &staff, FrameKind::profile_staff, ctx.spec.styles.profile},
                           {l.address, &address, FrameKind::profile_address, ctx.spec.styles.profile},
                           {l.website, &website, FrameKind::profile_website, ctx.spec.styles.profile}};
  if (p.message) rows.push_back({l.message, &*p.message, FrameKind::profile_message, ctx.spec.styles.message, true});
  return label_table(ctx, {FrameKind::profile, FrameKind::profile_label, FrameKind::profile_table}, ctx.spec.labels.profile_heading.text, rows, x, y, width, ctx.spec.table_label_width,
                     step, stretch);
}

}  // namespace casebook
