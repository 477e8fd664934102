#include "proof/overlay.h"

#include <cmath>
#include <cstdio>
#include <functional>
#include <map>

#include "layout/page_geometry.h"
#include "layout/cell.h"

namespace casebook {

namespace {

const Color kFrameColor{false, {0.0, 0.65, 0.85, 0}};
const Color kMeasureColor{false, {0.35, 0.35, 1.0, 0}};
const Color kRed{false, {0.9, 0.0, 0.0, 0}};
const Color kTint{false, {1.0, 0.93, 0.75, 0}};
const Color kWarning{false, {0.95, 0.5, 0.0, 0}};
const Color kNote{false, {0.2, 0.55, 0.2, 0}};

std::string format_pt(Length l) {
  char b[32];
  std::snprintf(b, sizeof b, "%g pt", std::round(to_pt(l) * 100) / 100);
  return b;
}

/// Where on a page a span of the data is set: the first text line typed
/// at that line of that file, or the first frame that sets that field.
struct Spot {
  Length x = 0, y = 0;
  bool found = false;
};

}  // namespace

ProofOverlay add_proof_overlay(BookPages& book, const Diagnostics& findings, const LayoutContext& book_ctx) {
  ProofOverlay result;
  // Setting a note reports into result.problems, never into the caller's
  // list: `findings` is often that very list, and appending to a vector
  // while iterating over it reads freed memory.
  const LayoutContext ctx{book_ctx.spec, book_ctx.faces, book_ctx.taxonomy, result.problems, book_ctx.data_dir};
  const LayoutSpec& s = ctx.spec;
  const Length limit = s.page_height - s.margin_bottom;
  int& placed = result.placed;
  std::map<const Diagnostic*, bool> done;
  for (Page& page : book.pages) {
    if (page.blank) continue;
    Frame layer;
    layer.kind = FrameKind::proof;
    layer.rect = Rect{0, 0, page.width, page.height};
    std::map<std::string, Spot> spots;  // "file:line" → first place on this page
    std::function<void(Frame&, int)> walk = [&](Frame& f, int depth) {
      if (depth > 0 && f.rect.width > 0 && f.rect.height > 0) {
        layer.boxes.push_back(Box{f.rect, std::nullopt, pt(0.25), kFrameColor, true});
      }
      if (f.type_size > 0 && f.layout_size > 0 && f.type_size < f.layout_size && !is_part(f.kind)) {
        // A block set smaller to fit: tinted, its size in the margin.
        layer.boxes.insert(layer.boxes.begin(), Box{f.rect, kTint, 0, {}, false});
        const CellContent size = set_cell(ctx, FrameKind::proof_size, label_text(format_pt(f.type_size)), "caption", s.margin_outer,
                                          pt(6), 0);
        const Length x = is_right_hand(page.number) ? s.page_width - s.margin_outer + pt(2) : pt(2);
        Frame text = place_cell(size, Rect{x, f.rect.y, s.margin_outer - pt(4), size.text.height});
        for (TextLine& t : text.lines) t.color = kWarning, layer.lines.push_back(t);
      }
      for (TextLine& t : f.lines) {
        if (t.source.line > 0) {
          const std::string key = t.source.file + ":" + std::to_string(t.source.line);
          if (!spots.count(key)) spots[key] = Spot{t.x, t.baseline, true};
        }
        // Text past the content area is overflow: red.
        if (t.baseline > limit && f.kind != FrameKind::footer) t.color = kRed;
      }
      if (f.source.line > 0) {
        // The field itself (its value starts on this line of the file).
        const std::string key = f.source.file + ":" + std::to_string(f.source.line);
        const Spot spot = f.lines.empty() ? Spot{f.rect.x, f.rect.y + pt(6), true}
                                          : Spot{f.lines.front().x, f.lines.front().baseline, true};
        if (!spots.count(key)) spots[key] = spot;
      }
      if (!f.lines.empty() && is_part(f.kind) && !is_label(f.kind) &&
          f.rect.width > 2 * s.cell_padding) {
        // The measure the text was set to.
        const Length left = f.lines.front().x, right = left + f.lines.front().line.width;
        if (f.lines.front().line.justified && !f.lines.front().line.last) {
          layer.rules.push_back(Rule{left, f.rect.y, left, f.rect.bottom(), pt(0.3), kMeasureColor});
          layer.rules.push_back(Rule{right, f.rect.y, right, f.rect.bottom(), pt(0.3), kMeasureColor});
        }
      }
      for (Frame& c : f.children) walk(c, depth + 1);
    };
    walk(page.root, 0);

    // A marker at the spot of each finding, and its note in the outer margin.
    const bool right_hand = is_right_hand(page.number);
    const Length note_x = right_hand ? s.page_width - s.margin_outer + pt(2) : pt(2);
    const Length note_w = s.margin_outer - pt(4);
    Length next_free = 0;
    for (const Diagnostic& d : findings.items()) {
      if (done[&d] || d.span.line == 0) continue;
      const auto it = spots.find(d.span.file + ":" + std::to_string(d.span.line));
      if (it == spots.end()) continue;
      done[&d] = true;
      ++placed;
      const Color color = d.severity == Severity::error ? kRed : d.severity == Severity::warning ? kWarning : kNote;
      const Spot& spot = it->second;
      layer.boxes.push_back(Box{Rect{spot.x - pt(3), spot.y - pt(7), pt(4), pt(8)}, color, 0, {}, false});
      CellContent note = set_cell(ctx, FrameKind::proof_note, label_text(d.message), "caption", note_w, pt(5), 0, true);
      const Length y = std::max(spot.y - pt(7), next_free);
      Frame placed_note = place_cell(note, Rect{note_x, y, note_w, note.text.height});
      for (TextLine& t : placed_note.lines) t.color = color, layer.lines.push_back(t);
      layer.rules.push_back(Rule{spot.x - pt(1), spot.y - pt(3), right_hand ? note_x : note_x + note_w, y + pt(3), pt(0.3), color});
      next_free = y + note.text.height + pt(2);
    }
    page.root.children.push_back(std::move(layer));
  }
  return result;
}

}  // namespace casebook
