#include "text/face.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb-ft.h>
#include <hb.h>

#include <filesystem>

#include "base/font_limits.h"

namespace casebook {

std::unique_ptr<Face> Face::load(const std::string& path, std::string& error) {
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
  FT_Library library = nullptr;
  if (FT_Init_FreeType(&library) != 0) {
    error = "cannot start FreeType to load " + path;
    return nullptr;
  }
  FT_Face ft = nullptr;
  if (FT_New_Face(library, path.c_str(), 0, &ft) != 0) {
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
  std::unique_ptr<Face> f(new Face());
  f->path_ = path;
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
