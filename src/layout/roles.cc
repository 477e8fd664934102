#include "layout/roles.h"

#include <algorithm>
#include <map>
#include <set>

namespace casebook {

const char* struct_role_name(StructRole role) {
  switch (role) {
    case StructRole::Document: return "Document";
    case StructRole::Sect: return "Sect";
    case StructRole::H1: return "H1";
    case StructRole::H2: return "H2";
    case StructRole::P: return "P";
    case StructRole::L: return "L";
    case StructRole::LI: return "LI";
    case StructRole::LBody: return "LBody";
    case StructRole::Table: return "Table";
    case StructRole::TR: return "TR";
    case StructRole::TH: return "TH";
    case StructRole::TD: return "TD";
    case StructRole::Figure: return "Figure";
    case StructRole::Caption: return "Caption";
    case StructRole::TOC: return "TOC";
    case StructRole::TOCI: return "TOCI";
    case StructRole::Link: return "Link";
  }
  return "NonStruct";
}

KindRole kind_role(FrameKind kind) {
  using K = FrameKind;
  switch (kind) {
    // Page furniture (ISO 14289-1 7.1: content that is not real content
    // is an artifact): folios, running heads, the check frames, proofs,
    // the placeholder where a record has no photo.
    case K::footer:
    case K::footer_title:
    case K::running_head:
    case K::mark:
    case K::photos_placeholder:
    case K::proof:
    case K::proof_size:
    case K::proof_note:
      return KindRole::artifact;
    case K::none:
    case K::page:
    case K::activities:
    case K::targets:
    case K::content:
    case K::results:
    case K::photos:
    case K::profile:
    case K::header_rows:
      return KindRole::group;
    case K::cover:
    case K::preface:
    case K::counts:
    case K::contents:
    case K::mapping:
      return KindRole::section;
    case K::heading:
    case K::cover_title:
    case K::counts_targets_heading:
      return KindRole::heading;
    case K::galley:
    case K::cover_subset:
    case K::cover_scope:
    case K::cover_editor:
    case K::cover_based_on:
    case K::preface_body:
    case K::preface_signature:
    case K::preface_note:
    case K::counts_scope:
    case K::counts_note:
      return KindRole::paragraph;
    case K::header:
    case K::activities_grid:
    case K::targets_grid:
    case K::content_table:
    case K::results_table:
    case K::profile_table:
    case K::counts_items:
    case K::counts_targets:
    case K::mapping_table:
      return KindRole::table;
    case K::contents_table:
      return KindRole::toc;
    case K::photos_photo:
      return KindRole::figure;
    default:
      return KindRole::cell;
  }
}

HeaderScope header_scope_of(FrameKind kind) {
  using K = FrameKind;
  if (is_label(kind)) return HeaderScope::row;  // 団体名, 目的, 代表者, …
  switch (kind) {
    case K::mapping_target:
      return HeaderScope::row;
    case K::activities_category:  // a category's row heads the items under it
    case K::counts_category:
    case K::contents_column:
    case K::mapping_category:
      return HeaderScope::column;
    default:
      return HeaderScope::none;
  }
}

namespace {

StructElement element(StructRole role) {
  StructElement e;
  e.role = role;
  return e;
}

StructElement owning(StructRole role, const Frame& f) {
  StructElement e = element(role);
  e.frames.push_back(&f);
  return e;
}

/// The cells of a table frame: the frames without children under it, in
/// the order they were placed, furniture left out.
void collect_cells(const Frame& f, std::vector<const Frame*>& cells) {
  for (const Frame& c : f.children) {
    if (kind_role(c.kind) == KindRole::artifact) continue;
    if (c.children.empty()) {
      cells.push_back(&c);
    } else {
      collect_cells(c, cells);
    }
  }
}

/// A table's cells in rows: cells whose top edges are equal share a row
/// (the layout places a row's cells at one y), left to right.
std::vector<std::vector<const Frame*>> rows_of(const Frame& table) {
  std::vector<const Frame*> cells;
  collect_cells(table, cells);
  std::map<Length, std::vector<const Frame*>> by_top;
  for (const Frame* c : cells) by_top[c->rect.y].push_back(c);
  std::vector<std::vector<const Frame*>> rows;
  for (auto& [top, row] : by_top) {
    std::stable_sort(row.begin(), row.end(), [](const Frame* a, const Frame* b) { return a->rect.x < b->rect.x; });
    rows.push_back(std::move(row));
  }
  return rows;
}

/// A cell's text into `e`: as the cell's content, or, when it holds a
/// list, as its blocks — a P per paragraph, an L of LI per run of list
/// items, each item's marker and text one LBody (the writer sets a marker
/// and its text's first line as one piece, for copying). A block is the
/// lines typed at one place (TextLine::source); a marker starts an item.
void add_cell_text(StructElement& e, const Frame& cell) {
  const auto& lines = cell.lines;
  if (std::none_of(lines.begin(), lines.end(), [](const TextLine& l) { return l.marker; })) {
    e.frames.push_back(&cell);
    return;
  }
  bool in_list = false;
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t end = i + 1;
    while (end < lines.size() && !lines[end].marker &&
           (lines[end].source == lines[end - 1].source || lines[end - 1].marker)) {
      ++end;
    }
    const FrameLines block{&cell, i, end};
    if (lines[i].marker) {
      if (!in_list) e.kids.push_back(element(StructRole::L));
      in_list = true;
      StructElement body = element(StructRole::LBody);
      body.lines.push_back(block);
      StructElement item = element(StructRole::LI);
      item.kids.push_back(std::move(body));
      e.kids.back().kids.push_back(std::move(item));
    } else {
      in_list = false;
      StructElement p = element(StructRole::P);
      p.lines.push_back(block);
      e.kids.push_back(std::move(p));
    }
    i = end;
  }
}

/// A cell as TH or TD, spanning the rows whose tops and the columns whose
/// left edges lie inside it (/RowSpan, /ColSpan, 14.8.5.7): the number
/// cell of the page header spans its three rows, a grid's category row
/// all four columns.
StructElement cell_element(const Frame& cell, const std::set<Length>& row_tops, const std::set<Length>& column_lefts) {
  const HeaderScope scope = header_scope_of(cell.kind);
  StructElement e = element(scope == HeaderScope::none ? StructRole::TD : StructRole::TH);
  e.scope = scope;
  e.row_span = std::max<int>(1, static_cast<int>(std::distance(row_tops.lower_bound(cell.rect.y),
                                                               row_tops.lower_bound(cell.rect.bottom()))));
  e.col_span = std::max<int>(1, static_cast<int>(std::distance(column_lefts.lower_bound(cell.rect.x),
                                                               column_lefts.lower_bound(cell.rect.right()))));
  if (cell.kind == FrameKind::header_name) {
    // The organization's name is its record's heading: a screen reader
    // moves from record to record by it.
    e.kids.push_back(owning(StructRole::H1, cell));
  } else {
    add_cell_text(e, cell);
  }
  if (!cell.alt.empty() && !cell.lines.empty()) e.actual_text = cell.alt;
  return e;
}

StructElement table_element(const Frame& table) {
  const auto rows = rows_of(table);
  std::set<Length> tops, lefts;
  for (const auto& row : rows) {
    for (const Frame* c : row) tops.insert(c->rect.y), lefts.insert(c->rect.x);
  }
  StructElement t = element(StructRole::Table);
  for (const auto& row : rows) {
    StructElement tr = element(StructRole::TR);
    for (const Frame* c : row) tr.kids.push_back(cell_element(*c, tops, lefts));
    t.kids.push_back(std::move(tr));
  }
  return t;
}

/// The contents: its column heads as a P before the list (on the first
/// page only: repeated on a later page they are furniture), each entry a
/// TOCI holding a Link to its record's pages with the entry's cells.
void add_toc(StructElement& section, const Frame& table) {
  if (section.kids.empty() || section.kids.back().role != StructRole::TOC) {
    StructElement heads = element(StructRole::P);
    for (const Frame& c : table.children) {
      if (c.kind == FrameKind::contents_column) heads.frames.push_back(&c);
    }
    if (!heads.frames.empty()) section.kids.push_back(std::move(heads));
    section.kids.push_back(element(StructRole::TOC));
  }
  StructElement& toc = section.kids.back();
  for (const auto& row : rows_of(table)) {
    if (std::all_of(row.begin(), row.end(), [](const Frame* c) { return c->kind == FrameKind::contents_column; })) {
      continue;
    }
    StructElement link = element(StructRole::Link);
    for (const Link& l : table.links) {
      if (l.rect.y == row.front()->rect.y) link.link = &l;
    }
    link.frames = row;
    StructElement entry = element(StructRole::TOCI);
    entry.kids.push_back(std::move(link));
    toc.kids.push_back(std::move(entry));
  }
}

/// Adds what `f` holds to `parent`, in reading order. `front`: on a
/// front-matter page, where a page's heading is an H1.
void add_frame(StructElement& parent, const Frame& f, bool front) {
  switch (kind_role(f.kind)) {
    case KindRole::artifact:
      return;
    case KindRole::group:
    case KindRole::section:  // a section's page root: its Sect was opened by the caller
      for (const Frame& c : f.children) add_frame(parent, c, front);
      return;
    case KindRole::heading: {
      const bool h1 = front && f.kind != FrameKind::counts_targets_heading;
      parent.kids.push_back(owning(h1 ? StructRole::H1 : StructRole::H2, f));
      return;
    }
    case KindRole::paragraph:
      parent.kids.push_back(owning(StructRole::P, f));
      return;
    case KindRole::table:
      parent.kids.push_back(table_element(f));
      return;
    case KindRole::toc:
      add_toc(parent, f);
      return;
    case KindRole::figure: {
      StructElement figure = owning(StructRole::Figure, f);
      figure.alt = f.alt;
      for (const Frame& c : f.children) {
        if (c.kind == FrameKind::photos_caption) figure.kids.push_back(owning(StructRole::Caption, c));
      }
      parent.kids.push_back(std::move(figure));
      return;
    }
    case KindRole::cell:
      // A cell outside a table (none today): its text as a paragraph.
      parent.kids.push_back(owning(StructRole::P, f));
      return;
  }
}

bool has_header(const Frame& root) {
  return std::any_of(root.children.begin(), root.children.end(),
                     [](const Frame& c) { return c.kind == FrameKind::header; });
}

}  // namespace

StructElement structure_of(const BookPages& book) {
  StructElement document = element(StructRole::Document);
  // The section the page being read continues, and the kind of the page
  // root that opened it (a front part's kind, or `page` for a record).
  StructElement* section = nullptr;
  FrameKind opened_by = FrameKind::none;
  for (const Page& page : book.pages) {
    if (page.blank) continue;
    const FrameKind kind = page.root.kind;
    const bool front_part = kind_role(kind) == KindRole::section;
    const bool starts = front_part ? kind != opened_by : has_header(page.root) || !section;
    if (starts) {
      document.kids.push_back(element(StructRole::Sect));
      section = &document.kids.back();
      opened_by = kind;
    }
    add_frame(*section, page.root, front_part);
  }
  return document;
}

}  // namespace casebook
