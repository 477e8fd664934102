// 全体マッピング: the ★ targets down, the activity categories across, each
// cell the organizations with that ★ target and a ★ item of that category.
// At any number of organizations the table flows over as many pages as it
// needs, its header row repeated on each; a target whose lists do not fit
// on what is left of a page is split there and goes on at the top of the
// next page under its name and the layout's "continued" label.

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "layout/blocks.h"
#include "layout/cell.h"
#include "layout/front_matter.h"
#include "layout/table.h"
#include "text/justify.h"

namespace casebook {

namespace {

std::string two_digits(int n) {
  char b[16];
  std::snprintf(b, sizeof b, "%02d", n);
  return b;
}

/// No column of a list is narrower than this many ems of the list's type:
/// "12 特定非営利活動法人" (the commonest start of a name) on one line. A
/// narrower column breaks every name after a few characters, and at
/// hundreds of organizations squeezed the other categories to one
/// character's width; a list too long for its column goes down the pages.
constexpr Length kMinFlowEms = 11;

/// Shares `total` in proportion to `weight`, none less than `floor`: a
/// share that would fall below it is fixed there and the rest shared again
/// among the others. The shares add up to `total` exactly.
std::vector<Length> share_width(Length total, const std::vector<std::int64_t>& weight, Length floor) {
  const std::size_t n = weight.size();
  std::vector<Length> share(n, 0);
  std::vector<bool> fixed(n, false);
  for (bool changed = true; changed;) {
    changed = false;
    Length rest = total;
    std::int64_t weights = 0;
    for (std::size_t c = 0; c < n; ++c) {
      if (fixed[c]) rest -= floor;
      else weights += weight[c];
    }
    for (std::size_t c = 0; c < n; ++c) {
      if (fixed[c]) continue;
      share[c] = scale(rest, weight[c], std::max<std::int64_t>(weights, 1));
      if (share[c] < floor) {
        fixed[c] = true;
        changed = true;
      }
    }
  }
  for (std::size_t c = 0; c < n; ++c) {
    if (fixed[c]) share[c] = floor;
  }
  // Rounding: the last column takes what is left.
  Length given = 0;
  for (std::size_t c = 0; c + 1 < n; ++c) given += share[c];
  if (n > 0) share[n - 1] = total - given;
  return share;
}

/// One organization in a list: its number and its name with the places
/// where the name may break.
struct Entry {
  std::string number;
  Phrased name;
};

/// The natural width of `text` set on one line in `style`.
Length natural_width(const LayoutContext& ctx, const std::string& text, const TypeSpec& style) {
  Diagnostics scratch;
  const SetText set = set_display_text(text, {}, ctx.style(style, 16 * ctx.spec.page_width), {}, scratch);
  Length w = 0;
  for (const PlacedLine& l : set.lines) w = std::max(w, l.line.width);
  return w;
}

/// The widest piece of `text` between its breaks, and its whole width.
std::pair<Length, Length> piece_widths(const LayoutContext& ctx, const Phrased& text, const TypeSpec& style) {
  Length widest = 0;
  std::size_t from = 0;
  std::vector<std::size_t> ends = text.breaks;
  ends.push_back(text.text.size());
  for (std::size_t end : ends) {
    std::string piece = text.text.substr(from, end - from);
    while (!piece.empty() && piece.front() == ' ') piece.erase(0, 1);
    widest = std::max(widest, natural_width(ctx, piece, style));
    from = end;
  }
  return {widest, natural_width(ctx, text.text, style)};
}

/// Sets a list of entries for a cell `width` wide: each name hangs under
/// the end of its number (the number, then `mapping_number_gap`), broken
/// only where LayoutContext::name_phrases() allows while its pieces fit, and the entries
/// `mapping_entry_space` apart.
CellContent set_entries(const LayoutContext& ctx, const std::vector<Entry>& entries, Length width) {
  CellContent c;
  c.kind = FrameKind::mapping_cell;
  c.padding = ctx.spec.cell_padding;
  c.measure = width - 2 * c.padding;
  const RichTextStyle number_style = ctx.style(ctx.spec.styles.target, c.measure);
  c.color = ctx.spec.styles.target.color;
  c.type_size = number_style.body.size;
  c.layout_size = ctx.spec.styles.target.size;
  Length top = 0;
  for (std::size_t e = 0; e < entries.size(); ++e) {
    if (e > 0) top += ctx.spec.mapping_entry_space;
    const Entry& entry = entries[e];
    SetText number = set_display_text(entry.number, {}, number_style, entry.name.span, ctx.diags);
    const Length indent = (number.lines.empty() ? 0 : number.lines.front().line.width) + ctx.spec.mapping_number_gap;
    // A name that cannot break at its phrases is not worth a warning here:
    // it is broken where it must, evenly.
    Diagnostics quiet;
    const SetText name =
        set_display_text(entry.name.text, entry.name.breaks, ctx.style(ctx.spec.styles.target, c.measure - indent), entry.name.span,
                         quiet);
    for (const Diagnostic& d : quiet.items()) {
      if (d.code != "display-phrase-too-wide") ctx.diags.add(d);
    }
    if (c.source.line == 0) c.source = entry.name.span;
    for (PlacedLine l : number.lines) {
      l.baseline += top;
      c.text.lines.push_back(std::move(l));
    }
    for (PlacedLine l : name.lines) {
      l.x = indent;
      l.baseline += top;
      c.text.lines.push_back(std::move(l));
    }
    top += name.height;
    c.text.line_count += name.line_count;
  }
  c.text.height = top;
  return c;
}

/// The corner cell as a table's corner is drawn: a diagonal rule (斜線)
/// from its top-left to its bottom-right corner, the column heading
/// (取組の種類, the first line) above it at the right and the row heading
/// (対象, the last line) below it at the left.
void draw_corner(const LayoutContext& ctx, const CellContent& cell, Frame& corner) {
  const Rect& r = corner.rect;
  corner.rules.push_back(Rule{r.x, r.y, r.right(), r.bottom(), ctx.spec.rule_width, ctx.spec.colors.rule});
  if (corner.lines.size() < 2 || cell.text.lines.size() < 2) return;
  TextLine& across = corner.lines.front();
  across.x = r.right() - cell.padding - across.line.width;
  across.baseline = r.y + cell.padding + cell.text.lines.front().baseline;
  TextLine& down = corner.lines.back();
  down.x = r.x + cell.padding;
  down.baseline = r.bottom() - cell.padding - (cell.text.height - cell.text.lines.back().baseline);
}

/// One row of the table as set: its cells, their widths, its height.
struct SetRow {
  std::vector<CellContent> cells;
  std::vector<Length> widths;
  Length height = 0;
};

/// The cells of the table, set on demand.
class MappingCells {
 public:
  MappingCells(const LayoutContext& ctx, std::vector<Length> column_widths, std::size_t per_column, Length flow_min)
      : ctx_(ctx), widths_(std::move(column_widths)), per_column_(per_column) {
    for (std::size_t c = 1; c < widths_.size(); ++c) {
      max_flows_.push_back(std::max<std::size_t>(1, static_cast<std::size_t>(widths_[c] / std::max<Length>(flow_min, 1))));
    }
  }

  /// Entries [from, from + k) of category `c`, flowing top to bottom, then
  /// across into as many columns as `mapping_entries_per_column` asks for
  /// and the column's width allows.
  void add_part(SetRow& row, std::size_t c, const std::vector<Entry>& entries, std::size_t from, std::size_t k) const {
    const std::size_t flows = std::clamp<std::size_t>((k + per_column_ - 1) / per_column_, 1, max_flows_[c]);
    const std::size_t per_flow = std::max<std::size_t>(1, (k + flows - 1) / flows);
    const Length width = widths_[c + 1];
    const Length flow_width = width / static_cast<Length>(flows);
    for (std::size_t f = 0; f < flows; ++f) {
      std::vector<Entry> part;
      for (std::size_t e = from + f * per_flow; e < std::min(from + k, from + (f + 1) * per_flow); ++e) {
        part.push_back(entries[e]);
      }
      const Length part_width = f + 1 == flows ? width - flow_width * static_cast<Length>(flows - 1) : flow_width;
      CellContent cell = set_entries(ctx_, part, part_width);
      cell.continues = f > 0;
      row.height = std::max(row.height, cell.height());
      row.cells.push_back(std::move(cell));
      row.widths.push_back(part_width);
    }
  }

  /// The height of entries [from, from + k) of category `c` as one cell.
  Length part_height(std::size_t c, const std::vector<Entry>& entries, std::size_t from, std::size_t k) const {
    SetRow scratch;
    add_part(scratch, c, entries, from, k);
    return scratch.height;
  }

  /// The target's label cell ("多世代", or "多世代（続き）" on a later page).
  CellContent label(const Phrased& text) const {
    CellContent cell = set_display_cell(ctx_, FrameKind::mapping_target, text, ctx_.spec.styles.label, widths_[0]);
    cell.fill = ctx_.spec.colors.label_fill;
    cell.middle = true;
    return cell;
  }

 private:
  const LayoutContext& ctx_;
  std::vector<Length> widths_;
  std::size_t per_column_;
  std::vector<std::size_t> max_flows_;
};

}  // namespace

FrontSection layout_mapping(const LayoutContext& ctx, const Casebook& data, const std::vector<const Organization*>& orgs) {
  FrontSection s;
  s.title = data.front.mapping_heading.value;
  Page first = new_front_page(ctx, FrameKind::mapping);
  const Length x = first.root.rect.x, w = first.root.rect.width;
  const Length heading_bottom = add_front_heading(ctx, first, data.front.mapping_heading.value);
  const Length limit = ctx.spec.page_height - ctx.spec.margin_bottom;
  const Taxonomy& t = data.taxonomy;
  const std::size_t categories = t.categories.size();
  const Length label_w = ctx.spec.mapping_label_width;
  const std::size_t per_column = static_cast<std::size_t>(std::max(1, ctx.spec.mapping_entries_per_column));

  // 1. The lists: for each ★ target that has any, per category, its
  //    organizations in number order (orgs come in number order).
  std::vector<std::pair<std::size_t, std::vector<std::vector<Entry>>>> lists;
  for (std::size_t target = 0; target < t.targets.size(); ++target) {
    std::vector<std::vector<Entry>> cells(categories);
    bool any = false;
    for (const Organization* o : orgs) {
      if (o->targets.primary.index != static_cast<int>(target) || o->activities.primary.index < 0) continue;
      const int category = t.items[static_cast<std::size_t>(o->activities.primary.index)].category;
      cells[static_cast<std::size_t>(category)].push_back(
          Entry{two_digits(o->number), ctx.name_phrases(o->name, o->name_breaks)});
      any = true;
    }
    if (any) lists.emplace_back(target, std::move(cells));
  }

  // 2. The columns follow their content: each gets at least what its
  //    widest unbreakable piece needs (a name's piece after its legal form
  //    with the number's indent, a header's phrase), then the rest of the
  //    width goes where it lets names stay on one line, and what is left
  //    over evenly. A list longer than `mapping_entries_per_column` flows
  //    into more columns and needs as much again per column; past
  //    kMinFlowEms a long list goes down the pages instead of squeezing
  //    the other categories to a character's width.
  const Length flow_min = kMinFlowEms * ctx.spec.styles.target.size;
  const Length padding = 2 * ctx.spec.cell_padding;
  std::vector<Length> need(categories, 0), want(categories, 0), head_need(categories, 0);
  for (std::size_t c = 0; c < categories; ++c) {
    const auto [head_piece, head_whole] = piece_widths(
        ctx, phrased_name(t.categories[c], std::to_string(t.categories[c].number) + " "), ctx.spec.styles.label);
    head_need[c] = head_piece + padding;
    need[c] = head_need[c];
    want[c] = need[c];
    std::size_t flows = 1;
    for (const auto& [target, lists_of_target] : lists) {
      flows = std::max(flows, (lists_of_target[c].size() + per_column - 1) / per_column);
      for (const Entry& e : lists_of_target[c]) {
        const Length indent = natural_width(ctx, e.number, ctx.spec.styles.target) + ctx.spec.mapping_number_gap;
        const auto [piece, whole] = piece_widths(ctx, e.name, ctx.spec.styles.target);
        need[c] = std::max(need[c], indent + piece + padding);
        want[c] = std::max(want[c], indent + whole + padding);
      }
    }
    need[c] *= static_cast<Length>(flows);
    want[c] *= static_cast<Length>(flows);
  }
  const Length across = w - label_w;
  // Each column gets its header's widest phrase and as much of its need as
  // kMinFlowEms, then the rest of its need, then what keeps names on one
  // line, then an even share of what is left.
  std::vector<Length> category_widths(categories, 0);
  Length given_out = 0;
  for (std::size_t c = 0; c < categories; ++c) {
    category_widths[c] = std::max(head_need[c], std::min(need[c], flow_min));
    given_out += category_widths[c];
  }
  if (given_out > across || categories == 0) {
    // Not even that fits (a layout far too narrow): in proportion.
    std::vector<std::int64_t> weight(need.begin(), need.end());
    category_widths = share_width(across, weight, 0);
  } else {
    for (int stage = 0; stage < 3; ++stage) {
      std::vector<Length> more(categories);
      for (std::size_t c = 0; c < categories; ++c) {
        more[c] = stage == 0 ? need[c] - category_widths[c] : stage == 1 ? want[c] - category_widths[c] : across;
        more[c] = std::max<Length>(more[c], 0);
      }
      const std::vector<Length> given = distribute(across - given_out, more);
      for (std::size_t c = 0; c < categories; ++c) {
        category_widths[c] += given[c];
        given_out += given[c];
      }
    }
  }
  std::vector<Length> column_widths = {label_w};
  column_widths.insert(column_widths.end(), category_widths.begin(), category_widths.end());
  const MappingCells cells(ctx, column_widths, per_column, flow_min);

  SetRow header;
  {
    std::string corner;
    for (const Text& part : data.front.mapping_corner) corner += (corner.empty() ? "" : "\n") + part.value;
    CellContent corner_cell = set_display_cell(ctx, FrameKind::mapping_corner, phrased_text(corner), ctx.spec.styles.label, label_w);
    corner_cell.middle = false;
    corner_cell.fill = ctx.spec.colors.label_fill;
    header.cells.push_back(corner_cell);
    header.widths.push_back(label_w);
    for (std::size_t c = 0; c < categories; ++c) {
      CellContent cell = set_display_cell(ctx, FrameKind::mapping_category,
                                          phrased_name(t.categories[c], std::to_string(t.categories[c].number) + " "),
                                          ctx.spec.styles.label, column_widths[c + 1]);
      cell.fill = ctx.spec.colors.label_fill;
      cell.align = Align::center;
      cell.middle = true;
      header.cells.push_back(cell);
      header.widths.push_back(column_widths[c + 1]);
    }
    for (const CellContent& c : header.cells) header.height = std::max(header.height, c.height());
  }

  // 3. The pages: rows go on while they fit; a row that does not is split
  //    where the page ends, when enough of it fits to be worth it, and goes
  //    on at the top of the next page.
  const std::string& continued = ctx.spec.labels.continued.text;
  std::vector<std::vector<SetRow>> pages(1);
  Length room = limit - heading_bottom - header.height;
  const Length page_room = limit - ctx.spec.margin_top - header.height;
  auto new_page = [&] {
    pages.emplace_back();
    room = page_room;
  };
  for (const auto& [target, lists_of_target] : lists) {
    std::vector<std::size_t> next(categories, 0);
    bool split = false;
    // Captured by name: clang 14 (the fuzz build) cannot capture a structured binding.
    auto remaining = [&, &of_target = lists_of_target](std::size_t c) { return of_target[c].size() - next[c]; };
    for (;;) {
      // "（続き）" after the name, with a break mark before it.
      Phrased name = phrased_name(t.targets[target]);
      if (split && !continued.empty()) {
        name.breaks.push_back(name.text.size());
        name.text += continued;
      }
      const CellContent label = cells.label(name);
      // The whole rest of the row, if it fits.
      SetRow row;
      row.cells.push_back(label);
      row.widths.push_back(label_w);
      row.height = label.height();
      for (std::size_t c = 0; c < categories; ++c) cells.add_part(row, c, lists_of_target[c], next[c], remaining(c));
      if (row.height <= room) {
        room -= row.height;
        pages.back().push_back(std::move(row));
        break;
      }
      // The most of each list that fits in the room left.
      std::vector<std::size_t> take(categories, 0);
      bool worth_it = label.height() <= room;
      bool progress = false;
      for (std::size_t c = 0; c < categories; ++c) {
        std::size_t low = 0, high = remaining(c);  // the answer is in [low, high]
        while (low < high) {
          const std::size_t mid = (low + high + 1) / 2;
          if (cells.part_height(c, lists_of_target[c], next[c], mid) <= room) low = mid;
          else high = mid - 1;
        }
        take[c] = low;
        progress = progress || low > 0;
        // Not one or two names alone at a page's foot (the rest overleaf).
        if (low < std::min<std::size_t>(remaining(c), 2)) worth_it = false;
      }
      const bool page_empty = pages.back().empty();
      if (!worth_it && !page_empty) {
        new_page();
        continue;
      }
      if (!progress) {
        // Not even one name fits on an empty page: set it anyway, past the
        // foot, and say so.
        for (std::size_t c = 0; c < categories; ++c) {
          if (remaining(c) > 0) {
            take[c] = 1;
            ctx.diags.error(lists_of_target[c][next[c]].name.span, "this name is too long for a page of the mapping (全体マッピング)",
                            {"shorten the name"});
            break;
          }
        }
      }
      SetRow part;
      part.cells.push_back(label);
      part.widths.push_back(label_w);
      part.height = label.height();
      for (std::size_t c = 0; c < categories; ++c) {
        cells.add_part(part, c, lists_of_target[c], next[c], take[c]);
        next[c] += take[c];
      }
      pages.back().push_back(std::move(part));
      split = true;
      new_page();
    }
  }
  if (pages.size() > 1 && pages.back().empty()) pages.pop_back();

  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<std::vector<CellContent>> rows = {header.cells};
    std::vector<std::vector<Length>> widths = {header.widths};
    for (SetRow& row : pages[p]) {
      rows.push_back(std::move(row.cells));
      widths.push_back(std::move(row.widths));
    }
    Page page = p == 0 ? std::move(first) : new_front_page(ctx, FrameKind::mapping);
    Frame table = place_table(ctx, FrameKind::mapping_table, rows, widths, x, p == 0 ? heading_bottom : ctx.spec.margin_top);
    if (!table.children.empty()) draw_corner(ctx, header.cells.front(), table.children.front());
    page.root.children.push_back(std::move(table));
    s.pages.push_back(std::move(page));
  }
  return s;
}

}  // namespace casebook
