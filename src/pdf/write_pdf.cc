#include "pdf/write_pdf.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <optional>
#include <cstdio>
#include <map>
#include <memory>

#include "pdf/annotations.h"
#include "pdf/catalog.h"
#include "pdf/colour.h"
#include "pdf/document.h"
#include "pdf/embedded_font.h"
#include "pdf/object_streams.h"
#include "pdf/structure.h"
#include "pdf/output_intent.h"
#include "pdf/xmp.h"
#include "layout/frame_dump.h"
#include "layout/roles.h"
#include "text/face.h"

namespace casebook::pdf {

namespace {

/// A number as PDF writes it: up to three decimals, no trailing zeros.
std::string num(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.3f", std::abs(v) < 0.0005 ? 0.0 : v);
  std::string s = b;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string color_op(const Color& c, bool stroke) {
  if (c.cmyk) return num(c.v[0]) + " " + num(c.v[1]) + " " + num(c.v[2]) + " " + num(c.v[3]) + (stroke ? " K" : " k");
  return num(c.v[0]) + " " + num(c.v[1]) + " " + num(c.v[2]) + (stroke ? " RG" : " rg");
}

/// Gaps between two glyphs' boxes, in ems of the larger: one wider than
/// kJoinGapEm where no space was typed, or an overlap that deep, is
/// bridged by an ActualText span (text extractors read 0.1 em as a word
/// space); a typed space narrower than kSpaceGapEm is written into the
/// span's text (a Japanese–Western space may shrink to ⅛ em, JLREQ 3.8.3,
/// and poppler's -raw mode sees a space only beyond 0.15 em); a wider one
/// is left a gap, so that the words on either side stay words of their own.
constexpr double kJoinGapEm = 0.05;
constexpr double kSpaceGapEm = 0.16;

/// Writes the frames of one page into its content stream, and a link
/// annotation over each URL and e-mail address when `links` is set.
/// `origin` is where the trimmed page's lower left corner lies on the
/// sheet (the bleed and crop marks around it), in points.
class PageWriter {
 public:
  PageWriter(Document& doc, HPDF_Page page, double height, std::map<std::string, std::unique_ptr<EmbeddedFont>>& fonts,
             std::map<std::string, HPDF_Image>& images, Length page_width = 0, Length bleed = 0, bool links = false,
             double origin = 0)
      : doc_(doc), page_(page), height_(height), fonts_(fonts), images_(images), page_width_(page_width),
        bleed_(bleed), links_(links), origin_(origin) {
    stream_ = static_cast<HPDF_PageAttr>(page->attr)->stream;
  }

  /// Tags what this writer draws (the web edition): the content of the
  /// frames `tree` holds becomes its marked content on page `index`,
  /// everything else is an /Artifact (PDF 32000-1 14.8.2.2).
  void tag(StructureTree* tree, std::size_t index) { tags_ = tree, page_index_ = index; }

  void frame(const Frame& f) {
    const std::optional<std::size_t> element = tags_ ? tags_->element_of(f) : std::nullopt;
    for (const Box& b : f.boxes) {
      if (b.fill) furniture("q " + color_op(*b.fill, false) + " " + rect(bled(b.rect)) + " re f Q\n");
    }
    for (const Image& i : f.images) {
      if (tags_) emit(element ? tags_->begin_marked_content(*element, page_index_) : "/Artifact BMC\n");
      image(i);
      if (tags_) emit("EMC\n");
    }
    for (const Frame& c : f.children) frame(c);
    for (const Box& b : f.boxes) {
      if (b.stroke_width > 0) {
        furniture("q " + color_op(b.stroke, true) + " " + num(to_pt(b.stroke_width)) + " w " +
                  (b.dashed ? "[3 2] 0 d " : "") + rect(b.rect) + " re S Q\n");
      }
    }
    for (const Rule& r : f.rules) {
      furniture("q " + color_op(r.color, true) + " " + num(to_pt(r.width)) + " w " + num(to_pt(r.x1)) + " " + y(r.y1) +
                " m " + num(to_pt(r.x2)) + " " + y(r.y2) + " l S Q\n");
    }
    // Tagged, text() marks a line's content as its element's (each
    // stretch its own sequence); a line no element holds is an artifact.
    for (std::size_t i = 0; i < f.lines.size(); ++i) {
      const std::optional<std::size_t> owner = tags_ ? tags_->element_of(f, i) : std::nullopt;
      const bool joined = i + 1 < f.lines.size() && joins_marker(f.lines[i], f.lines[i + 1]);
      const TextLine line = joined ? with_marker(f.lines[i], f.lines[i + 1]) : f.lines[i];
      if (joined) ++i;
      // A line with a URL goes into a Link element of its own, which also
      // holds the line's link annotations (14.8.4.4.2).
      const bool link = owner && links_ && !line.line.links.empty();
      element_ = link ? std::optional(tags_->add_link_element(*owner)) : owner;
      const bool artifact = tags_ && !owner;
      if (artifact) emit("/Artifact BMC\n");
      text(line);
      if (artifact) emit("EMC\n");
      element_.reset();
    }
  }

  /// Draws what is no content — a rule, a fill, a frame's box — marked
  /// as an artifact when tagging.
  void furniture(const std::string& ops) { emit(tags_ ? "/Artifact BMC\n" + ops + "EMC\n" : ops); }

  /// Whether `marker` is a list item's marker and `first` the first line
  /// of its text, on the same baseline in the same colour.
  static bool joins_marker(const TextLine& marker, const TextLine& first) {
    return marker.marker && !first.marker && marker.baseline == first.baseline && marker.color == first.color &&
           !marker.line.glyphs.empty() && first.x >= marker.x;
  }

  /// A list item's marker and the first line of its text as one line, so
  /// that the marker's hang gap (the marker's width plus marker_gap) is
  /// spacing like any other: the span that bridges JLREQ spacing takes
  /// the marker and the text in one piece, and 「・過去の…」 copies as
  /// typed, not 「・ 過去の…」. A "1. " marker had its space typed: it
  /// stays a space.
  static TextLine with_marker(const TextLine& marker, const TextLine& first) {
    TextLine t = marker;
    t.marker = false;
    std::vector<PlacedGlyph>& glyphs = t.line.glyphs;
    const std::string& last = glyphs.back().text;
    if (!last.empty() && (last.back() == '.' || last.ends_with("．"))) glyphs.back().space_after = true;
    for (PlacedGlyph g : first.line.glyphs) {
      g.x += first.x - marker.x;
      glyphs.push_back(std::move(g));
    }
    t.line.width = first.x - marker.x + first.line.width;
    const std::size_t shift = marker.line.glyphs.size();
    for (LineLink l : first.line.links) {
      l.glyph_begin += shift, l.glyph_end += shift;
      t.line.links.push_back(std::move(l));
    }
    return t;
  }

 private:
  std::string y(Length v) const { return num(height_ - to_pt(v)); }
  std::string rect(const Rect& r) const {
    return num(to_pt(r.x)) + " " + num(height_ - to_pt(r.bottom())) + " " + num(to_pt(r.width)) + " " +
           num(to_pt(r.height));
  }

  void emit(const std::string& ops) { check(HPDF_Stream_WriteStr(stream_, ops.c_str()), "writing page content"); }

 public:
  void raw(const std::string& ops) { emit(ops); }

 private:
  /// A background that touches the trim extends into the bleed.
  Rect bled(Rect r) const {
    if (bleed_ <= 0) return r;
    const Length page_height = static_cast<Length>(std::llround(height_ * kUnitsPerPoint));
    if (r.x <= 0) r.width += bleed_ - r.x, r.x = -bleed_;
    if (r.y <= 0) r.height += bleed_ - r.y, r.y = -bleed_;
    if (r.right() >= page_width_) r.width = page_width_ + bleed_ - r.x;
    if (r.bottom() >= page_height) r.height = page_height + bleed_ - r.y;
    return r;
  }

  EmbeddedFont& font_for(const Face& face) {
    // By file, and by face for the faces of a collection after its first.
    const std::string key = face.index() == 0 ? face.path() : face.path() + "#" + std::to_string(face.index());
    auto it = fonts_.find(key);
    if (it == fonts_.end()) {
      const std::string name = "CB" + std::to_string(fonts_.size() + 1);
      it = fonts_.emplace(key, std::make_unique<EmbeddedFont>(doc_, FontFile{face.path(), face.index()}, name)).first;
    }
    register_font(*it->second);
    return *it->second;
  }

  /// Puts the font in the page's /Resources /Font dictionary.
  void register_font(const EmbeddedFont& font) {
    HPDF_Dict resources = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(page_, "Resources", HPDF_OCLASS_DICT));
    if (!resources) throw PdfError("page has no resource dictionary");
    HPDF_Dict fonts = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(resources, "Font", HPDF_OCLASS_DICT));
    if (!fonts) {
      fonts = checked(HPDF_Dict_New(doc_.mmgr()), "creating the font resources");
      check(HPDF_Dict_Add(resources, "Font", fonts), "adding the font resources");
    }
    if (!HPDF_Dict_GetItem(fonts, font.name().c_str(), HPDF_OCLASS_DICT)) {
      check(HPDF_Dict_Add(fonts, font.name().c_str(), font.dict()), "adding a font to the page");
    }
  }

  /// One set line in one text object: a TJ per stretch of one face and
  /// size, each glyph at its exact x through TJ adjustments computed from
  /// the /W widths.
  ///
  /// Text extractors read a gap between two glyphs as a word space
  /// (poppler: more than 0.1 em, or in -raw mode 0.15 em; an overlap of
  /// more than 0.2 em starts a new line in -raw mode), and Japanese
  /// spacing makes such gaps everywhere no space was typed: the ½ em after
  /// 、, the ¼ em around ・ (JLREQ Appendix B), the ¼ em between Japanese
  /// and Latin (3.2.3), a justified line's added space, a squeezed pair
  /// of marks. Glyphs joined by such a gap go into one marked-content
  /// span whose ActualText is their text (PDF 32000 14.9.4), so copying a
  /// sentence gives the sentence; the glyphs stay where the layout put
  /// them. A gap where the data typed a space is left to read as a space
  /// (or, too narrow for that, carries the space in its span's text).
  void text(const TextLine& t) {
    const auto& glyphs = t.line.glyphs;
    // 1. Each glyph's code, origin and the end of its box, in points.
    struct Shown {
      EmbeddedFont* font = nullptr;
      std::uint16_t code = 0;
      double x = 0, end = 0, size = 0;
    };
    std::vector<Shown> shown(glyphs.size());
    for (std::size_t g = 0; g < glyphs.size(); ++g) {
      const PlacedGlyph& glyph = glyphs[g];
      if (!glyph.face) continue;
      Shown& s = shown[g];
      s.font = &font_for(*glyph.face);
      s.size = to_pt(glyph.size);
      const double width = glyph.advance >= 0 && glyph.size > 0
                               ? static_cast<double>(glyph.advance) * 1000.0 / static_cast<double>(glyph.size)
                               : -1;
      s.code = s.font->use(glyph.gid, glyph.text, width);
      s.x = to_pt(t.x + glyph.x);
      s.end = s.x + s.font->width(s.code) * s.size / 1000.0;
    }
    if (links_) {
      for (const LineLink& l : t.line.links) uri_link(t, l, shown);
    }
    // 2. Spans: a glyph with text joins the previous one with text when
    // the gap between their boxes is no typed space and not ~0 (with the
    // glyphs without text between them, a cluster's marks).
    std::vector<std::size_t> span_start(glyphs.size());  // the first glyph of the span each glyph is in
    std::vector<std::string> span_text(glyphs.size());    // on a span's first glyph
    std::optional<std::size_t> previous;                  // the last glyph with text
    for (std::size_t g = 0; g < glyphs.size(); ++g) {
      span_start[g] = g;
      if (!shown[g].font || glyphs[g].text.empty()) continue;
      if (previous && shown[*previous].font) {
        const std::size_t p = *previous;
        const double em = std::max(shown[p].size, shown[g].size);
        const double gap = shown[g].x - shown[p].end;
        const bool typed = glyphs[p].space_after;
        if (typed ? gap < kSpaceGapEm * em : std::abs(gap) > kJoinGapEm * em) {
          for (std::size_t k = p + 1; k <= g; ++k) span_start[k] = span_start[p];
          if (typed) span_text[span_start[g]] += " ";
        }
      }
      span_text[span_start[g]] += glyphs[g].text;
      previous = g;
    }
    // 3. Draw.
    std::string ops = "q " + color_op(t.color, false) + "\nBT\n";
    const EmbeddedFont* font = nullptr;
    double size = 0;
    double origin = 0;  // x of the last Tm, in points
    double pen = 0;     // from there, in text space units (1/1000 em)
    bool array = false, hex = false;
    auto close_array = [&] {
      if (hex) ops += ">";
      if (array) ops += "] TJ\n";
      array = hex = false;
    };
    auto show = [&](std::size_t k) {
      const Shown& s = shown[k];
      if (s.font != font || s.size != size) {
        close_array();
        font = s.font;
        size = s.size;
        origin = s.x;
        pen = 0;
        ops += "/" + font->name() + " " + num(size) + " Tf 1 0 0 1 " + num(origin) + " " + y(t.baseline) + " Tm\n";
      }
      if (!array) ops += "[", array = true;
      const double target = (s.x - origin) * 1000.0 / size;
      if (std::abs(target - pen) > 0.0005) {
        if (hex) ops += ">", hex = false;
        ops += num(-(target - pen));
        pen = target;
      }
      if (!hex) ops += "<", hex = true;
      char code[8];
      std::snprintf(code, sizeof code, "%04X", s.code);
      ops += code;
      pen += s.font->width(s.code);
    };
    // Tagged, the glyphs are marked content of element_: the stretches
    // between spans in sequences of their own, each span one with its
    // ActualText, never one inside another (poppler's structure reader
    // loses the rest of a sequence after a nested one ends).
    bool marked = false;
    auto close_marked = [&] {
      close_array();
      if (marked) ops += "EMC\n";
      marked = false;
    };
    for (std::size_t g = 0; g < glyphs.size(); ++g) {
      if (!shown[g].font) continue;
      std::size_t last = g;  // the last glyph of the span g starts
      while (last + 1 < glyphs.size() && span_start[last + 1] == g) ++last;
      const bool actual = last > g || shown[g].font->text_of(shown[g].code) != glyphs[g].text;
      if (!actual) {
        if (element_ && !marked) {
          close_array();
          ops += tags_->begin_marked_content(*element_, page_index_);
          marked = true;
        }
        show(g);
        continue;
      }
      close_marked();
      // ActualText on a marked-content sequence is PDF 1.5 (14.9.4).
      doc_.require_version(HPDF_VER_15);
      const std::string actual_text = "/ActualText <FEFF" + utf16_hex(span_text[g]) + ">";
      ops += element_ ? tags_->begin_marked_content(*element_, page_index_, "Span", actual_text)
                      : "/Span <<" + actual_text + ">> BDC\n";
      for (std::size_t k = g; k <= last; ++k) {
        if (shown[k].font) show(k);
      }
      close_array();
      ops += "EMC\n";
      g = last;
    }
    close_marked();
    ops += "ET\nQ\n";
    emit(ops);
  }

  /// A link annotation exactly over the glyph boxes of `link` as they
  /// are written: from the first glyph's origin to the last one's advance
  /// (the /W widths), from the faces' descender to their ascender.
  /// Tagged, the Link element that holds the line's marked content holds
  /// the annotation too.
  template <typename Shown>
  void uri_link(const TextLine& t, const LineLink& link, const std::vector<Shown>& shown) {
    std::optional<PdfRect> box;
    const double baseline = height_ - to_pt(t.baseline);
    for (std::size_t g = link.glyph_begin; g < link.glyph_end && g < shown.size(); ++g) {
      const Shown& s = shown[g];
      const Face* face = t.line.glyphs[g].face;
      if (!s.font || !face) continue;
      const double em = s.size / face->units_per_em();
      const PdfRect glyph{s.x, baseline + face->descender() * em, s.end, baseline + face->ascender() * em};
      if (!box) box = glyph;
      box->left = std::min(box->left, glyph.left), box->right = std::max(box->right, glyph.right);
      box->bottom = std::min(box->bottom, glyph.bottom), box->top = std::max(box->top, glyph.top);
    }
    if (!box) return;
    box->left += origin_, box->right += origin_, box->bottom += origin_, box->top += origin_;
    HPDF_Annotation a = write_link_annotation_uri(doc_, page_, *box, link.uri, link.text);
    if (element_) tags_->add_link_annotation(*element_, a, page_index_);
  }

  void image(const Image& i) {
    auto it = images_.find(i.path);
    if (it == images_.end()) it = images_.emplace(i.path, embed(i)).first;
    check(HPDF_Page_DrawImage(page_, it->second, static_cast<HPDF_REAL>(to_pt(i.rect.x)),
                              static_cast<HPDF_REAL>(height_ - to_pt(i.rect.bottom())),
                              static_cast<HPDF_REAL>(to_pt(i.rect.width)), static_cast<HPDF_REAL>(to_pt(i.rect.height))),
          "drawing an image");
  }

  /// The photo as an image XObject. libharu never decodes a photo file
  /// here (its PNG reader aborts the process on a damaged file): a JPEG
  /// goes in as it is (DCTDecode), after the photo stage decoded all of
  /// it; a PNG goes in as the pixels the photo stage decoded, its opacity
  /// as a soft mask (PDF 1.4, 11.6.5.3).
  HPDF_Image embed(const Image& i) {
    if (!i.photo) throw PdfError("internal error: the photo " + i.path + " was never loaded");
    const DecodedPhoto& p = *i.photo;
    const std::string what = "embedding the photo " + i.path;
    if (p.encoding == DecodedPhoto::Encoding::jpeg) {
      return checked(HPDF_LoadJpegImageFromMem(doc_.doc(), p.data.data(), static_cast<HPDF_UINT>(p.data.size())),
                     what.c_str());
    }
    // A PNG's pixels exist only here, one photo at a time: decoded from
    // the file's bytes, copied into the PDF, freed at the end of this call.
    PhotoResult decoded;
    if (p.encoding == DecodedPhoto::Encoding::png) {
      PhotoLimits unbounded;  // the layout's limits were applied when the photo was loaded
      unbounded.max_pixels = static_cast<std::int64_t>(p.width) * p.height;
      unbounded.max_side = std::max(p.width, p.height);
      decoded = decode_png_pixels(p.data, unbounded);
      if (!decoded.photo) throw PdfError("the photo " + i.path + " " + decoded.problem);
    }
    const DecodedPhoto& px = decoded.photo ? *decoded.photo : p;
    const auto width = static_cast<HPDF_UINT>(px.width), height = static_cast<HPDF_UINT>(px.height);
    HPDF_Image image = checked(HPDF_LoadRawImageFromMem(doc_.doc(), px.data.data(), width, height,
                                                        px.components == 1   ? HPDF_CS_DEVICE_GRAY
                                                        : px.components == 4 ? HPDF_CS_DEVICE_CMYK  // print edition
                                                                             : HPDF_CS_DEVICE_RGB,
                                                        8),
                               what.c_str());
    if (!px.alpha.empty()) {
      HPDF_Image mask = checked(
          HPDF_LoadRawImageFromMem(doc_.doc(), px.alpha.data(), width, height, HPDF_CS_DEVICE_GRAY, 8), what.c_str());
      check(HPDF_Image_AddSMask(image, mask), what.c_str());
      doc_.require_version(HPDF_VER_14);  // soft masks are PDF 1.4 (11.6.5.3)
    }
    return image;
  }

  Document& doc_;
  HPDF_Page page_;
  double height_;
  HPDF_Stream stream_;
  std::map<std::string, std::unique_ptr<EmbeddedFont>>& fonts_;
  std::map<std::string, HPDF_Image>& images_;
  Length page_width_;
  Length bleed_;
  bool links_;
  double origin_;
  StructureTree* tags_ = nullptr;
  std::size_t page_index_ = 0;
  std::optional<std::size_t> element_;  ///< the element the line being drawn is content of
};

/// Japanese crop marks (トンボ) around a trim of w × h placed at (m, m):
/// double corner marks (one line on the trim, one on the bleed) and centre
/// marks, in registration colour.
std::string crop_marks(double m, double w, double h, double b) {
  const double len = 8 * 72 / 25.4;  // 8 mm marks
  std::string ops = "q 1 1 1 1 K 0.25 w\n";
  auto line = [&](double x1, double y1, double x2, double y2) {
    ops += num(x1) + " " + num(y1) + " m " + num(x2) + " " + num(y2) + " l S\n";
  };
  const double left = m, right = m + w, bottom = m, top = m + h;
  for (const double x : {left, right}) {
    const double out = x == left ? -1 : 1;  // outwards from the page
    for (const double y : {bottom, top}) {
      const double up = y == bottom ? -1 : 1;
      // Vertical marks beyond the top/bottom: at the trim and at the bleed.
      line(x, y + up * b, x, y + up * (b + len));
      line(x + out * b, y + up * b, x + out * b, y + up * (b + len));
      // Horizontal marks beyond the sides.
      line(x + out * b, y, x + out * (b + len), y);
      line(x + out * b, y + up * b, x + out * (b + len), y + up * b);
    }
  }
  // Centre marks: a cross outside the bleed at the middle of each edge.
  const double cx = m + w / 2, cy = m + h / 2, half = len / 2;
  for (const double y : {bottom - b - half, top + b + half}) {
    line(cx, y - half, cx, y + half);
    line(cx - half, y, cx + half, y);
  }
  for (const double x : {left - b - half, right + b + half}) {
    line(x - half, cy, x + half, cy);
    line(x, cy - half, x, cy + half);
  }
  return ops + "Q\n";
}

void add_box(Document& doc, HPDF_Page page, const char* key, double x1, double y1, double x2, double y2) {
  HPDF_Array box = checked(HPDF_Array_New(doc.mmgr()), "creating a page box");
  for (double v : {x1, y1, x2, y2}) check(HPDF_Array_AddReal(box, static_cast<HPDF_REAL>(v)), "writing a page box");
  check(HPDF_Dict_Add(page, key, box), "setting a page box");
}

/// A blank page's content stream (page vi, inserted to start a section on
/// a right-hand page) holds no bytes; written Flate-compressed it would be
/// zero bytes that are no zlib stream at all, which Ghostscript reports as
/// "error reading a stream" (an empty zlib stream still has a header and
/// a checksum). An empty stream with no filter is valid (PDF 32000-1
/// 7.3.8), so that page's content goes unfiltered; every other page is
/// unchanged.
void leave_empty_content_unfiltered(HPDF_Page page) {
  const auto attr = static_cast<HPDF_PageAttr>(page->attr);
  if (HPDF_Stream_Size(attr->stream) == 0) attr->contents->filter = HPDF_STREAM_FILTER_NONE;
}

}  // namespace

namespace {

/// FNV-1a over the frame dump: two 64-bit halves make the 16-byte /ID.
/// The dump leaves out the source files' paths, so the /ID does not depend
/// on how the data directory was spelled or where casebook ran.
void content_id(const BookPages& book, unsigned char out[16]) {
  const std::string dump = dump_pages(book.pages, false);
  std::uint64_t a = 1469598103934665603ull, b = 0x9E3779B97F4A7C15ull;
  for (char c : dump) {
    a = (a ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    b = (b ^ static_cast<unsigned char>(c)) * 0x100000001B3ull + 0x632BE59BD9B4E019ull;
  }
  for (int i = 0; i < 8; ++i) {
    out[i] = static_cast<unsigned char>(a >> (8 * i));
    out[8 + i] = static_cast<unsigned char>(b >> (8 * i));
  }
}

/// The document date, in UTC: `epoch` if set, else `date` (YYYY-MM-DD)
/// at midnight; never the clock.
std::optional<DocumentDate> document_date(const std::string& date, std::optional<std::int64_t> epoch_seconds) {
  DocumentDate d;
  if (epoch_seconds) {
    const std::time_t t = static_cast<std::time_t>(*epoch_seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    d.year = tm.tm_year + 1900, d.month = tm.tm_mon + 1, d.day = tm.tm_mday;
    d.hour = tm.tm_hour, d.minute = tm.tm_min, d.second = tm.tm_sec;
    return d;
  }
  if (std::sscanf(date.c_str(), "%d-%d-%d", &d.year, &d.month, &d.day) == 3) return d;
  return std::nullopt;
}

/// The converter to the print edition's output profile; null without one.
std::unique_ptr<CmykConverter> print_converter(const PrintIntent& print) {
  if (print.output_profile.empty()) return nullptr;
  std::string problem;
  auto converter = CmykConverter::open(print.output_profile, problem);
  if (!converter) throw PdfError(problem);
  return converter;
}

/// "uuid:…" of the 16 bytes of the file's /ID, as a version 4 UUID's
/// form (RFC 4122 4.4): the XMP document identifier of a PDF/X file.
std::string document_uuid(const BookPages& book) {
  unsigned char id[16];
  content_id(book, id);
  id[6] = static_cast<unsigned char>((id[6] & 0x0F) | 0x40);
  id[8] = static_cast<unsigned char>((id[8] & 0x3F) | 0x80);
  std::string out = "uuid:";
  char hex[3];
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    std::snprintf(hex, sizeof hex, "%02x", id[i]);
    out += hex;
  }
  return out;
}

/// Info, XMP, /Lang and /ViewerPreferences, from one DocumentMetadata so
/// the information dictionary and the XMP packet say the same; for a
/// PDF/X print edition also its identification and output intent.
void write_document_metadata(Document& doc, const PdfInfo& info, const BookPages& book) {
  DocumentMetadata m;
  m.title = info.title;
  m.creator = info.author;
  m.description = info.subject;
  m.language = info.language;
  m.producer = info.producer;
  m.date = document_date(info.date, info.epoch);
  const bool pdfx = info.edition == Edition::print && !info.print.conformance.empty();
  if (pdfx) {
    m.pdfx_version = info.print.conformance;
    m.document_id = document_uuid(book);
  }
  write_info_dictionary(doc, m);
  if (pdfx) {
    write_info_pdfx_keys(doc, m.pdfx_version);
    write_output_intents(doc, info.print);
  }
  if (!m.language.empty()) write_catalog_lang(doc, m.language);
  // The title bar shows the book's title, not "casebook-a4.pdf" (a
  // PDF/UA-1 requirement, ISO 14289-1 7.1).
  if (!m.title.empty()) write_viewer_preferences_display_doc_title(doc);
  write_catalog_metadata(doc, xmp_packet(m));
}

}  // namespace

PdfStats write_pdf(const std::vector<Page>& pages, const std::string& path, const PdfInfo& info) {
  BookPages book;
  book.pages = pages;
  return write_pdf(book, path, info);
}

PdfStats write_pdf(const BookPages& laid_out, const std::string& path, const PdfInfo& info) {
  // The print edition: every colour and photo in DeviceCMYK (pdf/colour.h).
  std::optional<BookPages> separated;
  if (info.edition == Edition::print) separated = print_separation(laid_out, print_converter(info.print).get());
  const BookPages& book = separated ? *separated : laid_out;
  const std::vector<Page>& pages = book.pages;
  Document doc;
  write_document_metadata(doc, info, book);
  std::map<std::string, std::unique_ptr<EmbeddedFont>> fonts;
  std::map<std::string, HPDF_Image> images;
  std::vector<HPDF_Page> hpdf_pages;
  // The web edition's links: URLs and e-mail addresses, the contents'
  // entries. The print edition has none: a printer has no use for them,
  // and the PDF/X standards it will claim keep annotations out of the
  // printed area of a page.
  const bool links = info.edition == Edition::web;
  // With bleed or crop marks the sheet grows around the trimmed page.
  const double bleed = to_pt(book.bleed);
  const double margin = book.crop_marks ? bleed + 13 * 72 / 25.4 : bleed;
  // The web edition is a tagged PDF (ISO 14289-1 7.1): its structure tree
  // follows the reading order the layout's roles give.
  std::optional<StructElement> structure;
  std::optional<StructureTree> tags;
  if (info.edition == Edition::web && info.tagged) tags.emplace(structure.emplace(structure_of(book)));
  for (const Page& p : pages) {
    const double w = to_pt(p.width), h = to_pt(p.height);
    HPDF_Page page = doc.add_page(w + 2 * margin, h + 2 * margin);
    hpdf_pages.push_back(page);
    PageWriter writer(doc, page, h, fonts, images, p.width, book.bleed, links, margin);
    if (tags) writer.tag(&*tags, hpdf_pages.size() - 1);
    if (margin > 0) {
      writer.raw("q 1 0 0 1 " + num(margin) + " " + num(margin) + " cm\n");
      add_box(doc, page, "TrimBox", margin, margin, margin + w, margin + h);
      add_box(doc, page, "BleedBox", margin - bleed, margin - bleed, margin + w + bleed, margin + h + bleed);
    } else if (info.edition == Edition::print) {
      // ISO 15930-7 6.2.3: every page of a PDF/X file has a TrimBox (or
      // ArtBox); without bleed or marks the trim is the whole sheet.
      add_box(doc, page, "TrimBox", 0, 0, w, h);
    }
    writer.frame(p.root);
    if (margin > 0) {
      writer.raw("Q\n");
      if (book.crop_marks) writer.furniture(crop_marks(margin, w, h, bleed));
    }
    leave_empty_content_unfiltered(page);
  }

  // Links, now that every page they point at exists.
  auto destination = [&](std::size_t index) {
    HPDF_Destination d = checked(HPDF_Page_CreateDestination(hpdf_pages.at(index)), "creating a destination");
    check(HPDF_Destination_SetFit(d), "setting a destination");
    return d;
  };
  for (std::size_t i = 0; links && i < pages.size(); ++i) {
    const double height = to_pt(pages[i].height);
    std::function<void(const Frame&)> links = [&](const Frame& f) {
      for (const Link& l : f.links) {
        if (l.target_page >= hpdf_pages.size()) continue;
        const PdfRect r{margin + to_pt(l.rect.x), margin + height - to_pt(l.rect.bottom()), margin + to_pt(l.rect.right()),
                        margin + height - to_pt(l.rect.y)};
        HPDF_Annotation a = write_link_annotation_dest(doc, hpdf_pages[i], r, destination(l.target_page), l.contents);
        if (tags) {
          if (const auto element = tags->link_element(l)) tags->add_link_annotation(*element, a, i);
        }
      }
      for (const Frame& c : f.children) links(c);
    };
    links(pages[i].root);
  }

  // A proof's notes: sticky-note annotations (12.5.6.4), in either
  // edition, since a proofreader reads both.
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const double height = to_pt(pages[i].height);
    std::function<void(const Frame&)> notes = [&](const Frame& f) {
      for (const Note& n : f.notes) {
        const PdfRect r{margin + to_pt(n.rect.x), margin + height - to_pt(n.rect.bottom()), margin + to_pt(n.rect.right()),
                        margin + height - to_pt(n.rect.y)};
        const Color& c = n.color;
        const double rgb[3] = {c.cmyk ? (1 - c.v[0]) * (1 - c.v[3]) : c.v[0], c.cmyk ? (1 - c.v[1]) * (1 - c.v[3]) : c.v[1],
                               c.cmyk ? (1 - c.v[2]) * (1 - c.v[3]) : c.v[2]};
        write_text_annotation(doc, hpdf_pages[i], r, n.contents, n.author, n.subject, n.name, rgb);
      }
      for (const Frame& c : f.children) notes(c);
    };
    notes(pages[i].root);
  }

  // The outline, in Japanese through libharu's UTF-8 encoder.
  HPDF_Encoder utf8 = checked(HPDF_GetEncoder(doc.doc(), "UTF-8"), "getting the UTF-8 encoder");
  for (const Bookmark& b : book.bookmarks) {
    if (b.page >= hpdf_pages.size()) continue;
    HPDF_Outline o = checked(HPDF_CreateOutline(doc.doc(), nullptr, b.title.c_str(), utf8), "adding a bookmark");
    check(HPDF_Outline_SetDestination(o, destination(b.page)), "pointing a bookmark");
  }
  for (const PageLabels& l : book.labels) {
    if (l.first_page >= hpdf_pages.size()) continue;
    check(HPDF_AddPageLabel(doc.doc(), static_cast<HPDF_UINT>(l.first_page),
                            l.roman ? HPDF_PAGE_NUM_STYLE_LOWER_ROMAN : HPDF_PAGE_NUM_STYLE_DECIMAL,
                            static_cast<HPDF_UINT>(l.start), nullptr),
          "adding page labels");
  }

  if (tags) tags->write_struct_tree_root(doc, hpdf_pages);

  // A stable /ID: the same content gives the same identifier.
  unsigned char id[16];
  content_id(book, id);
  HPDF_Array ids = checked(HPDF_Array_New(doc.mmgr()), "creating the file identifier");
  check(HPDF_Array_Add(ids, HPDF_Binary_New(doc.mmgr(), id, 16)), "writing the file identifier");
  check(HPDF_Array_Add(ids, HPDF_Binary_New(doc.mmgr(), id, 16)), "writing the file identifier");
  check(HPDF_Dict_Add(doc.doc()->trailer, "ID", ids), "writing the file identifier");

  PdfStats stats;
  stats.pages = pages.size();
  for (auto& [file, font] : fonts) {
    font->finish();
    ++stats.fonts;
    stats.glyphs += font->glyph_count();
    stats.font_program_bytes += font->program_bytes();
  }
  doc.save(path);
  // The structure tree's thousands of small objects, compressed.
  if (tags) write_object_streams(path);
  return stats;
}

}  // namespace casebook::pdf
