#pragma once

// The faces the book ships (fonts/), loaded once per test binary, so that
// tests on the real faces measure exactly what the book sets.

#include <map>
#include <memory>
#include <stdexcept>
#include <string>

#include "text/face.h"

namespace casebook::testing_support {

/// The shipped face fonts/`file`, loaded on first use; one that does not
/// load throws, which fails the test that asked for it.
inline const Face& shipped_face(const std::string& file) {
  static std::map<std::string, std::unique_ptr<Face>> faces;
  std::unique_ptr<Face>& face = faces[file];
  if (!face) {
    std::string error;
    face = Face::load(std::string(CASEBOOK_SOURCE_DIR) + "/fonts/" + file, error);
    if (!face) throw std::runtime_error("fonts/" + file + ": " + error);
  }
  return *face;
}

/// BIZ UDPGothic Regular, the proportional gothic the book's text is set in.
inline const Face& shipped_gothic() { return shipped_face("BIZUDPGothic-Regular.ttf"); }

}  // namespace casebook::testing_support
