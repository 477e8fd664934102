#include "proof/overlay.h"

#include <cmath>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>

#include "layout/page_geometry.h"
#include "layout/cell.h"
#include "proof/wording.h"

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

/// A name for a finding that stays the same when the same proof is set
/// again (FNV-1a of its place, kind and message), so a viewer's replies and
/// review marks on a note can be matched with the next proof's note.
std::string stable_id(const Diagnostic& d, const std::string& data_dir, std::map<std::string, int>& seen) {
  const std::string key = proof_wording::where(d, data_dir) + "|" + d.code + "|" + d.message;
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
  char b[40];
  std::snprintf(b, sizeof b, "casebook-%016llx", static_cast<unsigned long long>(h));
  const int n = ++seen[b];  // the same finding twice: -2, -3, …
  return n == 1 ? std::string(b) : std::string(b) + "-" + std::to_string(n);
}

/// Where on a page a span of the data is set: the first text line typed
/// at that line of that file, or the first frame that sets that field.
struct Spot {
  Length x = 0, y = 0;
  bool found = false;
};

}  // namespace

std::vector<Length> stack_notes(const std::vector<Length>& wanted, const std::vector<Length>& heights, Length top,
                                Length bottom, Length gap) {
  std::vector<Length> tops(wanted.size());
  // Down: each at its wish or below the one before.
  Length next_free = top;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    tops[i] = std::max(wanted[i], next_free);
    next_free = tops[i] + heights[i] + gap;
  }
  // Up: those pushed past the foot move up, pushing the ones above them;
  // only when all of them cannot fit do they run past `top`.
  Length limit = bottom;
  for (std::size_t i = wanted.size(); i-- > 0;) {
    tops[i] = std::min(tops[i], limit - heights[i]);
    limit = tops[i] - gap;
  }
  return tops;
}

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
  std::map<std::string, int> ids;
  for (Page& page : book.pages) {
    if (page.blank) continue;
    Frame layer;
    layer.kind = FrameKind::proof;
    layer.rect = Rect{0, 0, page.width, page.height};
    // The tints of shrunk blocks go into a layer of their own drawn first,
    // under everything the page sets: the proofreader reads the block
    // and its heading through the tint, not under an opaque box.
    Frame under;
    under.kind = FrameKind::proof;
    under.rect = layer.rect;
    std::map<std::string, Spot> spots;  // "file:line" → first place on this page
    std::function<void(Frame&, int)> walk = [&](Frame& f, int depth) {
      if (depth > 0 && f.rect.width > 0 && f.rect.height > 0) {
        layer.boxes.push_back(Box{f.rect, std::nullopt, pt(0.25), kFrameColor, true});
      }
      if (f.type_size > 0 && f.layout_size > 0 && f.type_size < f.layout_size && !is_part(f.kind)) {
        // A block set smaller to fit: tinted, its size in the margin.
        under.boxes.push_back(Box{f.rect, kTint, 0, {}, false});
        const CellContent size = set_cell(ctx, FrameKind::proof_size, label_text(format_pt(f.type_size)), ctx.spec.styles.caption, s.margin_outer,
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
    struct Placed {
      const Diagnostic* d;
      Spot spot;
      Color color;
      CellContent note;
    };
    std::vector<Placed> on_page;
    for (const Diagnostic& d : findings.items()) {
      if (done[&d] || d.span.line == 0) continue;
      const auto it = spots.find(d.span.file + ":" + std::to_string(d.span.line));
      if (it == spots.end()) continue;
      done[&d] = true;
      ++placed;
      const Color color = d.severity == Severity::error ? kRed : d.severity == Severity::warning ? kWarning : kNote;
      Spot spot = it->second;
      // Overflowing text is set past the page's foot: its marker stays on the page.
      spot.y = std::min(spot.y, page.height - pt(4));
      on_page.push_back(
          {&d, spot, color, set_cell(ctx, FrameKind::proof_note, label_text(d.message), ctx.spec.styles.caption, note_w, pt(5), 0, true)});
    }
    // Notes stack down the outer margin in the order of their spots, each
    // beside its spot where it can be, never over another note, and all on
    // the page.
    std::stable_sort(on_page.begin(), on_page.end(), [](const Placed& a, const Placed& b) { return a.spot.y < b.spot.y; });
    std::vector<Length> wanted, heights;
    for (const Placed& p : on_page) {
      wanted.push_back(p.spot.y - pt(7));
      heights.push_back(std::max(p.note.text.height, pt(8)));
    }
    const std::vector<Length> tops = stack_notes(wanted, heights, pt(2), page.height - pt(2), pt(2));
    for (std::size_t i = 0; i < on_page.size(); ++i) {
      const Placed& p = on_page[i];
      const Length y = tops[i];
      layer.boxes.push_back(Box{Rect{p.spot.x - pt(3), p.spot.y - pt(7), pt(4), pt(8)}, p.color, 0, {}, false});
      Frame placed_note = place_cell(p.note, Rect{note_x, y, note_w, p.note.text.height});
      for (TextLine& t : placed_note.lines) t.color = p.color, layer.lines.push_back(t);
      layer.rules.push_back(
          Rule{p.spot.x - pt(1), p.spot.y - pt(3), right_hand ? note_x : note_x + note_w, y + pt(3), pt(0.3), p.color});
      layer.notes.push_back(Note{Rect{note_x, y, note_w, heights[i]}, proof_wording::note_contents(*p.d, ctx.data_dir),
                                 proof_wording::kNoteAuthor, proof_wording::note_subject(*p.d), stable_id(*p.d, ctx.data_dir, ids),
                                 p.color});
    }
    if (!under.boxes.empty()) page.root.children.insert(page.root.children.begin(), std::move(under));
    page.root.children.push_back(std::move(layer));
  }
  return result;
}

}  // namespace casebook
