// Fuzz target: loading a layout file, and when it loads clean, laying out
// one record of the shipped data with it. The input is written as
// layouts/fuzz.toml beside a link to the shipped fonts/, so the shipped
// layouts' relative font paths resolve. Every bad value must be a
// diagnostic at its line; no value that passes may crash the layout.

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "data/load.h"
#include "data/load_layout.h"
#include "layout/book.h"
#include "layout/context.h"
#include "scratch.h"
#include "text/face_set.h"

namespace {

namespace fs = std::filesystem;

struct Shipped {
  casebook::Casebook data;
  fs::path layout_file;
  Shipped() {
    const fs::path root = casebook::fuzz::scratch_dir();
    fs::create_directories(root / "layouts");
    fs::create_symlink(fs::path(CASEBOOK_SOURCE_DIR) / "fonts", root / "fonts");
    layout_file = root / "layouts/fuzz.toml";
    casebook::Diagnostics diags;
    data = casebook::load_casebook(std::string(CASEBOOK_SOURCE_DIR) + "/data", diags);
    if (diags.has_errors() || data.organizations.empty()) std::abort();  // the shipped data must load
  }
};

/// Faces by the layout's face table, or null when one does not load (as
/// the pipeline stops there): loading the BIZ UDP fonts on every input
/// would be most of the time spent, so sets that loaded are kept.
const casebook::FaceSet* faces_for(const std::map<std::string, casebook::FontFile>& files) {
  static std::map<std::map<std::string, casebook::FontFile>, std::unique_ptr<casebook::FaceSet>> cache;
  const auto it = cache.find(files);
  if (it != cache.end()) return it->second.get();
  auto set = std::make_unique<casebook::FaceSet>();
  casebook::Diagnostics diags;
  set->load(files, {"fuzz.toml", 1, 1}, diags);
  if (diags.has_errors()) return nullptr;
  if (cache.size() >= 16) cache.clear();  // face tables the fuzzer made up: keep memory bounded
  return (cache[files] = std::move(set)).get();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace casebook;
  static Shipped shipped;
  fuzz::write_file(shipped.layout_file, std::string_view(reinterpret_cast<const char*>(data), size));
  Diagnostics diags;
  const LayoutSpec spec = load_layout(shipped.layout_file.string(), diags);
  if (diags.has_errors()) return 0;
  const FaceSet* faces = faces_for(spec.faces);
  if (!faces) return 0;
  const LayoutContext ctx{spec, *faces, shipped.data.taxonomy, diags, shipped.data.dir};
  const BookPages book = layout_book(ctx, shipped.data, {&shipped.data.organizations[0]}, "");
  (void)book;
  return 0;
}
