#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "pdf/document.h"

namespace casebook::pdf {

struct HbFace;

/// A TrueType face embedded as a Type0 font (Identity-H, CIDFontType2),
/// built through libharu's object API rather than its UTF-8 text path,
/// which loses characters above U+FFFF, truncates widths and writes a
/// broken ToUnicode map (shared/notes/stack-facts.md).
///
/// CIDs are glyph ids (/CIDToGIDMap /Identity): the font program is
/// subset by HarfBuzz keeping glyph ids, so the content streams can be
/// written before the subset is made. /W carries each glyph's exact
/// advance (advance × 1000 / unitsPerEm, not truncated), so the text lands
/// where the layout measured it.
class EmbeddedFont {
 public:
  /// Creates the font's dictionary in `doc` under resource name `name`.
  EmbeddedFont(Document& doc, std::string font_path, std::string name);

  const std::string& name() const { return name_; }
  HPDF_Dict dict() const { return type0_; }

  /// Records that glyph `gid` is shown, standing for `text` (UTF-8; empty
  /// for the second and later glyphs of a cluster). The first text a glyph
  /// is shown with is its ToUnicode entry.
  void use(std::uint32_t gid, const std::string& text);

  /// The glyph's advance in text space units (1/1000 em), as written in /W.
  double width(std::uint32_t gid) const;

  /// Subsets the face and writes the descendant font, descriptor, font
  /// file, widths and ToUnicode map. Call once, after every use().
  void finish();

  /// Bytes of the subset font program (before compression), once finished.
  std::size_t program_bytes() const { return program_bytes_; }
  std::size_t glyph_count() const { return used_.size(); }

 private:
  Document& doc_;
  std::string path_;
  std::string name_;
  HPDF_Dict type0_ = nullptr;
  std::string font_data_;
  std::shared_ptr<HbFace> metrics_;  ///< HarfBuzz's view of the face, for advances
  int units_per_em_ = 1000;
  std::map<std::uint32_t, std::string> used_;  ///< gid → text, in gid order
  std::map<std::uint32_t, double> widths_;     ///< gid → /W width
  bool finished_ = false;
  std::size_t program_bytes_ = 0;
};

}  // namespace casebook::pdf
