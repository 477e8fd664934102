#include "text/features.h"

namespace casebook {

std::vector<hb_feature_t> shaping_features(const std::vector<std::string>& style_features) {
  std::vector<hb_feature_t> out;
  for (const char* off : {"-liga", "-clig", "-dlig"}) {
    hb_feature_t feature;
    if (hb_feature_from_string(off, -1, &feature)) out.push_back(feature);
  }
  // HarfBuzz applies features in order, a later one over an earlier one
  // for the same range: the style's own come last.
  for (const std::string& f : style_features) {
    hb_feature_t feature;
    if (hb_feature_from_string(f.c_str(), static_cast<int>(f.size()), &feature)) out.push_back(feature);
  }
  return out;
}

}  // namespace casebook
