#include "pdf/colour.h"

#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>

#include "pdf/document.h"

namespace casebook::pdf {

std::optional<Color> print_colour(const Color& colour, const CmykConverter* converter) {
  if (colour.cmyk) return colour;
  Color out;
  out.cmyk = true;
  if (colour.v[0] == colour.v[1] && colour.v[1] == colour.v[2]) {
    // Grey: K only. 1 − r is exact for #000000 (k = 1) and #ffffff (k = 0).
    out.v[3] = 1.0 - colour.v[0];
    return out;
  }
  if (!converter) return std::nullopt;
  const auto cmyk = converter->from_srgb(colour.v[0], colour.v[1], colour.v[2]);
  for (int i = 0; i < 4; ++i) out.v[i] = cmyk[static_cast<std::size_t>(i)];
  return out;
}

std::vector<ColourConversion> layout_colour_conversions(const LayoutSpec& layout, const CmykConverter* converter) {
  std::vector<ColourConversion> out;
  auto add = [&](const std::string& field, const Color& c) {
    if (c.cmyk) return;
    const auto span = layout.color_spans.find(field);
    out.push_back({field, span != layout.color_spans.end() ? span->second : Span{layout.path, 1, 1}, c,
                   print_colour(c, converter)});
  };
  for (const ColorKey& k : kColorKeys) {
    if (layout.color_spans.count(std::string("colors.") + k.key)) add(std::string("colors.") + k.key, layout.colors.*k.member);
  }
  // A style without a colour is black: it has no line of its own, and
  // black needs no profile.
  for (const StyleKey& k : kStyleKeys) {
    const std::string field = "type." + std::string(k.key) + ".color";
    if (layout.color_spans.count(field)) add(field, (layout.styles.*k.member).color);
  }
  return out;
}

std::string describe_cmyk(const Color& c) {
  char b[96];
  std::snprintf(b, sizeof b, "cmyk(%g%%, %g%%, %g%%, %g%%)", std::round(c.v[0] * 1000) / 10,
                std::round(c.v[1] * 1000) / 10, std::round(c.v[2] * 1000) / 10, std::round(c.v[3] * 1000) / 10);
  return b;
}

namespace {

class Separation {
 public:
  explicit Separation(const CmykConverter* converter) : converter_(converter) {}

  void frame(Frame& f) {
    for (Box& b : f.boxes) {
      if (b.fill) b.fill = colour(*b.fill);
      b.stroke = colour(b.stroke);
    }
    for (Rule& r : f.rules) r.color = colour(r.color);
    for (TextLine& t : f.lines) t.color = colour(t.color);
    for (Image& i : f.images) image(i);
    for (Frame& c : f.children) frame(c);
  }

 private:
  Color colour(const Color& c) const {
    const auto out = print_colour(c, converter_);
    if (!out) throw PdfError("internal error: an RGB colour reached the print edition without an output profile");
    return *out;
  }

  void image(Image& i) {
    if (!i.photo || i.photo->components != 3) return;
    auto it = converted_.find(i.path);
    if (it == converted_.end()) it = converted_.emplace(i.path, convert(i)).first;
    i.photo = it->second;
  }

  std::shared_ptr<const DecodedPhoto> convert(const Image& i) const {
    if (!converter_) throw PdfError("internal error: the RGB photo " + i.path + " reached the print edition without an output profile");
    const DecodedPhoto* rgb = i.photo.get();
    PhotoResult decoded;
    if (rgb->encoding == DecodedPhoto::Encoding::png) {
      PhotoLimits unbounded;  // the layout's limits were applied when the photo was loaded
      unbounded.max_pixels = static_cast<std::int64_t>(rgb->width) * rgb->height;
      unbounded.max_side = std::max(rgb->width, rgb->height);
      decoded = decode_png_pixels(rgb->data, unbounded);
      if (!decoded.photo) throw PdfError("the photo " + i.path + " " + decoded.problem);
      rgb = &*decoded.photo;
    }
    std::string problem;
    auto cmyk = converter_->photo_to_cmyk(*rgb, problem);
    if (!cmyk) throw PdfError("the photo " + i.path + " " + problem);
    return std::make_shared<const DecodedPhoto>(std::move(*cmyk));
  }

  const CmykConverter* converter_;
  std::map<std::string, std::shared_ptr<const DecodedPhoto>> converted_;
};

}  // namespace

BookPages print_separation(const BookPages& book, const CmykConverter* converter) {
  BookPages out = book;
  Separation separation(converter);
  for (Page& p : out.pages) separation.frame(p.root);
  return out;
}

}  // namespace casebook::pdf

namespace casebook::pdf {

namespace {

/// Where a photo file is named in the data (the record's `file` line),
/// by its resolved path.
std::map<std::string, const Photo*> photo_lines(const std::vector<const Organization*>& orgs) {
  std::map<std::string, const Photo*> out;
  for (const Organization* org : orgs) {
    for (const Photo& p : org->photos) {
      if (!p.path.empty()) out.emplace(p.path, &p);
    }
  }
  return out;
}

std::unique_ptr<CmykConverter> open_converter(const LayoutSpec& layout, Diagnostics* diags) {
  if (layout.print.output_profile.empty()) return nullptr;
  std::string problem;
  auto converter = CmykConverter::open(layout.print.output_profile, problem);
  if (!converter && diags) diags->error(layout.print.output_profile_span, "'print.output_profile': " + problem);
  return converter;
}

}  // namespace

void check_print_edition(const LayoutSpec& layout, const std::vector<const Organization*>& orgs,
                         const PhotoSet& photos, Diagnostics& diags) {
  const auto converter = open_converter(layout, &diags);
  const std::string hint_profile = "name a CMYK output profile in the layout's [print] output_profile (see README, "
                                   "'The print edition')";
  for (const ColourConversion& c : layout_colour_conversions(layout, converter.get())) {
    if (c.to) continue;
    diags.error(c.span, "'" + c.field + "' is an RGB colour, and the print edition has no output profile to convert it with",
                {"give it as \"cmyk(c, m, y, k)\" in percent, or " + hint_profile});
  }
  if (converter) return;
  const auto lines = photo_lines(orgs);
  for (const auto& [path, photo] : photos) {
    if (!photo || photo->components != 3) continue;
    const auto line = lines.find(path);
    const Span at = line != lines.end() ? line->second->file.span : Span{path, 0, 0};
    const std::string file = line != lines.end() ? line->second->file.value : path;
    diags.error(at, "the photo " + file + " is RGB, and the print edition has no output profile to convert it to CMYK",
                {hint_profile + ", or save the photo as CMYK"});
  }
}

void preflight_print(const LayoutSpec& layout, const std::vector<const Organization*>& orgs, const PhotoSet& photos,
                     const BookPages& book, bool print, Diagnostics& diags) {
  const auto lines = photo_lines(orgs);
  auto where = [&](const std::string& path) {
    const auto line = lines.find(path);
    return line != lines.end() ? std::pair{line->second->file.span, line->second->file.value}
                               : std::pair{Span{path, 0, 0}, path};
  };
  // The lowest resolution of each photo over the places it is drawn.
  if (layout.print.min_image_ppi > 0) {
    std::map<std::string, double> lowest;
    std::function<void(const Frame&)> walk = [&](const Frame& f) {
      for (const Image& i : f.images) {
        if (!i.photo || i.rect.width <= 0 || i.rect.height <= 0) continue;
        const double ppi = std::min(i.photo->width / (to_pt(i.rect.width) / 72.0),
                                    i.photo->height / (to_pt(i.rect.height) / 72.0));
        auto [it, added] = lowest.emplace(i.path, ppi);
        if (!added) it->second = std::min(it->second, ppi);
      }
      for (const Frame& c : f.children) walk(c);
    };
    for (const Page& p : book.pages) walk(p.root);
    for (const auto& [path, ppi] : lowest) {
      if (ppi >= layout.print.min_image_ppi) continue;
      const auto [span, file] = where(path);
      char b[64];
      std::snprintf(b, sizeof b, "%ld ppi", std::lround(ppi));  // as pdfimages -list rounds it
      diags.warning(span, "the photo " + file + " prints at " + b + " at its placed size, below [print] min_image_ppi (" +
                              std::to_string(layout.print.min_image_ppi) + " ppi)",
                    {"use a larger original: at least " + std::to_string(layout.print.min_image_ppi) +
                     " pixels per inch of its printed size"});
    }
  }
  if (!print) return;
  const auto converter = open_converter(layout, nullptr);
  for (const ColourConversion& c : layout_colour_conversions(layout, converter.get())) {
    // A grey is K only, exactly; check_print_edition reports a colour it
    // cannot convert as an error.
    if (!c.to || (c.from.v[0] == c.from.v[1] && c.from.v[1] == c.from.v[2])) continue;
    char rgb[16];
    std::snprintf(rgb, sizeof rgb, "#%02x%02x%02x", static_cast<int>(std::lround(c.from.v[0] * 255)),
                  static_cast<int>(std::lround(c.from.v[1] * 255)), static_cast<int>(std::lround(c.from.v[2] * 255)));
    diags.warning(c.span, "'" + c.field + "' " + rgb + " is RGB: the print edition writes it as " + describe_cmyk(*c.to));
  }
  for (const auto& [path, photo] : photos) {
    if (!photo || photo->components != 3 || !converter) continue;
    const auto [span, file] = where(path);
    diags.warning(span, "the photo " + file + " is RGB: the print edition converts it to CMYK through " +
                         layout.print.output_profile);
  }
}

}  // namespace casebook::pdf
