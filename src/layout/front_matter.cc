#include "layout/front_matter.h"

#include <algorithm>
#include <cstdio>

#include "layout/blocks.h"
#include "layout/cell.h"
#include "layout/table.h"

namespace casebook {

namespace {

Page new_page(const LayoutContext& ctx, FrameKind kind) {
  Page p;
  p.width = ctx.spec.page_width;
  p.height = ctx.spec.page_height;
  p.front = true;
  p.root.kind = kind;
  p.root.rect = Rect{ctx.spec.margin_inner, ctx.spec.margin_top, ctx.content_width(),
                     ctx.spec.page_height - ctx.spec.margin_top - ctx.spec.margin_bottom};
  return p;
}

Length limit_of(const LayoutContext& ctx) { return ctx.spec.page_height - ctx.spec.margin_bottom; }

/// Sets rich text across the content width at y, with no padding; `prose`
/// as set_cell() says.
Frame text_block(const LayoutContext& ctx, FrameKind kind, const RichText& text, const TypeSpec& style,
                 Length x, Length y, Length width, Align align = Align::left, bool prose = false) {
  CellContent c = set_cell(ctx, kind, text, style, width, 0, 0, false, false, prose);
  c.align = align;
  Frame f = place_cell(c, Rect{x, y, width, c.text.height});
  return f;
}

/// Sets display lines (the title, the cover's other lines) across `width`
/// at y: each line at its natural width, aligned, never justified.
Frame display_block(const LayoutContext& ctx, FrameKind kind, const Phrased& text, const TypeSpec& style,
                    Length x, Length y, Length width, Align align) {
  CellContent c = set_display_cell(ctx, kind, text, style, width, 0, 0);
  c.align = align;
  return place_cell(c, Rect{x, y, width, c.text.height});
}

RichText rich_of(const Text& t) {
  RichText r;
  r.span = t.span;
  r.blocks.push_back(Block{Block::Kind::paragraph, "", t.value, t.span});
  return r;
}

std::string two_digits(int n) {
  char b[16];
  std::snprintf(b, sizeof b, "%02d", n);
  return b;
}

/// The 取組地域 column of the contents: the first prefecture, with 等 when
/// the organization works in more than one, as the report prints it.
std::string contents_region(const Organization& org) {
  if (org.region.prefectures.empty()) return "";
  return org.region.prefectures.front().value + (org.region.prefectures.size() > 1 ? "等" : "");
}

/// Places a heading at the top of a fresh page and returns the y below it.
Length add_heading(const LayoutContext& ctx, Page& page, const std::string& text) {
  Frame h = layout_heading(ctx, text, page.root.rect.x, page.root.rect.y, page.root.rect.width);
  const Length y = h.rect.bottom() + ctx.spec.block_gap;
  page.root.children.push_back(std::move(h));
  return y;
}

}  // namespace

Page new_front_page(const LayoutContext& ctx, FrameKind kind) { return new_page(ctx, kind); }

Length add_front_heading(const LayoutContext& ctx, Page& page, const std::string& text) {
  return add_heading(ctx, page, text);
}

std::vector<int> primary_item_counts(const Taxonomy& taxonomy, const std::vector<const Organization*>& orgs) {
  std::vector<int> counts(taxonomy.items.size(), 0);
  for (const Organization* o : orgs) {
    if (o->activities.primary.index >= 0) ++counts[static_cast<std::size_t>(o->activities.primary.index)];
  }
  return counts;
}

std::vector<int> primary_target_counts(const Taxonomy& taxonomy, const std::vector<const Organization*>& orgs) {
  std::vector<int> counts(taxonomy.targets.size(), 0);
  for (const Organization* o : orgs) {
    if (o->targets.primary.index >= 0) ++counts[static_cast<std::size_t>(o->targets.primary.index)];
  }
  return counts;
}

std::string number_list(const std::vector<int>& numbers, const std::string& range_mark, const std::string& list_mark) {
  std::vector<int> sorted = numbers;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::string out;
  for (std::size_t i = 0; i < sorted.size();) {
    std::size_t j = i;
    while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1) ++j;
    if (!out.empty()) out += list_mark;
    if (j - i >= 2) {
      out += two_digits(sorted[i]) + range_mark + two_digits(sorted[j]);
      i = j + 1;
    } else {
      out += two_digits(sorted[i]);
      ++i;
    }
  }
  return out;
}

std::string scope_statement(const std::optional<ReportScope>& report, const Text& statement,
                            const std::vector<const Organization*>& orgs) {
  if (!report || orgs.empty() || static_cast<int>(orgs.size()) >= report->organizations) return "";
  std::vector<int> numbers;
  for (const Organization* o : orgs) numbers.push_back(o->number);
  const std::string fills[][2] = {
      {"{numbers}", number_list(numbers, report->range_mark.value, report->list_mark.value)},
      {"{count}", std::to_string(orgs.size())},
      {"{total}", std::to_string(report->organizations)}};
  std::string out = statement.value;
  for (const auto& [key, value] : fills) {
    for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size())) {
      out.replace(at, key.size(), value);
    }
  }
  return out;
}

FrontSection layout_cover(const LayoutContext& ctx, const Casebook& data, const std::string& subset,
                          const std::vector<const Organization*>& orgs) {
  FrontSection s;
  s.title = data.front.title.value;
  Page page = new_page(ctx, FrameKind::cover);
  const Length x = page.root.rect.x, w = page.root.rect.width;
  Length y = ctx.spec.cover_title_top;
  // The title as the data breaks it; a title given only on one line (a
  // galley) breaks by sense where it must.
  const Phrased& lines = data.front.title_lines;
  Frame title = display_block(ctx, FrameKind::cover_title,
                              lines.text.empty() ? phrased_text(data.front.title.value, data.front.title.span) : lines,
                              ctx.spec.styles.title, x, y, w, Align::center);
  y = title.rect.bottom() + ctx.spec.block_gap;
  page.root.children.push_back(std::move(title));
  if (!subset.empty()) {
    Frame line = display_block(ctx, FrameKind::cover_subset, phrased_text(subset), ctx.spec.styles.heading, x, y, w, Align::center);
    y = line.rect.bottom() + ctx.spec.block_gap;
    page.root.children.push_back(std::move(line));
  }
  // A book set from part of the report says so under its title (the title
  // and はじめに are the report's).
  if (data.front.report) {
    const std::string scope = scope_statement(data.front.report, data.front.report->cover_statement, orgs);
    if (!scope.empty()) {
      Frame line = display_block(ctx, FrameKind::cover_scope, phrased_text(scope, data.front.report->cover_statement.span),
                                 ctx.spec.styles.cover, x, y, w, Align::center);
      y = line.rect.bottom() + ctx.spec.block_gap;
      page.root.children.push_back(std::move(line));
    }
  }
  Frame editor = display_block(ctx, FrameKind::cover_editor, phrased_text(data.front.editor.value, data.front.editor.span),
                               ctx.spec.styles.cover, x, y + ctx.spec.block_gap, w, Align::center);
  const Length editor_bottom = editor.rect.bottom();
  page.root.children.push_back(std::move(editor));
  // The note on the source report sits at the foot of the cover.
  // It is display text: its lines break at the data's phrase marks (the
  // body breaker would break a word, 「関／する」), balanced, left-aligned.
  const Phrased& note_lines = data.front.based_on_lines.text.empty()
                                  ? phrased_text(data.front.based_on.value, data.front.based_on.span)
                                  : data.front.based_on_lines;
  Frame note = display_block(ctx, FrameKind::cover_based_on, note_lines, ctx.spec.styles.cover, x, 0, w, Align::left);
  const Length note_y = limit_of(ctx) - note.rect.height;
  note = display_block(ctx, FrameKind::cover_based_on, note_lines, ctx.spec.styles.cover, x, note_y, w, Align::left);
  if (note_y < editor_bottom + ctx.spec.block_gap) {
    // Set at the foot, a note this long would run up over the title (or
    // off the page): never print it cut or overprinted.
    ctx.diags.error(data.front.based_on.span, "the cover's note (based_on) does not fit below the title: it takes " +
                                                  std::to_string(note.lines.size()) + " lines",
                    {"shorten it, or give it phrase marks '|' where its lines may break"});
  }
  page.root.children.push_back(std::move(note));
  s.pages.push_back(std::move(page));
  return s;
}

FrontSection layout_preface(const LayoutContext& ctx, const Casebook& data) {
  FrontSection s;
  s.title = data.front.preface_heading.value;
  Page page = new_page(ctx, FrameKind::preface);
  // The heading spans the content width like every front-matter heading;
  // the text under it is set `preface_line_length` characters of its size
  // wide, centred: 40 字 rather than the 56 the full A4 width would give
  // (JLREQ #considerations_in_designing_the_kihonhanmen: about 40 at most
  // in horizontal writing). A multiple of the size, so ベタ組み lines end
  // flush (the same section).
  const Length w = std::min(page.root.rect.width, ctx.spec.preface_line_length * ctx.spec.styles.body.size);
  const Length x = page.root.rect.x + (page.root.rect.width - w) / 2;
  Length y = add_heading(ctx, page, data.front.preface_heading.value);
  Frame body = text_block(ctx, FrameKind::preface_body, data.front.preface_body, ctx.spec.styles.body, x, y, w, Align::left, true);
  y = body.rect.bottom() + ctx.spec.block_gap;
  page.root.children.push_back(std::move(body));
  Frame signature = text_block(ctx, FrameKind::preface_signature, rich_of(data.front.preface_signature), ctx.spec.styles.body, x, y, w,
                               Align::right);
  y = signature.rect.bottom() + 3 * ctx.spec.block_gap;
  page.root.children.push_back(std::move(signature));
  for (const RichText& note : data.front.notes) {
    Frame n = text_block(ctx, FrameKind::preface_note, note, ctx.spec.styles.body, x, y, w, Align::left, true);
    y = n.rect.bottom() + ctx.spec.block_gap;
    page.root.children.push_back(std::move(n));
  }
  if (y > limit_of(ctx)) {
    ctx.diags.error(data.front.preface_body.span, "はじめに and the notes do not fit on one page",
                    {"shorten them, or use a layout with smaller body type"});
  }
  s.pages.push_back(std::move(page));
  return s;
}

FrontSection layout_counts(const LayoutContext& ctx, const Casebook& data, const std::vector<const Organization*>& orgs) {
  FrontSection s;
  s.title = data.front.counts_heading.value;
  Page page = new_page(ctx, FrameKind::counts);
  const Length x = page.root.rect.x, w = page.root.rect.width;
  Length y = add_heading(ctx, page, data.front.counts_heading.value);
  // Counted over this book's organizations, not the report's: say so when
  // they are fewer.
  if (data.front.report) {
    const std::string scope = scope_statement(data.front.report, data.front.report->counts_statement, orgs);
    if (!scope.empty()) {
      Frame line = text_block(ctx, FrameKind::counts_scope, label_text(scope, data.front.report->counts_statement.span), ctx.spec.styles.body,
                              x, y, w);
      y = line.rect.bottom() + ctx.spec.heading_gap;
      page.root.children.push_back(std::move(line));
    }
  }
  const Taxonomy& t = data.taxonomy;
  const std::vector<int> item_counts = primary_item_counts(t, orgs);
  const std::vector<int> target_counts = primary_target_counts(t, orgs);
  const Length count_width = ctx.spec.contents_page_width;
  // Every cell keeps the layout's inner space from its rules.
  const Length padding = ctx.spec.counts_padding;

  // A count, right-aligned; an empty count cell (n < 0) keeps the column
  // and its rules through rows that count nothing (a category's row, the
  // targets' last row), so the column runs the table's full height.
  auto count_cell = [&](int n) {
    CellContent c = set_cell(ctx, FrameKind::counts_count, n < 0 ? RichText{} : label_text(std::to_string(n)), ctx.spec.styles.grid,
                             count_width, 0, padding);
    c.align = Align::right;
    c.middle = true;
    return c;
  };
  std::vector<std::vector<CellContent>> rows;
  std::vector<std::vector<Length>> widths;
  for (const Category& category : t.categories) {
    // With zero rows hidden, a category none of whose items is counted
    // goes too: its heading would stand over nothing.
    const bool any = std::any_of(category.items.begin(), category.items.end(),
                                 [&](int index) { return item_counts[static_cast<std::size_t>(index)] > 0; });
    if (!any && ctx.spec.hide_zero_counts) continue;
    CellContent head = set_display_cell(ctx, FrameKind::counts_category, phrased_name(category, std::to_string(category.number) + ". "),
                                        ctx.spec.styles.category, w - count_width, 0, padding);
    head.fill = ctx.spec.colors.category_fill;
    CellContent no_count = count_cell(-1);
    no_count.fill = head.fill;
    rows.push_back({head, no_count});
    widths.push_back({w - count_width, count_width});
    for (int index : category.items) {
      const int n = item_counts[static_cast<std::size_t>(index)];
      if (n == 0 && ctx.spec.hide_zero_counts) continue;
      CellContent name = set_display_cell(ctx, FrameKind::counts_item, phrased_name(t.items[static_cast<std::size_t>(index)]),
                                          ctx.spec.styles.grid, w - count_width, 0, padding);
      name.middle = true;
      rows.push_back({name, count_cell(n)});
      widths.push_back({w - count_width, count_width});
    }
  }
  Frame items = place_table(ctx, FrameKind::counts_items, rows, widths, x, y, ctx.spec.grid_row_height);
  y = items.rect.bottom() + ctx.spec.block_gap;
  page.root.children.push_back(std::move(items));

  // The targets, four to a row, each with its count.
  Frame heading = text_block(ctx, FrameKind::counts_targets_heading, rich_of(data.front.counts_targets_heading), ctx.spec.styles.category, x, y, w);
  y = heading.rect.bottom() + ctx.spec.heading_gap;
  page.root.children.push_back(std::move(heading));
  rows.clear();
  widths.clear();
  const std::size_t per_row = 4;
  const Length pair = w / static_cast<Length>(per_row);
  std::vector<std::size_t> shown;
  for (std::size_t i = 0; i < t.targets.size(); ++i) {
    if (target_counts[i] > 0 || !ctx.spec.hide_zero_counts) shown.push_back(i);
  }
  for (std::size_t k = 0; k < shown.size(); k += per_row) {
    std::vector<CellContent> row;
    std::vector<Length> row_widths;
    for (std::size_t j = k; j < k + per_row; ++j) {
      const Length this_pair = j + 1 == k + per_row ? w - pair * static_cast<Length>(per_row - 1) : pair;
      CellContent name = set_display_cell(ctx, FrameKind::counts_target,
                                          j < shown.size() ? phrased_name(t.targets[shown[j]]) : Phrased{},
                                          ctx.spec.styles.grid, this_pair - count_width, 0, padding);
      name.middle = true;
      row.push_back(name);
      row.push_back(count_cell(j < shown.size() ? target_counts[shown[j]] : -1));
      row_widths.push_back(this_pair - count_width);
      row_widths.push_back(count_width);
    }
    rows.push_back(std::move(row));
    widths.push_back(std::move(row_widths));
  }
  Frame targets = place_table(ctx, FrameKind::counts_targets, rows, widths, x, y, ctx.spec.grid_row_height);
  y = targets.rect.bottom() + ctx.spec.block_gap;
  page.root.children.push_back(std::move(targets));
  Frame note = text_block(ctx, FrameKind::counts_note, rich_of(data.front.counts_note), ctx.spec.styles.grid, x, y, w);
  page.root.children.push_back(std::move(note));
  s.pages.push_back(std::move(page));
  return s;
}

FrontSection layout_contents(const LayoutContext& ctx, const Casebook& data, const std::vector<SpreadStart>& spreads) {
  FrontSection s;
  s.title = data.front.contents_heading.value;
  Page first = new_page(ctx, FrameKind::contents);
  const Length x = first.root.rect.x, w = first.root.rect.width;
  const Length y = add_heading(ctx, first, data.front.contents_heading.value);
  const Length number_w = ctx.spec.contents_number_width, region_w = ctx.spec.contents_region_width,
               page_w = ctx.spec.contents_page_width;
  const std::vector<Length> column_widths = {number_w, w - number_w - region_w - page_w, region_w, page_w};

  std::vector<CellContent> header;
  for (std::size_t c = 0; c < 4; ++c) {
    CellContent cell = set_cell(ctx, FrameKind::contents_column, label_text(c < data.front.contents_columns.size()
                                                                       ? data.front.contents_columns[c].value
                                                                       : ""),
                                ctx.spec.styles.label, column_widths[c]);
    cell.fill = ctx.spec.colors.label_fill;
    cell.align = Align::center;
    header.push_back(cell);
  }
  std::vector<std::vector<CellContent>> rows;
  std::vector<std::vector<Length>> widths;
  for (const SpreadStart& spread : spreads) {
    const Organization& org = *spread.org;
    // Text made from a record's values points back at them, so a warning
    // about it (an overfull number in a narrow column) names the record.
    CellContent number =
        set_cell(ctx, FrameKind::contents_number, label_text(two_digits(org.number), org.number_span), ctx.spec.styles.profile, number_w);
    number.align = Align::center;
    CellContent name =
        set_name_cell(ctx, FrameKind::contents_name, org.name, org.name_breaks, ctx.spec.styles.profile, column_widths[1]);
    CellContent region = set_cell(ctx, FrameKind::contents_region,
                                  label_text(contents_region(org), org.region.prefectures.empty()
                                                                       ? org.number_span
                                                                       : org.region.prefectures.front().span),
                                  ctx.spec.styles.profile, region_w);
    region.align = Align::center;
    CellContent page = set_cell(ctx, FrameKind::contents_page, label_text(spread.page_label), ctx.spec.styles.profile, page_w);
    page.align = Align::right;
    rows.push_back({number, name, region, page});
    widths.push_back(column_widths);
  }
  std::vector<Frame> tables =
      place_table_pages(ctx, FrameKind::contents_table, header, column_widths, rows, widths, x, y, ctx.spec.margin_top, limit_of(ctx));
  std::size_t row = 0;
  for (std::size_t p = 0; p < tables.size(); ++p) {
    // Each entry is a link to its spread: the whole row is the target.
    Frame& table = tables[p];
    for (std::size_t c = header.size(); c + 3 < table.children.size(); c += 4, ++row) {
      const Rect& a = table.children[c].rect;
      const Rect& b = table.children[c + 3].rect;
      const Organization& org = *spreads[row].org;
      table.links.push_back(Link{Rect{a.x, a.y, b.right() - a.x, a.height}, spreads[row].page_index,
                                 two_digits(org.number) + " " + org.name.value});
    }
    Page page = p == 0 ? std::move(first) : new_page(ctx, FrameKind::contents);
    page.root.children.push_back(std::move(table));
    s.pages.push_back(std::move(page));
  }
  return s;
}

}  // namespace casebook
