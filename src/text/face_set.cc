#include "text/face_set.h"

namespace casebook {

void FaceSet::load(const std::map<std::string, FontFile>& files, const Span& span, Diagnostics& diags,
                   const std::map<std::string, Span>& spans) {
  for (const auto& [name, file] : files) {
    std::string error;
    std::unique_ptr<Face> face = Face::load(file.path, file.index, error);
    if (!face) {
      const auto at = spans.find(name);
      diags.error(at == spans.end() ? span : at->second, "face '" + name + "': " + error);
      continue;
    }
    faces_[name] = std::move(face);
  }
}

const Face* FaceSet::find(const std::string& name) const {
  const auto it = faces_.find(name);
  return it == faces_.end() ? nullptr : it->second.get();
}

}  // namespace casebook
