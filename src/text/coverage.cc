#include "text/coverage.h"

#include <hb.h>

#include "base/unicode.h"
#include "base/utf8.h"
#include "text/features.h"

namespace casebook {

std::vector<std::size_t> missing_characters(const Face& face, std::string_view text,
                                            const std::vector<std::string>& features) {
  const std::vector<hb_feature_t> hb_features = shaping_features(features);
  hb_buffer_t* buffer = hb_buffer_create();
  hb_buffer_set_flags(buffer, HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES);
  hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
  hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
  hb_buffer_set_script(buffer, HB_SCRIPT_HAN);
  hb_buffer_set_language(buffer, hb_language_from_string("ja", 2));
  hb_shape(face.hb_font(), buffer, hb_features.data(), static_cast<unsigned>(hb_features.size()));

  unsigned count = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
  std::vector<std::size_t> missing;
  for (unsigned g = 0; g < count;) {
    unsigned g_end = g;
    bool notdef = false;
    while (g_end < count && info[g_end].cluster == info[g].cluster) notdef |= info[g_end++].codepoint == 0;
    const std::size_t begin = info[g].cluster;
    const std::size_t end = g_end < count ? info[g_end].cluster : text.size();
    g = g_end;
    if (!notdef) continue;
    // As prepare.cc sets a cluster: invisible (default-ignorable)
    // characters print nothing, a cluster of only those is no atom, and a
    // typed space or tab becomes glue, never a glyph.
    std::size_t first_at = std::string_view::npos;
    char32_t first = 0;
    for (std::size_t i = begin; i < end && !first;) {
      const std::size_t at = i;
      const char32_t c = utf8::next(text, i);
      if (!unicode::is_default_ignorable(c)) first = c, first_at = at;
    }
    if (!first || first == U' ' || first == U'\t') continue;
    // Name the characters of the cluster the face lacks; if it has each
    // one but not their combination, the cluster's first.
    const std::size_t found = missing.size();
    for (std::size_t i = begin; i < end;) {
      const std::size_t at = i;
      const char32_t c = utf8::next(text, i);
      if (!unicode::is_default_ignorable(c) && !face.has_char(c)) missing.push_back(at);
    }
    if (missing.size() == found) missing.push_back(first_at);
  }
  hb_buffer_destroy(buffer);
  return missing;
}

}  // namespace casebook
