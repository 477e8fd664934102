#pragma once

#include <map>
#include <memory>
#include <string>

#include "base/diagnostic.h"
#include "base/font_file.h"
#include "text/face.h"

namespace casebook {

/// The faces of one layout, each font file loaded once, by the names the
/// layout gives them ("gothic", "gothic_bold", …).
class FaceSet {
 public:
  /// Loads every face; a file that does not load is reported where
  /// `spans` says it is named, else at `span`.
  void load(const std::map<std::string, FontFile>& files, const Span& span, Diagnostics& diags,
            const std::map<std::string, Span>& spans = {});
  /// The face named `name`, or nullptr.
  const Face* find(const std::string& name) const;

 private:
  std::map<std::string, std::unique_ptr<Face>> faces_;
};

}  // namespace casebook
