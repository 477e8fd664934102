#include "layout/book.h"

#include <cstdio>

#include "layout/front_matter.h"
#include "layout/page_geometry.h"
#include "layout/spread.h"

namespace casebook {

std::string roman(int n) {
  static const std::pair<int, const char*> kDigits[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                        {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                        {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
  std::string out;
  for (const auto& [value, digits] : kDigits) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

BookPages layout_book(const LayoutContext& given, const Casebook& data, const std::vector<const Organization*>& orgs,
                      const std::string& subset, const std::vector<std::size_t>& places) {
  // 0. One cache of measured paragraphs for the whole run, unless the
  //    caller brings one: the grids' names, the labels and the headings are
  //    the same on every spread, and are shaped once.
  ParagraphCache own_cache;
  LayoutContext ctx = given;
  if (!ctx.cache) ctx.cache = &own_cache;
  const LayoutSpec& spec = ctx.spec;
  // 1. The spreads, numbered 1, 2, … whatever the front matter holds.
  std::vector<Page> body;
  std::vector<std::size_t> starts;  // index into `body` of each organization's first page
  int number = 1;
  const int first_spread = spec.facing_spreads ? 2 : 1;  // after the leading blank page
  if (spec.facing_spreads) {
    Page blank;
    blank.width = spec.page_width;
    blank.height = spec.page_height;
    blank.number = number++;
    blank.blank = true;
    body.push_back(blank);
  }
  for (std::size_t i = 0; i < orgs.size(); ++i) {
    const Organization* org = orgs[i];
    // Every spread is two pages, so the whole book's folio of a spread is
    // fixed by its place; the parity, and so each page's side, is kept.
    if (i < places.size()) number = first_spread + 2 * static_cast<int>(places[i]);
    starts.push_back(body.size());
    for (Page& p : layout_spread(ctx, *org, number)) body.push_back(std::move(p));
    number += 2;
  }

  // 2. The front matter, laid out until the contents point where the
  //    spreads really are: a longer contents moves every spread on.
  BookPages book;
  std::size_t front_count = 0;
  std::vector<FrontSection> sections;
  bool settled = false;
  for (int pass = 0; pass < 5 && !settled; ++pass) {
    Diagnostics scratch;
    const bool last = pass == 4;
    LayoutContext quiet{ctx.spec, ctx.faces, ctx.taxonomy, last ? ctx.diags : scratch, ctx.data_dir};
    quiet.cache = ctx.cache;
    std::vector<SpreadStart> spreads;
    for (std::size_t i = 0; i < orgs.size(); ++i) {
      spreads.push_back(SpreadStart{orgs[i], front_count + starts[i], body[starts[i]].label.empty()
                                                                          ? std::to_string(body[starts[i]].number)
                                                                          : body[starts[i]].label});
    }
    sections.clear();
    for (const FrontPage page : spec.front_pages) {
      switch (page) {
        case FrontPage::cover: sections.push_back(layout_cover(quiet, data, subset, orgs)); break;
        case FrontPage::preface: sections.push_back(layout_preface(quiet, data)); break;
        case FrontPage::counts: sections.push_back(layout_counts(quiet, data, orgs)); break;
        case FrontPage::contents: sections.push_back(layout_contents(quiet, data, spreads)); break;
        case FrontPage::mapping: sections.push_back(layout_mapping(quiet, data, orgs)); break;
      }
    }
    std::size_t count = 0;
    for (const FrontSection& s : sections) count += s.pages.size();
    // The front matter ends on an even page count, so that page 1 is a
    // right-hand page like page i (左綴じ) and every spread keeps its sides.
    count += count % 2;
    settled = count == front_count;
    front_count = count;
    if (settled) {
      // The settled pass's own problems are the book's.
      for (const Diagnostic& d : scratch.items()) ctx.diags.add(d);
    }
  }
  if (!settled) {
    ctx.diags.warning({spec.path, 1, 1}, "the contents' page numbers did not settle after 5 passes");
  }

  // 3. Assemble: front matter (i, ii, … or unnumbered), then the spreads.
  int front_number = 1;
  for (FrontSection& s : sections) {
    book.bookmarks.push_back(Bookmark{s.title, book.pages.size(), 0});
    for (Page& p : s.pages) {
      p.number = front_number++;
      if (spec.front_roman) p.label = roman(p.number);
      // The front matter is set on a right-hand page's type area; a
      // left-hand page's moves to its side of the binding.
      translate(p.root, page_geometry(spec, p.number).type_area.x - spec.margin_inner);
      if (p.root.kind != FrameKind::cover) add_footer(ctx, p);  // a cover carries no number
      book.pages.push_back(std::move(p));
    }
  }
  if (book.pages.size() % 2 == 1) {
    // An odd front matter ends with a blank left-hand page (no folio).
    Page blank;
    blank.width = spec.page_width;
    blank.height = spec.page_height;
    blank.number = front_number++;
    blank.blank = true;
    blank.front = true;
    book.pages.push_back(std::move(blank));
  }
  if (front_count > 0) book.labels.push_back(PageLabels{0, true, 1});
  // The spreads' labels are their folios: one run while they follow each
  // other, a new run where a booklet skips the whole book's pages.
  for (std::size_t k = 0; k < body.size(); ++k) {
    if (k == 0 || body[k].number != body[k - 1].number + 1) {
      book.labels.push_back(PageLabels{front_count + k, false, body[k].number});
    }
  }
  if (body.empty()) book.labels.push_back(PageLabels{front_count, false, 1});
  for (std::size_t i = 0; i < orgs.size(); ++i) {
    char number_text[16];
    std::snprintf(number_text, sizeof number_text, "%02d ", orgs[i]->number);
    book.bookmarks.push_back(Bookmark{number_text + orgs[i]->name.value, front_count + starts[i], 0});
  }
  for (Page& p : body) book.pages.push_back(std::move(p));
  book.bleed = spec.bleed;
  book.crop_marks = spec.crop_marks;
  return book;
}

}  // namespace casebook
