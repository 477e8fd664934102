#include "layout/frame_dump.h"

#include <cstdio>

namespace casebook {

namespace {

std::string num(Length l) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", to_pt(l));
  return b;
}

std::string rect(const Rect& r) { return num(r.x) + "," + num(r.y) + " " + num(r.width) + "x" + num(r.height); }

std::string color(const Color& c) {
  char b[64];
  if (c.cmyk) {
    std::snprintf(b, sizeof b, "cmyk(%g,%g,%g,%g)", c.v[0] * 100, c.v[1] * 100, c.v[2] * 100, c.v[3] * 100);
  } else {
    std::snprintf(b, sizeof b, "#%02x%02x%02x", static_cast<int>(c.v[0] * 255 + 0.5),
                  static_cast<int>(c.v[1] * 255 + 0.5), static_cast<int>(c.v[2] * 255 + 0.5));
  }
  return b;
}

void dump(const Frame& f, int depth, bool with_sources, std::string& out) {
  const std::string pad(static_cast<std::size_t>(depth) * 2, ' ');
  out += pad + "frame " + std::string(frame_kind_name(f.kind)) + " " + rect(f.rect);
  if (with_sources && f.source.line > 0) out += " <" + f.source.file + ":" + std::to_string(f.source.line) + ">";
  if (f.type_size > 0 && f.type_size != f.layout_size) out += " size=" + num(f.type_size);
  if (f.overflow > 0) out += " overflow=" + num(f.overflow);
  out += "\n";
  for (const Box& b : f.boxes) {
    out += pad + "  box " + rect(b.rect);
    if (b.fill) out += " fill=" + color(*b.fill);
    if (b.stroke_width > 0) out += " stroke=" + num(b.stroke_width) + color(b.stroke) + (b.dashed ? " dashed" : "");
    out += "\n";
  }
  for (const Image& i : f.images) out += pad + "  image " + rect(i.rect) + "\n";
  for (const Frame& c : f.children) dump(c, depth + 1, with_sources, out);
  for (const Rule& r : f.rules) {
    out += pad + "  rule " + num(r.x1) + "," + num(r.y1) + " " + num(r.x2) + "," + num(r.y2) + " " + num(r.width) +
           color(r.color) + "\n";
  }
  for (const TextLine& t : f.lines) {
    std::string text;
    for (const PlacedGlyph& g : t.line.glyphs) text += g.text;
    out += pad + "  text " + num(t.x) + "," + num(t.baseline) + " w=" + num(t.line.width) + " \"" + text + "\"\n";
  }
}

}  // namespace

std::string dump_pages(const std::vector<Page>& pages, bool with_sources) {
  std::string out;
  for (const Page& p : pages) {
    out += "page " + std::to_string(p.number) + " " + num(p.width) + "x" + num(p.height) + (p.blank ? " blank" : "") +
           "\n";
    dump(p.root, 1, with_sources, out);
  }
  return out;
}

}  // namespace casebook
