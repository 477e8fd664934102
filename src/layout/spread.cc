#include "layout/spread.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

#include "layout/blocks.h"
#include "layout/cell.h"
#include "layout/copyfit.h"
#include "layout/hopeless.h"
#include "layout/page_geometry.h"

namespace casebook {

namespace {

bool is_text_block(BlockKind kind) { return block_info(kind).text_table; }


/// The heading label of a block (its name in notes).
const std::string& heading_of(const LayoutContext& ctx, BlockKind kind) {
  const Labels& l = ctx.spec.labels;
  switch (kind) {
    case BlockKind::activities: return l.activities_heading.text;
    case BlockKind::targets: return l.targets_heading.text;
    case BlockKind::content: return l.content_heading.text;
    case BlockKind::results: return l.results_heading.text;
    case BlockKind::photos: return l.photos_heading.text;
    case BlockKind::profile: return l.profile_heading.text;
    case BlockKind::header: break;  // the header has no heading; its name is the block's
  }
  static const std::string header = "header";
  return header;
}

/// Sets block `kind` at (x, y): the one place a block kind is dispatched.
Frame layout_block(const LayoutContext& ctx, BlockKind kind, const Organization& org, const Fit& fit, Length x,
                   Length y, Length width) {
  // The copyfit step the block is set on, if copyfitting moved it down.
  const auto down = fit.steps_down.find(kind);
  const ScaleStep* step = down == fit.steps_down.end() || down->second == 0 ? nullptr
                                                                              : &ctx.spec.copyfit_steps.at(down->second - 1);
  const Length stretch = kind == fit.fill ? fit.stretch : kind == fit.foot ? fit.foot_stretch : 0;
  switch (kind) {
    case BlockKind::header: return layout_header(ctx, org, x, y, width);
    case BlockKind::activities: return layout_activities(ctx, org, x, y, width);
    case BlockKind::targets: return layout_targets(ctx, org, x, y, width);
    case BlockKind::content: return layout_content(ctx, org, x, y, width, step, stretch);
    case BlockKind::results: return layout_results(ctx, org, x, y, width, step, stretch);
    case BlockKind::photos: return layout_photos(ctx, org, x, y, width, fit.photo_height);
    case BlockKind::profile: return layout_profile(ctx, org, x, y, width, step, stretch);
  }
  return Frame{};
}

std::string format_pt(Length l) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g pt", std::round(to_pt(l) * 100) / 100);
  return buffer;
}

/// The layout key that keeps a page's text from getting smaller than
/// `smallest`, and where it is written: copyfit.min_size when the steps
/// already reach it (or there are none), else copyfit.steps; "" when the
/// layout gives neither a place.
std::string copyfit_floor_hint(const LayoutSpec& s, Length smallest) {
  if (s.min_size > 0 && s.min_size.span.line > 0 && smallest <= s.min_size) {
    return "copyfit.min_size (" + format_pt(s.min_size) + ") is at " + place_of(s.min_size.span) +
           ": no block is set smaller; allow a smaller copyfit.min_size in the layout";
  }
  if (s.copyfit_steps_span.line > 0) {
    return "copyfit.steps is at " + place_of(s.copyfit_steps_span) + ": its smallest step is " + format_pt(smallest);
  }
  return "";
}

/// Lays out the blocks of one page from the top of the content area.
Frame layout_page(const LayoutContext& ctx, const Organization& org, const std::vector<BlockKind>& blocks,
                  const Fit& fit, Length x, Length top) {
  Frame root;
  root.kind = FrameKind::page;
  const Length width = ctx.content_width();
  Length y = top;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (i > 0) y += ctx.spec.block_gap;
    Frame block = layout_block(ctx, blocks[i], org, fit, x, y, width);
    y = block.rect.bottom();
    root.children.push_back(std::move(block));
  }
  root.rect = Rect{x, top, width, y - top};
  return root;
}

/// A frame of the long text fields' blocks: (1), (2) and the profile's
/// message.
bool in_long_text_block(FrameKind kind) {
  switch (kind) {
    case FrameKind::content_label:
    case FrameKind::content_table:
    case FrameKind::content_purpose:
    case FrameKind::content_audience:
    case FrameKind::content_description:
    case FrameKind::results_label:
    case FrameKind::results_table:
    case FrameKind::results_partners:
    case FrameKind::results_outreach:
    case FrameKind::results_outcomes:
    case FrameKind::profile_message:
      return true;
    default:
      return false;
  }
}

/// The text field a page's overflow is blamed on: of the long text fields
/// on the page (content, results, the profile's message), the one with the
/// most lines — the text an editor would cut.
const Frame* longest_text_field(const Frame& f) {
  const Frame* best = nullptr;
  if (f.text_lines > 0 && f.source.line > 0 &&
      in_long_text_block(f.kind)) {
    best = &f;
  }
  for (const Frame& c : f.children) {
    const Frame* o = longest_text_field(c);
    if (o && (!best || o->text_lines > best->text_lines)) best = o;
  }
  return best;
}

const Frame* first_text_field(const Frame& f) {
  if (f.text_lines > 0 && f.source.line > 0 && is_part(f.kind) && !is_label(f.kind)) {
    return &f;
  }
  for (const Frame& c : f.children) {
    if (const Frame* t = first_text_field(c)) return t;
  }
  return nullptr;
}

/// The row label of a text field's frame kind; null for a frame that is
/// not a labelled field.
const Label* label_of(const Labels& l, FrameKind kind) {
  switch (kind) {
    case FrameKind::header_name: return &l.name;
    case FrameKind::header_region: return &l.region;
    case FrameKind::header_title: return &l.title;
    case FrameKind::content_purpose: return &l.purpose;
    case FrameKind::content_audience: return &l.audience;
    case FrameKind::content_description: return &l.description;
    case FrameKind::results_partners: return &l.partners;
    case FrameKind::results_outreach: return &l.outreach;
    case FrameKind::results_outcomes: return &l.outcomes;
    case FrameKind::profile_name: return &l.profile_name;
    case FrameKind::profile_representative: return &l.representative;
    case FrameKind::profile_founded: return &l.founded;
    case FrameKind::profile_staff: return &l.staff;
    case FrameKind::profile_address: return &l.address;
    case FrameKind::profile_website: return &l.website;
    case FrameKind::profile_message: return &l.message;
    default: return nullptr;
  }
}

std::string field_label(const LayoutContext& ctx, FrameKind frame_kind) {
  const Label* field = label_of(ctx.spec.labels, frame_kind);
  std::string label = field ? field->text : std::string(frame_kind_name(frame_kind));
  std::replace(label.begin(), label.end(), '\n', ' ');
  for (std::size_t at = label.find(' '); at != std::string::npos; at = label.find(' ', at)) label.replace(at, 1, "／");
  return label;
}

}  // namespace

std::vector<Page> layout_spread(const LayoutContext& ctx, const Organization& record, int first_page) {
  const LayoutSpec& s = ctx.spec;
  // A field longer than any page can hold is an overflow at once, and only
  // as much of it as overflows the page is set (see hopeless.h).
  Organization cut_copy;
  bool hopeless[2];
  const Organization& org = without_hopeless_fields(ctx, record, first_page, cut_copy, hopeless);
  std::vector<Page> pages;
  const Length top = s.margin_top;
  const Length limit = s.page_height - s.margin_bottom;
  const std::vector<BlockKind>* lists[] = {&s.page1, &s.page2};

  for (int k = 0; k < 2; ++k) {
    // A record without photos has no (3) 取組の様子 in the book: its room
    // goes to the other blocks. A proof shows the photo area instead, as a
    // framed placeholder in the room the page has left (below).
    std::vector<BlockKind> blocks;
    std::optional<std::size_t> placeholder_at;
    for (const BlockKind b : *lists[k]) {
      if (b == BlockKind::photos && org.photos.empty()) {
        if (ctx.proof) placeholder_at = blocks.size();
        continue;
      }
      blocks.push_back(b);
    }
    const int number = first_page + k;
    const Length x = page_geometry(s, number).type_area.x;
    Fit fit;
    for (const BlockKind b : blocks) {
      if (is_text_block(b)) fit.steps_down[b] = 0;
    }
    const bool has_photos = std::find(blocks.begin(), blocks.end(), BlockKind::photos) != blocks.end();

    // Copyfitting works on a scratch list of diagnostics: only the final
    // layout's problems (a character no face has, an overfull line) count.
    Diagnostics scratch;
    LayoutContext quiet{ctx.spec, ctx.faces, ctx.taxonomy, scratch, ctx.data_dir, ctx.photos, ctx.proof, ctx.cache};
    fit.photo_height = s.photo_min_height;
    if (hopeless[k]) {
      // A field no size can fit (reported already): no trials, the
      // last step at once.
      for (auto& [kind, down] : fit.steps_down) down = s.copyfit_steps.size();
    } else {
      Frame first = layout_page(quiet, org, blocks, fit, x, top);
      // 1. The photo area takes the room left, within its limits.
      if (has_photos && first.rect.bottom() < limit) {
        fit.photo_height = std::min(s.photo_max_height, s.photo_min_height + (limit - first.rect.bottom()));
      }
      // 2. Then the largest text block steps down the layout's copyfit
      //    steps, one step of the type scale at a time, until the page fits.
      auto measure = [&](const Frame& page_root) {
        TrialPage trial;
        trial.bottom = page_root.rect.bottom();
        // The page's frames are its blocks, in order.
        for (std::size_t i = 0; i < blocks.size(); ++i) {
          if (is_text_block(blocks[i])) trial.text_blocks.emplace_back(blocks[i], page_root.children.at(i).rect.height);
        }
        return trial;
      };
      fit = copyfit(fit, measure(first), limit, s.copyfit_steps.size(),
                    [&](const Fit& trial) { return measure(layout_page(quiet, org, blocks, trial, x, top)); })
                .fit;
    }

    // A proof's placeholder takes only the room the text leaves, so the
    // proof sets the text exactly as the book does.
    if (placeholder_at) {
      const Length room = limit - layout_page(quiet, org, blocks, fit, x, top).rect.bottom() - s.block_gap;
      if (room >= s.photo_min_height) {
        blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(*placeholder_at), BlockKind::photos);
        fit.photo_height = std::min(s.photo_max_height, room);
      }
    }

    // 3. The fill block takes the room still left, so that the page ends
    //    on the bottom margin and the blocks after the fill block sit at
    //    its foot: the same blocks start at the same height on every spread.
    if (!hopeless[k] && k < static_cast<int>(s.fill.size()) &&
        std::find(blocks.begin(), blocks.end(), s.fill[static_cast<std::size_t>(k)]) != blocks.end()) {
      fit.fill = s.fill[static_cast<std::size_t>(k)];
      const std::size_t at = static_cast<std::size_t>(std::find(blocks.begin(), blocks.end(), *fit.fill) - blocks.begin());
      if (at + 1 < blocks.size()) {
        // The page's last block, after the fill block, sits on the foot:
        // at least foot_height tall where the page has the room, so that it
        // starts at the same height on every spread.
        const Frame natural = layout_page(quiet, org, blocks, fit, x, top);
        const Length height = natural.children.back().rect.height;
        fit.foot = blocks.back();
        fit.foot_stretch = std::clamp<Length>(s.foot_height - height, 0, std::max<Length>(0, limit - natural.rect.bottom()));
        if (height > s.foot_height + s.template_tolerance) {
          ctx.diags.note(Span{org.path, 1, 1}, heading_of(ctx, *fit.foot) + " starts " +
                                                   format_pt(height - s.foot_height) +
                                                   " higher than the template on page " + std::to_string(number) +
                                                   ": its text needs more than template.foot_height");
          ctx.diags.tag("template");
        }
      }
      fit.stretch = std::max<Length>(0, limit - layout_page(quiet, org, blocks, fit, x, top).rect.bottom());
    }

    // The final layout, reporting its own problems.
    Frame root = layout_page(ctx, org, blocks, fit, x, top);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      const Frame& b = root.children.at(i);
      if (!hopeless[k] && is_text_block(blocks[i]) && b.type_size < b.layout_size) {
        const Frame* field = first_text_field(b);
        const Span at = field ? field->source : Span{org.path, 1, 1};
        const std::string message = heading_of(ctx, blocks[i]) + " set at " + format_pt(b.type_size) +
                                    " instead of " + format_pt(b.layout_size) + " to fit page " +
                                    std::to_string(number);
        // A step or two down is routine; far below the nominal size the
        // block reads visibly smaller than its neighbours, so the layout's
        // copyfit.warn_below makes it a warning the editor must look at.
        if (b.layout_size - b.type_size > s.copyfit_warn_below) {
          ctx.diags.warning(at, message, {"shorten the text, or allow it with the layout's copyfit.warn_below"});
        } else {
          ctx.diags.note(at, message);
        }
        ctx.diags.tag("shrink");
      }
    }
    if (root.rect.bottom() > limit) {
      root.overflow = root.rect.bottom() - limit;
      const Frame* field = longest_text_field(root);
      int lines_past = 1;
      if (field && field->text_lines > 1 && field->lines.size() >= 2) {
        const Length pitch = field->lines[1].baseline - field->lines[0].baseline;
        if (pitch > 0) lines_past = static_cast<int>((root.overflow + pitch - 1) / pitch);
      }
      const Span at = field ? field->source : Span{org.path, 1, 1};
      const std::string what = field ? field_label(ctx, field->kind) : "the page";
      const Length smallest = s.copyfit_steps.empty() ? ctx.spec.styles.body.size : s.copyfit_steps.back().size;
      const std::string size = format_pt(field ? field->type_size : smallest);
      if (!hopeless[k]) {
        std::vector<std::string> hints = {
            "shorten the text, or give the layout's copyfit.steps a smaller step of the type scale"};
        // The error is at the record; the layout key that set the floor is
        // a second place the user may change.
        if (const std::string floor = copyfit_floor_hint(s, smallest); !floor.empty()) hints.push_back(floor);
        ctx.diags.error(at, what + " overflows page " + std::to_string(number) + " by " +
                                std::to_string(lines_past) + (lines_past == 1 ? " line" : " lines") + " at " + size,
                        std::move(hints));
        ctx.diags.tag("overflow");
      }
      // Mark the spot: the content area's bottom edge and the field in red.
      const Color red{false, {0.9, 0.0, 0.0, 0.0}};
      root.rules.push_back(Rule{x, limit, x + ctx.content_width(), limit, pt(1), red});
      if (field) root.boxes.push_back(Box{field->rect, std::nullopt, pt(1.5), red, false});
    }

    Page page;
    page.width = s.page_width;
    page.height = s.page_height;
    page.number = number;
    page.root = std::move(root);
    // Page 2 names its organization too (page 1 has the header).
    if (k == 1) add_running_head(ctx, org, page);
    add_footer(ctx, page);
    pages.push_back(std::move(page));
  }
  return pages;
}

void add_running_head(const LayoutContext& ctx, const Organization& org, Page& page) {
  const LayoutSpec& s = ctx.spec;
  const PageGeometry geometry = page_geometry(s, page.number);
  const Length x = geometry.type_area.x;
  char number[16];
  std::snprintf(number, sizeof number, "%02d", org.number);
  // Number and name apart by an ideographic space, as the report's index
  // sets them.
  RichText text = label_text(std::string(number) + "\u3000" + org.name.value, org.name.span);
  CellContent cell = set_cell(ctx, FrameKind::running_head, text, s.styles.*s.running_head_style, ctx.content_width(), 0, 0, true);
  const Length baseline = s.running_head_baseline;
  Frame head = place_cell(cell, Rect{x, baseline - cell.text.height, ctx.content_width(), cell.text.height});
  // Flush with the outer edge: left on a left-hand (even) page, right on a
  // right-hand one; one line, on the layout's baseline.
  for (TextLine& line : head.lines) {
    line.baseline = baseline;
    if (geometry.right_hand) line.x = geometry.outer_edge() - line.line.width;
  }
  head.kind = FrameKind::running_head;
  page.root.children.push_back(std::move(head));
}

void add_footer(const LayoutContext& ctx, Page& page) {
  const LayoutSpec& s = ctx.spec;
  const PageGeometry geometry = page_geometry(s, page.number);
  const Length x = geometry.type_area.x;
  if (page.label.empty() && !page.front) page.label = std::to_string(page.number);
  if (page.label.empty()) return;
  const std::string text = page.label;
  CellContent cell = set_cell(ctx, FrameKind::footer, label_text(text), ctx.spec.styles.footer, ctx.content_width() + 2 * s.cell_padding);
  cell.align = Align::center;
  cell.padding = 0;
  const Length baseline = s.page_height - s.footer_baseline;
  Frame footer = place_cell(cell, Rect{x, baseline - cell.text.height, ctx.content_width(), cell.text.height});
  // place_cell puts the first baseline inside the pitch; put it on the
  // layout's footer baseline.
  for (TextLine& line : footer.lines) line.baseline = baseline;
  if (!s.running_title.empty()) {
    CellContent title = set_cell(ctx, FrameKind::footer_title, label_text(s.running_title), ctx.spec.styles.footer,
                                 ctx.content_width() + 2 * s.cell_padding);
    title.padding = 0;
    Frame placed = place_cell(title, footer.rect);
    for (TextLine& line : placed.lines) {
      line.baseline = baseline;
      // Flush with the outer edge, as the running head.
      line.x = geometry.right_hand ? geometry.outer_edge() - line.line.width : geometry.outer_edge();
      footer.lines.push_back(line);
    }
  }
  footer.kind = FrameKind::footer;
  page.root.children.push_back(std::move(footer));
}

}  // namespace casebook
