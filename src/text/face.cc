#include "text/face.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H
#include <hb-ft.h>
#include <hb.h>

#include <algorithm>
#include <cstdio>
#include <cstdint>
#include <filesystem>
#include <vector>

#include "base/font_limits.h"

namespace casebook {

namespace {

std::uint32_t be32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

/// What is wrong with the OpenType file `data` (of `size` bytes), or "".
/// FreeType opens a file whose table directory points past its end (a
/// truncated download) and fails only when a glyph is drawn or HarfBuzz
/// subsets it for the PDF; so every table must lie inside the file, and the
/// tables that shaping and embedding read must be there: cmap (characters
/// to glyphs), head, hhea, hmtx (advances), maxp, and the outlines, glyf
/// with loca or CFF (OpenType 1.9, "Required tables" and "Tables related
/// to TrueType/CFF outlines").
std::string sfnt_problem(const unsigned char* data, std::size_t size, int index) {
  std::size_t start = 0;
  if (size >= 12 && be32(data) == 0x74746366 /* ttcf: a collection, its table directories' offsets from byte 12 */) {
    const std::uint32_t count = be32(data + 8);
    if (index < 0 || static_cast<std::uint32_t>(index) >= count) {
      return "holds " + std::to_string(count) + " faces: there is no face " + std::to_string(index);
    }
    if (size < 16 + 4 * std::size_t(index)) return "is cut short: its list of faces runs past the end of the file";
    start = be32(data + 12 + 4 * std::size_t(index));
  } else if (index != 0) {
    return "is a single font, not a collection: there is no face " + std::to_string(index);
  }
  if (start > size || size - start < 12) return "is not an OpenType font (too short for a table directory)";
  const unsigned char* font = data + start;
  const std::uint32_t version = be32(font);
  if (version != 0x00010000 && version != 0x4F54544F /* OTTO */ && version != 0x74727565 /* true */) {
    return "is not an OpenType or TrueType font";
  }
  const std::size_t tables = (std::size_t{font[4]} << 8) | font[5];
  if (size - start - 12 < tables * 16) return "is cut short: its table directory runs past the end of the file";
  std::vector<std::string> tags;
  for (std::size_t i = 0; i < tables; ++i) {
    const unsigned char* record = font + 12 + 16 * i;
    const std::string tag(reinterpret_cast<const char*>(record), 4);
    const std::uint64_t offset = be32(record + 8);
    const std::uint64_t length = be32(record + 12);
    if (offset + length > size) {
      return "is cut short: its '" + tag + "' table ends at byte " + std::to_string(offset + length) +
             " of a file of " + std::to_string(size) + " bytes";
    }
    tags.push_back(tag);
  }
  auto has = [&](const char* tag) { return std::find(tags.begin(), tags.end(), tag) != tags.end(); };
  for (const char* tag : {"cmap", "head", "hhea", "hmtx", "maxp"}) {
    if (!has(tag)) return std::string("has no '") + tag + "' table, which setting text needs";
  }
  if (!(has("glyf") && has("loca")) && !has("CFF ") && !has("CFF2")) return "has no glyph outlines (glyf or CFF)";
  return "";
}

}  // namespace

std::string embedding_refusal(unsigned fs_type) {
  constexpr unsigned kRestricted = 0x0002, kPreviewPrint = 0x0004, kEditable = 0x0008;
  constexpr unsigned kNoSubsetting = 0x0100, kBitmapOnly = 0x0200;
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%04X", fs_type & 0xFFFF);
  const std::string its = std::string("its licence (OS/2 fsType ") + hex + ") ";
  // Bits 1–3 are the usage permission. From OS/2 version 3 a font sets at
  // most one of them; in versions 0–2 several may be set and "applications
  // should use the least restrictive", so in any version a bit that allows
  // embedding (2 or 3) wins over Restricted (1).
  const bool restricted = (fs_type & kRestricted) && !(fs_type & (kPreviewPrint | kEditable));
  if (restricted) {
    return its + "is Restricted License embedding: it must not be embedded without the permission of its owner";
  }
  if (fs_type & kBitmapOnly) return its + "allows only its bitmaps to be embedded, and a PDF needs its outlines";
  if (fs_type & kNoSubsetting) {
    return its + "forbids subsetting it, and casebook embeds only the glyphs the book uses";
  }
  return "";
}

std::unique_ptr<Face> Face::load(const std::string& path, std::string& error) { return load(path, 0, error); }

std::unique_ptr<Face> Face::load(const std::string& path, int index, std::string& error) {
  // Each face has a FreeType library of its own. FreeType forbids calling
  // FT_New_Face / FT_Done_Face on one FT_Library from several threads at
  // once, and `booklets` loads faces on every thread; a library costs a
  // few kilobytes, and a face (not thread-safe either) is only ever used by
  // the thread that set the book it belongs to.
  // A file over the cap is not opened at all (the layout refuses it at its
  // line; this catches a font given otherwise, e.g. `galley --face`).
  std::error_code ec;
  if (const auto size = std::filesystem::file_size(path, ec); !ec && size > kMaxFontFileBytes) {
    error = path + " " + font_too_large(size);
    return nullptr;
  }
  {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (!blob) {
      error = "cannot read font file " + path;
      return nullptr;
    }
    unsigned size = 0;
    const char* data = hb_blob_get_data(blob, &size);
    const std::string problem = sfnt_problem(reinterpret_cast<const unsigned char*>(data), size, index);
    hb_blob_destroy(blob);
    if (!problem.empty()) {
      error = "font file " + path + " " + problem;
      return nullptr;
    }
  }
  FT_Library library = nullptr;
  if (FT_Init_FreeType(&library) != 0) {
    error = "cannot start FreeType to load " + path;
    return nullptr;
  }
  FT_Face ft = nullptr;
  if (FT_New_Face(library, path.c_str(), index, &ft) != 0) {
    FT_Done_FreeType(library);
    error = "cannot load font file " + path;
    return nullptr;
  }
  if (!FT_IS_SCALABLE(ft) || FT_Select_Charmap(ft, FT_ENCODING_UNICODE) != 0) {
    FT_Done_Face(ft);
    FT_Done_FreeType(library);
    error = path + " is not a scalable font with a Unicode character map";
    return nullptr;
  }
  if (const auto* os2 = static_cast<const TT_OS2*>(FT_Get_Sfnt_Table(ft, FT_SFNT_OS2))) {
    const std::string refusal = embedding_refusal(os2->fsType);
    if (!refusal.empty()) {
      FT_Done_Face(ft);
      FT_Done_FreeType(library);
      error = "font file " + path + " may not be embedded in a PDF: " + refusal;
      return nullptr;
    }
  }
  std::unique_ptr<Face> f(new Face());
  f->path_ = path;
  f->index_ = index;
  f->ft_library_ = library;
  f->ft_face_ = ft;
  f->units_per_em_ = ft->units_per_EM;
  f->ascender_ = ft->ascender;
  f->descender_ = ft->descender;
  if (const char* name = FT_Get_Postscript_Name(ft)) f->name_ = name;
  // One pixel per font unit, unhinted: advances come out as font units in
  // 26.6 fixed point, with no rounding anywhere.
  FT_Set_Char_Size(ft, 0, static_cast<FT_F26Dot6>(f->units_per_em_) * 64, 72, 72);
  f->font_ = hb_ft_font_create_referenced(ft);
  hb_ft_font_set_load_flags(f->font_, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP);
  return f;
}

Face::~Face() {
  hb_font_destroy(font_);
  FT_Done_Face(ft_face_);
  FT_Done_FreeType(ft_library_);
}

bool Face::has_char(char32_t c) const { return FT_Get_Char_Index(ft_face_, c) != 0; }

}  // namespace casebook
