#pragma once

// The print edition's colours: every colour the layout gives and every
// photo, in DeviceCMYK (ISO 15930-7 6.2.2: device colour in a PDF/X-4
// file with a CMYK output intent is DeviceCMYK or DeviceGray, never
// DeviceRGB). The rule, also in README and the shipped layouts:
//  - a colour given as cmyk(c, m, y, k) is written as given;
//  - a grey "#rrggbb" (r = g = b: black, white and every grey) becomes K
//    only, k = 1 − r, so black text and rules are pure K (0 0 0 1 k),
//    never a four-colour (rich) black that misregisters on thin type;
//  - any other "#rrggbb" is taken as sRGB and converted through the
//    layout's output profile (Little CMS, relative colorimetric with black
//    point compensation);
//  - an RGB photo is converted the same way, pixel by pixel; gray and CMYK
//    photos go in as they are.

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "data/layout_spec.h"
#include "layout/frame.h"
#include "photo/colour_convert.h"
#include "photo/load_photos.h"

namespace casebook::pdf {

/// `colour` in DeviceCMYK by the rule above; nullopt for a colour that
/// needs the output profile when `converter` is null.
std::optional<Color> print_colour(const Color& colour, const CmykConverter* converter);

/// One RGB colour of the layout and what the print edition makes of it.
struct ColourConversion {
  std::string field;  ///< "colors.rule", "type.heading.color"
  Span span;
  Color from;
  std::optional<Color> to;  ///< nullopt: needs an output profile the layout does not name
};

/// Every colour of `layout` given as RGB, in field order, with its CMYK.
std::vector<ColourConversion> layout_colour_conversions(const LayoutSpec& layout, const CmykConverter* converter);

/// "cmyk(0%, 0%, 0%, 100%)": a CMYK colour as a layout writes it.
std::string describe_cmyk(const Color& colour);

/// The pages with every colour of every frame in DeviceCMYK and every RGB
/// photo converted to CMYK pixels (each photo once). Throws PdfError when
/// a colour or photo needs the output profile and `converter` is null
/// (the pipeline reports that at the layout line or the photo first), or
/// when a photo cannot be decoded again.
BookPages print_separation(const BookPages& book, const CmykConverter* converter);

}  // namespace casebook::pdf

namespace casebook::pdf {

/// Before a print edition is set: every layout colour that needs the
/// output profile the layout does not name is an error at its layout line,
/// and so is every RGB photo (naming the photo file, at the record's photo
/// line) — the print edition never writes DeviceRGB and never guesses a
/// printing condition.
void check_print_edition(const LayoutSpec& layout, const std::vector<const Organization*>& orgs,
                         const PhotoSet& photos, Diagnostics& diags);

/// `casebook lint`'s preflight of the print edition: a warning for each
/// photo whose effective resolution at its placed size is below
/// [print] min_image_ppi (naming the file and its ppi); with `print`, a
/// warning for each RGB colour (greys, which become K exactly, aside) and
/// each RGB photo the print edition converts, and what it becomes.
void preflight_print(const LayoutSpec& layout, const std::vector<const Organization*>& orgs, const PhotoSet& photos,
                     const BookPages& book, bool print, Diagnostics& diags);

}  // namespace casebook::pdf
