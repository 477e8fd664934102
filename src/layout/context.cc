#include "layout/context.h"

namespace casebook {

RichTextStyle LayoutContext::style(const std::string& name, Length measure, Length size) const {
  const TypeSpec& t = type(name);
  RichTextStyle s;
  const Length set_size = size > 0 ? size : t.size;
  s.body = TextStyle{faces.find(t.face), set_size, t.features};
  s.subhead = s.body;
  if (const Face* bold = faces.find(t.face + "_bold")) s.subhead.face = bold;
  s.line_pitch = scale(t.pitch, set_size, t.size);
  s.marker_gap = 0;
  s.options.measure = measure;
  s.options.hanging_punctuation = spec.hanging_punctuation;
  s.options.strict = spec.strict_kinsoku;
  return s;
}

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
