#pragma once

// The OpenType features every run is shaped with. Used only inside the
// text stage (it names HarfBuzz's type).

#include <string>
#include <vector>

#include <hb.h>

namespace casebook {

/// The features for a style's `features` (HarfBuzz syntax): Latin
/// ligatures off first — liga, clig and dlig — then the style's own, which
/// may turn them back on ("+liga"). A ligature is never the default
/// because any style may hold a URL or an e-mail address, where "fi" set
/// as one glyph misleads a reader copying it by eye; so no style can
/// forget to turn them off. A string HarfBuzz cannot parse is skipped (the
/// layout validates them at load).
std::vector<hb_feature_t> shaping_features(const std::vector<std::string>& style_features);

}  // namespace casebook
