#pragma once

#include <cstdint>
#include <memory>
#include <string>

struct hb_font_t;
typedef struct FT_FaceRec_* FT_Face;
typedef struct FT_LibraryRec_* FT_Library;

namespace casebook {

/// Why a font's licence forbids casebook to embed it in a PDF, or "" when
/// it allows it, from the OS/2 table's fsType (OpenType 1.9, "OS/2 —
/// OS/2 and Windows Metrics Table", fsType).
/// Restricted License embedding (bit 1) refuses; so do No subsetting
/// (bit 8: casebook embeds only the glyphs used) and Bitmap embedding only
/// (bit 9: a PDF needs outlines). Preview & Print (bit 2) and Editable
/// (bit 3) embedding allow it: a PDF is a document opened read-only, to be
/// viewed and printed, the use Preview & Print permits.
std::string embedding_refusal(unsigned fs_type);

/// An OpenType face (TrueType or CFF outlines) loaded from a font file or
/// one face of a collection, with what shaping and measuring need. All metrics are in font
/// units; `units_per_em` converts them. A face may be used by one thread
/// at a time (FreeType's rule for faces); faces on different threads are
/// independent.
class Face {
 public:
  /// Loads `path`; on failure returns nullptr and sets `error`.
  static std::unique_ptr<Face> load(const std::string& path, std::string& error);
  /// Loads face `index` of `path` (a collection, .ttc; 0 for a single
  /// font); on failure, or when the font's licence forbids embedding it
  /// (embedding_refusal()), returns nullptr and sets `error`.
  static std::unique_ptr<Face> load(const std::string& path, int index, std::string& error);
  ~Face();
  Face(const Face&) = delete;
  Face& operator=(const Face&) = delete;

  const std::string& path() const { return path_; }
  /// The face's index in its collection (0 for a single font).
  int index() const { return index_; }
  /// The PostScript name, e.g. "BIZUDPGothic-Regular".
  const std::string& name() const { return name_; }
  int units_per_em() const { return units_per_em_; }
  int ascender() const { return ascender_; }
  int descender() const { return descender_; }

  /// True when the face maps `c` to a glyph.
  bool has_char(char32_t c) const;

  /// The HarfBuzz font over FreeType, unhinted, at a scale of 64 units
  /// per font unit (FreeType's 26.6 at one pixel per font unit), so every
  /// advance is exact. Used only by the text stage.
  hb_font_t* hb_font() const { return font_; }

 private:
  Face() = default;
  std::string path_;
  int index_ = 0;
  std::string name_;
  int units_per_em_ = 1000;
  int ascender_ = 0;
  int descender_ = 0;
  FT_Library ft_library_ = nullptr;  // this face's own: see Face::load
  FT_Face ft_face_ = nullptr;
  hb_font_t* font_ = nullptr;
};

}  // namespace casebook
