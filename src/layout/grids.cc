#include <algorithm>

#include "layout/blocks.h"
#include "layout/book.h"
#include "layout/table.h"

namespace casebook {

namespace {

/// The mark an organization gives a taxonomy entry: ★, ☆ or nothing;
/// `words` gets what the mark means in words (the labels
/// primary_mark_words, secondary_mark_words), for a reader who cannot see
/// the glyph.
std::string mark_of(const LayoutContext& ctx, const MarkSet& marks, int index, Span& source, std::string& words) {
  if (marks.primary.index == index) {
    source = marks.primary.span;
    words = ctx.spec.labels.primary_mark_words.text;
    return ctx.spec.labels.primary_mark.text;
  }
  for (const Mark& m : marks.secondary) {
    if (m.index == index) {
      source = m.span;
      words = ctx.spec.labels.secondary_mark_words.text;
      return ctx.spec.labels.secondary_mark.text;
    }
  }
  return "";
}

CellContent mark_cell(const LayoutContext& ctx, FrameKind kind, const MarkSet& marks, int index,
                      Length width) {
  Span source;
  std::string words;
  const std::string mark = mark_of(ctx, marks, index, source, words);
  CellContent c = set_cell(ctx, kind, label_text(mark), ctx.spec.styles.mark, width, 0, ctx.spec.grid_padding);
  c.alt = words;
  c.align = Align::center;
  c.middle = true;
  c.source = source;
  return c;
}

}  // namespace

bool check_marks_fit(const LayoutContext& ctx) {
  bool fit = true;
  const std::pair<const char*, const Label*> marks[] = {{"primary_mark", &ctx.spec.labels.primary_mark},
                                                        {"secondary_mark", &ctx.spec.labels.secondary_mark}};
  for (const auto& [name, label] : marks) {
    const std::string& mark = label->text;
    Diagnostics scratch;
    LayoutContext quiet{ctx.spec, ctx.faces, ctx.taxonomy, scratch, ctx.data_dir};
    quiet.cache = ctx.cache;
    const CellContent c = set_cell(quiet, FrameKind::mark, label_text(mark), ctx.spec.styles.mark, ctx.spec.grid_mark_width, 0,
                                   ctx.spec.grid_padding);
    bool overfull = c.text.line_count > 1;
    for (const PlacedLine& l : c.text.lines) overfull = overfull || l.line.overfull || l.line.width > c.measure;
    if (!overfull) continue;
    fit = false;
    ctx.diags.error(label->span.line > 0 ? label->span : Span{ctx.spec.path, 1, 1},
                    "'labels." + std::string(name) + "' is wider than a grid's mark cell",
                    {"a mark cell is 'grid.mark_width' less twice 'grid.cell_padding': it holds one line of the "
                     "mark in the 'mark' type style"});
  }
  return fit;
}

Frame layout_activities(const LayoutContext& ctx, const Organization& org, Length x, Length y, Length width) {
  Frame block;
  block.kind = FrameKind::activities;
  Frame heading = layout_heading(ctx, ctx.spec.labels.activities_heading.text, x, y, width);
  const Length top = y + heading.rect.height;

  const Length mark = ctx.spec.grid_mark_width;
  const Length item = (width - 2 * mark) / 2;
  std::vector<std::vector<CellContent>> rows;
  std::vector<std::vector<Length>> widths;
  for (const Category& category : ctx.taxonomy.categories) {
    CellContent head = set_display_cell(ctx, FrameKind::activities_category,
                                        phrased_name(category, std::to_string(category.number) + ". "), ctx.spec.styles.category,
                                        width, 0, ctx.spec.grid_padding);
    head.fill = ctx.spec.colors.category_fill;
    head.middle = true;
    rows.push_back({head});
    widths.push_back({width});
    for (std::size_t i = 0; i < category.items.size(); i += 2) {
      std::vector<CellContent> row;
      std::vector<Length> row_widths;
      for (std::size_t k = i; k < i + 2; ++k) {
        if (k < category.items.size()) {
          const int index = category.items[k];
          row.push_back(mark_cell(ctx, FrameKind::activities_mark, org.activities, index, mark));
          CellContent name = set_display_cell(ctx, FrameKind::activities_item,
                                              phrased_name(ctx.taxonomy.items[static_cast<std::size_t>(index)]), ctx.spec.styles.grid,
                                              item, 0, ctx.spec.grid_padding);
          name.middle = true;
          row.push_back(name);
        } else {
          row.push_back(set_cell(ctx, FrameKind::activities_mark, RichText{}, ctx.spec.styles.mark, mark, 0, ctx.spec.grid_padding));
          row.push_back(set_cell(ctx, FrameKind::activities_item, RichText{}, ctx.spec.styles.grid, item, 0, ctx.spec.grid_padding));
        }
        row_widths.push_back(mark);
        row_widths.push_back(k + 1 == i + 2 ? width - 2 * mark - item : item);
      }
      rows.push_back(std::move(row));
      widths.push_back(std::move(row_widths));
    }
  }
  Frame table = place_table(ctx, FrameKind::activities_grid, rows, widths, x, top, ctx.spec.grid_row_height);
  block.rect = Rect{x, y, width, table.rect.bottom() - y};
  block.children.push_back(std::move(heading));
  block.children.push_back(std::move(table));
  return block;
}

Frame layout_targets(const LayoutContext& ctx, const Organization& org, Length x, Length y, Length width) {
  Frame block;
  block.kind = FrameKind::targets;
  Frame heading = layout_heading(ctx, ctx.spec.labels.targets_heading.text, x, y, width);
  const Length top = y + heading.rect.height;

  const std::size_t columns = static_cast<std::size_t>(ctx.spec.target_columns);
  const Length column = width / static_cast<Length>(columns);
  const Length mark = ctx.spec.grid_mark_width;
  std::vector<std::vector<CellContent>> rows;
  std::vector<std::vector<Length>> widths;
  const std::size_t n = ctx.taxonomy.targets.size();
  for (std::size_t i = 0; i < n; i += columns) {
    std::vector<CellContent> row;
    std::vector<Length> row_widths;
    for (std::size_t k = i; k < i + columns; ++k) {
      // The last column takes what rounding left over.
      const Length this_column = k + 1 == i + columns ? width - column * static_cast<Length>(columns - 1) : column;
      if (k < n) {
        row.push_back(mark_cell(ctx, FrameKind::targets_mark, org.targets, static_cast<int>(k), mark));
        CellContent name = set_display_cell(ctx, FrameKind::targets_item, phrased_name(ctx.taxonomy.targets[k]), ctx.spec.styles.target,
                                            this_column - mark, 0, ctx.spec.grid_padding);
        name.middle = true;
        name.align = Align::center;
        row.push_back(name);
      } else {
        row.push_back(set_cell(ctx, FrameKind::targets_mark, RichText{}, ctx.spec.styles.mark, mark, 0, ctx.spec.grid_padding));
        row.push_back(set_cell(ctx, FrameKind::targets_item, RichText{}, ctx.spec.styles.target, this_column - mark, 0, ctx.spec.grid_padding));
      }
      row_widths.push_back(mark);
      row_widths.push_back(this_column - mark);
    }
    rows.push_back(std::move(row));
    widths.push_back(std::move(row_widths));
  }
  Frame table = place_table(ctx, FrameKind::targets_grid, rows, widths, x, top, ctx.spec.target_name_height);
  block.rect = Rect{x, y, width, table.rect.bottom() - y};
  block.children.push_back(std::move(heading));
  block.children.push_back(std::move(table));
  return block;
}

}  // namespace casebook
