#include "layout/context.h"

#include <algorithm>
#include <string_view>

namespace casebook {

RichTextStyle LayoutContext::style(const TypeSpec& t, Length measure, TypeSize size) const {
  RichTextStyle s;
  const Length set_size = size.size > 0 ? size.size : t.size;
  s.body = TextStyle{faces.find(t.face), set_size, t.features, nullptr};
  if (!t.latin.empty()) s.body.latin = faces.find(t.latin);
  s.subhead = s.body;
  if (const Face* bold = faces.find(t.face + "_bold")) s.subhead.face = bold;
  if (!t.latin.empty()) {
    if (const Face* bold = faces.find(t.latin + "_bold")) s.subhead.latin = bold;
  }
  s.line_pitch = size.pitch > 0 ? size.pitch : scale(t.pitch, set_size, t.size);
  s.marker_gap = 0;
  s.options.measure = measure;
  s.options.hanging_punctuation = spec.hanging_punctuation;
  s.options.strict = spec.strict_kinsoku;
  s.options.line_end = spec.line_end_half_em ? LineEndSpace::half_em : LineEndSpace::solid;
  s.options.cache = cache;
  return s;
}

Phrased LayoutContext::name_phrases(const Text& name, const std::vector<std::size_t>& breaks) const {
  Phrased p{name.value, breaks, name.span};
  std::size_t form = 0;
  for (const std::string& f : taxonomy.legal_forms) {
    if (f.size() > form && p.text.starts_with(f)) form = f.size();
  }
  if (form > 0 && form < p.text.size()) p.breaks.push_back(form);
  for (std::size_t i = 0; i < p.text.size(); ++i) {
    const std::string_view rest = std::string_view(p.text).substr(i);
    if (i > 0 && p.text[i] == ' ') p.breaks.push_back(i);
    if (rest.starts_with("、") || rest.starts_with("・")) p.breaks.push_back(i + 3);
    if (i > 0 && (rest.starts_with("（") || rest.starts_with("「"))) p.breaks.push_back(i);
  }
  std::sort(p.breaks.begin(), p.breaks.end());
  p.breaks.erase(std::unique(p.breaks.begin(), p.breaks.end()), p.breaks.end());
  std::erase_if(p.breaks, [&](std::size_t b) { return b == 0 || b >= p.text.size(); });
  return p;
}

Phrased phrased_name(const std::string& name, const std::vector<std::size_t>& breaks, const Span& span,
                     const std::string& prefix) {
  Phrased p{prefix + name, breaks, span};
  for (std::size_t& b : p.breaks) b += prefix.size();
  return p;
}

Phrased phrased_name(const TaxonomyEntry& entry, const std::string& prefix) {
  return phrased_name(entry.name, entry.breaks, entry.span, prefix);
}

Phrased phrased_name(const Category& category, const std::string& prefix) {
  return phrased_name(category.name, category.breaks, category.span, prefix);
}

Phrased phrased_text(const std::string& text, const Span& span) { return Phrased{text, {}, span}; }

RichText label_text(const std::string& text, const Span& source) {
  RichText r;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) r.blocks.push_back(Block{Block::Kind::paragraph, "", text.substr(start, end - start), source});
    start = end + 1;
  }
  return r;
}

}  // namespace casebook
