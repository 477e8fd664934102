#include "text/justify.h"

#include <algorithm>

namespace casebook {

std::vector<Length> distribute(Length amount, const std::vector<Length>& capacities) {
  std::vector<Length> given(capacities.size(), 0);
  Length total = 0;
  for (Length c : capacities) total += c;
  if (amount <= 0 || total <= 0) return given;
  if (amount >= total) return capacities;
  Length handed = 0;
  for (std::size_t i = 0; i < capacities.size(); ++i) {
    given[i] = scale(capacities[i], amount, total);
    given[i] = std::min(given[i], capacities[i]);
    if (given[i] > amount - handed) given[i] = amount - handed;
    handed += given[i];
  }
  for (std::size_t i = 0; handed < amount; i = (i + 1) % capacities.size()) {
    if (given[i] < capacities[i]) {
      ++given[i];
      ++handed;
    }
  }
  return given;
}

namespace {

/// Adds `amount` to the joints of one level, in proportion to their capacity.
Length apply_level(Length amount, const std::vector<Length>& capacity, std::vector<Length>& adjust, int sign) {
  const std::vector<Length> given = distribute(amount, capacity);
  Length used = 0;
  for (std::size_t k = 0; k < given.size(); ++k) {
    adjust[k] += sign * given[k];
    used += given[k];
  }
  return used;
}

}  // namespace

SetLine justify_line(const Prepared& p, const LineBreak& line, const ParagraphOptions& options, bool last_line) {
  SetLine out;
  const std::size_t s = line.first, e = line.last;
  const std::size_t joints = e - s;  // joints s..e-1 lie inside the line
  const LineMeasure m = measure_line(p, s, e);
  Length end_space = m.end_space;
  Length natural = m.natural;
  // The first line ends on the measure less its indent (字下げ).
  Length target = options.measure - (s == 0 ? options.first_line_indent : 0);
  if (line.hanging) target += p.atoms[e].width + end_space;
  out.natural = natural;

  std::vector<Length> adjust(joints, 0);
  auto capacities = [&](auto member) {
    std::vector<Length> c(joints);
    for (std::size_t k = 0; k < joints; ++k) c[k] = member(p.joints[s + k]);
    return c;
  };

  Length diff = target - natural;
  // A line that ends inside a URL is set at its natural width: letter-
  // spacing an address to the measure would make it unreadable.
  const bool stretch_allowed = (!last_line || options.justify_last_line) && !line.url_broken && !options.ragged;
  if (diff < 0) {
    Length excess = -diff;
    excess -= apply_level(excess, capacities([](const Joint& j) { return j.shrink[shrink_word_space]; }), adjust, -1);
    if (excess > 0 && m.removable_end > 0) {
      // ½ em or nothing at a line end (3.1.9), never a quarter.
      excess -= end_space;
      natural -= end_space;
      end_space = 0;
    }
    if (excess > 0) {
      // JLREQ 3.8.3 reduces the quarters around a middle dot before the
      // halves of brackets and commas; casebook takes them last, after
      // the Japanese–Western quarters: ・ and ： are separators read at a
      // glance (孤独・孤立), and a few squeezed solid among many spaced
      // ones make an uneven texture. They give only when nothing else can.
      for (int level : {shrink_bracket, shrink_wa_ou, shrink_middle_dot}) {
        excess -= apply_level(excess, capacities([level](const Joint& j) { return j.shrink[level]; }), adjust, -1);
      }
      if (excess > 0) out.overfull = true;
    }
    diff = excess < 0 ? -excess : 0;  // removing the end space may leave the line short
    if (excess > 0) diff = 0;
  }
  if (diff > 0 && stretch_allowed) {
    Length missing = diff;
    for (int level : {stretch_word_space, stretch_wa_ou, stretch_character}) {
      missing -= apply_level(missing, capacities([level](const Joint& j) { return j.stretch[level]; }), adjust, +1);
    }
    if (missing > 0) {
      // JIS X 4051 step 4: the same amount everywhere expansion may go; for
      // text with no break opportunity at all, between its letters.
      std::vector<Length> equal(joints, 0);
      bool any = false;
      for (std::size_t k = 0; k < joints; ++k) {
        if (p.joints[s + k].expandable) equal[k] = missing, any = true;
      }
      if (!any) {
        for (std::size_t k = 0; k < joints; ++k) equal[k] = missing;
        out.underfull = joints > 0;
      }
      if (joints > 0) {
        const Length each = missing / static_cast<Length>(std::count_if(equal.begin(), equal.end(), [](Length c) { return c > 0; }));
        Length rest = missing;
        for (std::size_t k = 0; k < joints; ++k) {
          if (equal[k] > 0) adjust[k] += each, rest -= each;
        }
        for (std::size_t k = 0; rest > 0; k = (k + 1) % joints) {
          if (equal[k] > 0) ++adjust[k], --rest;
        }
        missing = 0;
      } else {
        out.underfull = true;
      }
    }
  }

  // Place the glyphs.
  Length x = s == 0 ? p.start_space : p.joints[s - 1].start_space;
  Length total_adjust = 0;
  std::size_t uri = 0;  // the first URI that does not end before atom k
  for (std::size_t k = s; k <= e; ++k) {
    const Atom& atom = p.atoms[k];
    const TextRun& run = p.runs[static_cast<std::size_t>(atom.run)];
    // The glyphs of a URL or e-mail address are a link (LineLink).
    while (uri < p.uris.size() && p.uris[uri].end <= atom.begin) ++uri;
    if (atom.in_url && uri < p.uris.size() && atom.begin >= p.uris[uri].begin) {
      const UriRange& range = p.uris[uri];
      if (out.links.empty() || out.links.back().glyph_end != out.glyphs.size() || out.links.back().uri != range.uri) {
        out.links.push_back(LineLink{out.glyphs.size(), out.glyphs.size(), range.uri,
                                     p.text.substr(range.begin, range.end - range.begin)});
      }
      out.links.back().glyph_end = out.glyphs.size() + (atom.glyph_end - atom.glyph_begin);
    }
    Length pen = x;
    for (std::size_t g = atom.glyph_begin; g < atom.glyph_end; ++g) {
      const Glyph& glyph = p.glyphs[g];
      PlacedGlyph placed;
      placed.gid = glyph.gid;
      placed.face = run.style.face;
      placed.size = run.style.size;
      placed.x = pen + glyph.x_offset;
      placed.y_offset = glyph.y_offset;
      if (g == atom.glyph_begin) placed.text = p.text.substr(atom.begin, atom.end - atom.begin);
      placed.advance = glyph.advance;
      placed.space_after = g + 1 == atom.glyph_end && k < e && p.joints[k].typed_space;
      out.glyphs.push_back(std::move(placed));
      pen += glyph.advance;
    }
    x += atom.width;
    if (k < e) {
      x += p.joints[k].natural + adjust[k - s];
      total_adjust += adjust[k - s];
    }
  }
  out.width = x + end_space;
  out.text_begin = p.atoms[s].begin;
  out.text_end = p.atoms[e].end;
  out.justified = stretch_allowed;
  out.overfull = out.overfull || line.overfull;
  out.url_broken = line.url_broken;
  out.forced = line.forced;
  out.hanging = line.hanging;
  const Length em = p.atoms[s].em > 0 ? p.atoms[s].em : 1;
  out.adjustment_em = static_cast<double>(total_adjust - (m.end_space - end_space)) / static_cast<double>(em);
  return out;
}

}  // namespace casebook
