#include "proof/error_pages.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <set>

#include "layout/cell.h"
#include "proof/wording.h"

namespace casebook {

namespace {

const Color kRed{false, {0.8, 0.0, 0.0, 0}};

/// The record file a page was set from (the first field on it that came
/// from one of `records`), or "" for a page of no record.
std::string record_of(const Frame& f, const std::set<std::string>& records) {
  if (records.count(f.source.file)) return f.source.file;
  for (const TextLine& t : f.lines) {
    if (records.count(t.source.file)) return t.source.file;
  }
  for (const Frame& c : f.children) {
    if (std::string r = record_of(c, records); !r.empty()) return r;
  }
  return "";
}

/// Moves every page index at or after `at` on by `count`.
void shift_indices(BookPages& book, std::size_t at, std::size_t count) {
  std::function<void(Frame&)> links = [&](Frame& f) {
    for (Link& l : f.links) l.target_page += l.target_page >= at ? count : 0;
    for (Frame& c : f.children) links(c);
  };
  for (Page& p : book.pages) links(p.root);
  for (Bookmark& b : book.bookmarks) b.page += b.page >= at ? count : 0;
  for (PageLabels& l : book.labels) l.first_page += l.first_page >= at ? count : 0;
}

Page error_page(const UnsetRecord& record, const LayoutContext& ctx, int number) {
  const LayoutSpec& s = ctx.spec;
  Page page;
  page.width = s.page_width;
  page.height = s.page_height;
  page.number = number;
  page.root.rect = Rect{0, 0, page.width, page.height};
  page.root.kind = FrameKind::proof;
  const Length left = s.margin_inner, width = s.page_width - s.margin_inner - s.margin_outer;
  const Length bottom = s.page_height - s.margin_bottom;
  Length y = s.margin_top;
  const auto add = [&](const std::string& text, const TypeSpec& style, const Span& where) {
    CellContent cell = set_cell(ctx, FrameKind::proof_note, label_text(text, where), style, width, {}, 0, true);
    if (y + cell.text.height > bottom) return false;
    Frame f = place_cell(cell, Rect{left, y, width, cell.text.height});
    f.source = where;
    y += cell.text.height + s.cell_padding;
    page.root.children.push_back(std::move(f));
    return true;
  };
  add(proof_wording::error_page_heading(record.number, static_cast<int>(record.errors.size())), ctx.spec.styles.heading,
      Span{record.file, 1, 1});
  std::size_t shown = 0;
  for (const Diagnostic& d : record.errors) {
    if (!add(proof_wording::note_contents(d, ctx.data_dir), ctx.spec.styles.body, d.span)) break;
    ++shown;
  }
  if (shown < record.errors.size()) {
    // The list goes on in the terminal's diagnostics; the page says so.
    page.root.children.pop_back();
    add(proof_wording::more_errors(static_cast<int>(record.errors.size() - shown + 1)), ctx.spec.styles.body, Span{record.file, 1, 1});
  }
  for (Frame& f : page.root.children) {
    for (TextLine& t : f.lines) t.color = kRed;
  }
  return page;
}

}  // namespace

std::vector<UnsetRecord> unset_records(const std::vector<std::string>& record_files, const Diagnostics& diags) {
  std::vector<UnsetRecord> unset;
  for (const std::string& file : record_files) {
    UnsetRecord r{file, std::filesystem::path(file).stem().string(), {}};
    for (const Diagnostic& d : diags.items()) {
      if (d.severity == Severity::error && d.span.file == file) r.errors.push_back(d);
    }
    if (!r.errors.empty()) unset.push_back(std::move(r));
  }
  return unset;
}

void insert_error_pages(BookPages& book, const std::vector<UnsetRecord>& unset, const LayoutContext& ctx) {
  for (const UnsetRecord& record : unset) {
    // Which record each page was set from, looked at again after each
    // insertion (the error pages themselves name their record).
    std::set<std::string> records;
    std::function<void(const Frame&)> collect = [&](const Frame& f) {
      if (f.source.file.find("orgs") != std::string::npos) records.insert(f.source.file);
      for (const TextLine& t : f.lines) {
        if (t.source.file.find("orgs") != std::string::npos) records.insert(t.source.file);
      }
      for (const Frame& c : f.children) collect(c);
    };
    for (const Page& p : book.pages) {
      if (!p.front) collect(p.root);
    }
    std::size_t at = book.pages.size();
    std::optional<std::size_t> after_last_before;
    for (std::size_t i = 0; i < book.pages.size(); ++i) {
      if (book.pages[i].front) continue;
      const std::string r = record_of(book.pages[i].root, records);
      if (r.empty()) continue;
      if (r < record.file) after_last_before = i + 1;
      if (r > record.file && !after_last_before && at == book.pages.size()) at = i;
    }
    if (after_last_before) at = *after_last_before;
    int number = 1;
    for (std::size_t i = at; i-- > 0;) {
      if (!book.pages[i].front) {
        number = book.pages[i].number + 1;
        break;
      }
    }
    shift_indices(book, at, 2);
    Page blank;
    blank.width = ctx.spec.page_width;
    blank.height = ctx.spec.page_height;
    blank.number = number + 1;
    blank.blank = true;
    const Page errors = error_page(record, ctx, number);
    book.pages.insert(book.pages.begin() + static_cast<std::ptrdiff_t>(at), {errors, blank});
  }
}

}  // namespace casebook
