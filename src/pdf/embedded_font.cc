#include "pdf/embedded_font.h"

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <map>
#include <sstream>
#include <vector>

#include "base/font_limits.h"
#include "base/utf8.h"
#include "pdf/cff.h"

namespace casebook::pdf {

/// An hb_face over bytes we own.
struct HbFace {
  hb_blob_t* blob = nullptr;
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;
  HbFace(const std::string& data, int index) {
    blob = hb_blob_create(data.data(), static_cast<unsigned>(data.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    face = hb_face_create(blob, static_cast<unsigned>(index));
    font = hb_font_create(face);
  }
  ~HbFace() {
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }
};

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw PdfError("cannot read font file " + path);
  // In chunks, up to one byte over the cap: a file that grew after the
  // layout was checked is refused, not read whole.
  std::string bytes;
  char chunk[64 * 1024];
  while (in && bytes.size() <= kMaxFontFileBytes) {
    in.read(chunk, sizeof chunk);
    bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw PdfError("cannot read font file " + path);
  if (bytes.size() > kMaxFontFileBytes) throw PdfError("the font file " + path + " grew past the cap while it was read: it " + font_too_large(bytes.size()));
  return bytes;
}

bool has_table(hb_face_t* face, const char* tag) {
  hb_blob_t* blob = hb_face_reference_table(face, hb_tag_from_string(tag, 4));
  const bool has = hb_blob_get_length(blob) > 0;
  hb_blob_destroy(blob);
  return has;
}

std::string hex4(unsigned v) {
  char b[8];
  std::snprintf(b, sizeof b, "%04X", v & 0xFFFF);
  return b;
}

/// The length of `text` in UTF-16 code units.
std::size_t utf16_units(const std::string& text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) n += utf8::next(text, i) >= 0x10000 ? 2 : 1;
  return n;
}

void add_name(HPDF_Dict d, const char* key, const std::string& value) {
  check(HPDF_Dict_AddName(d, key, value.c_str()), "writing a font name");
}

void add_real(HPDF_Dict d, const char* key, double value) {
  check(HPDF_Dict_AddReal(d, key, static_cast<HPDF_REAL>(value)), "writing a font metric");
}

void add_number(HPDF_Dict d, const char* key, long value) {
  check(HPDF_Dict_AddNumber(d, key, static_cast<HPDF_INT32>(value)), "writing a font metric");
}

/// The subset tag: six capitals from a hash of the font file's bytes and the
/// glyphs used, so that the same text in the same font gives the same name
/// (PDF 32000 9.6.4) wherever the font file lies and however its path is
/// spelled.
std::string subset_tag(const std::string& font_data, int index, const std::map<std::uint32_t, std::uint16_t>& used) {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&](std::uint64_t v) {
    h ^= v;
    h *= 1099511628211ull;
  };
  for (char c : font_data) mix(static_cast<unsigned char>(c));
  if (index != 0) mix(static_cast<std::uint64_t>(index) | 0x100000000ull);  // faces of one collection differ
  for (const auto& [gid, code] : used) mix(gid);
  std::string tag;
  for (int i = 0; i < 6; ++i) {
    tag += static_cast<char>('A' + h % 26);
    h /= 26;
  }
  return tag;
}

/// A HarfBuzz subset input for `glyphs` and .notdef, dropping the tables
/// `drop` names, with `flags`; the caller destroys it. Both font programs
/// (TrueType and CFF) are subset from one.
hb_subset_input_t* subset_input(const std::map<std::uint32_t, std::uint16_t>& glyphs,
                                std::initializer_list<const char*> drop, unsigned flags, const std::string& path) {
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) throw PdfError("cannot subset " + path + ": out of memory");
  hb_set_t* keep = hb_subset_input_glyph_set(input);
  hb_set_add(keep, 0);
  for (const auto& [gid, code] : glyphs) hb_set_add(keep, gid);
  hb_set_t* dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* tag : drop) hb_set_add(dropped, hb_tag_from_string(tag, 4));
  hb_subset_input_set_flags(input, flags);
  return input;
}

}  // namespace

std::string utf16_hex(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = utf8::next(text, i);
    if (c >= 0x10000) {
      const char32_t v = c - 0x10000;
      out += hex4(0xD800 + static_cast<unsigned>(v >> 10));
      out += hex4(0xDC00 + static_cast<unsigned>(v & 0x3FF));
    } else {
      out += hex4(static_cast<unsigned>(c));
    }
  }
  return out;
}

EmbeddedFont::EmbeddedFont(Document& doc, FontFile file, std::string name)
    : doc_(doc), path_(std::move(file.path)), index_(file.index), name_(std::move(name)) {
  font_data_ = read_file(path_);
  metrics_ = std::make_shared<HbFace>(font_data_, index_);
  units_per_em_ = static_cast<int>(hb_face_get_upem(metrics_->face));
  if (has_table(metrics_->face, "CFF2")) {
    throw PdfError("the font file " + path_ + " has CFF2 outlines (a variable font), which casebook cannot embed");
  }
  // CFF outlines are embedded as a CFF program whose CID count is a Card16
  // (Technote #5176, 14): codes 0 to 65,534.
  cff_ = has_table(metrics_->face, "CFF ") && !has_table(metrics_->face, "glyf");
  if (cff_) max_codes_ = 0xFFFF;
  hb_font_set_scale(metrics_->font, units_per_em_, units_per_em_);
  type0_ = doc_.new_dict();
}

double EmbeddedFont::width(std::uint16_t code) const { return code < codes_.size() ? codes_[code].width : 0.0; }

const std::string& EmbeddedFont::text_of(std::uint16_t code) const {
  static const std::string none;
  return code < codes_.size() ? codes_[code].text : none;
}

std::uint16_t EmbeddedFont::use(std::uint32_t gid, const std::string& text, double width) {
  const bool fits = utf16_units(text) <= kMaxToUnicodeUnits;
  // Four decimals, the precision /W is written with, so that content
  // streams position glyphs with exactly the widths viewers use.
  auto rounded = [](double w) { return std::round(w * 10000.0) / 10000.0; };
  const double own = rounded(hb_font_get_glyph_h_advance(metrics_->font, gid) * 1000.0 / units_per_em_);
  // A width within a hair of the face's own is the face's own (the
  // layout's fixed-point arithmetic rounds).
  const double w = width < 0 || std::abs(rounded(width) - own) < 0.01 ? own : rounded(width);
  const std::tuple<std::uint32_t, std::string, double> key(gid, fits ? text : std::string(), w == own ? -1.0 : w);
  if (const auto it = code_of_.find(key); it != code_of_.end()) return it->second;
  if (codes_.size() >= max_codes_) {
    // Out of two-byte codes: show the glyph by a code it already has (the
    // caller gives the text as ActualText, since text_of() differs).
    if (const auto it = glyphs_.find(gid); it != glyphs_.end()) return it->second;
    throw PdfError("more than " + std::to_string(max_codes_ - 1) + " different glyphs and texts in the face " + path_);
  }
  const auto code = static_cast<std::uint16_t>(codes_.size());
  codes_.push_back({gid, std::get<1>(key), w});
  code_of_.emplace(key, code);
  glyphs_.emplace(gid, code);
  return code;
}

HPDF_Dict EmbeddedFont::write_truetype_program(const HbFace& face) {
  // Subset by HarfBuzz with glyph ids kept: the CIDToGIDMap maps codes to them.
  hb_subset_input_t* input =
      subset_input(glyphs_, {"GSUB", "GPOS", "GDEF", "vmtx", "vhea", "DSIG", "meta", "gasp", "hdmx", "VDMX", "LTSH",
                             "kern", "BASE", "JSTF", "VORG"},
                   HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_HINTING, path_);
  hb_face_t* subset = hb_subset_or_fail(face.face, input);
  hb_subset_input_destroy(input);
  if (!subset) throw PdfError("HarfBuzz could not subset " + path_);
  hb_blob_t* subset_blob = hb_face_reference_blob(subset);
  unsigned subset_size = 0;
  const char* subset_data = hb_blob_get_data(subset_blob, &subset_size);

  HPDF_Dict file = doc_.new_stream();
  check(HPDF_Stream_Write(file->stream, reinterpret_cast<const HPDF_BYTE*>(subset_data), subset_size),
        "writing the font program");
  add_number(file, "Length1", static_cast<long>(subset_size));
  program_bytes_ = subset_size;
  hb_blob_destroy(subset_blob);
  hb_face_destroy(subset);

  return file;
}

HPDF_Dict EmbeddedFont::write_cff_program(const HbFace& face) {
  // Subset by HarfBuzz, which renumbers the glyphs in their order and
  // inlines subroutines (so each charstring stands alone), then rebuilt
  // with one glyph per code.
  // Only the CFF table is kept; without GSUB the subset is the glyphs
  // shown, not their closure under substitutions.
  hb_subset_input_t* input =
      subset_input(glyphs_, {"GSUB", "GPOS", "GDEF", "vmtx", "vhea", "DSIG", "meta", "BASE", "JSTF", "VORG", "name"},
                   HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_DESUBROUTINIZE, path_);
  hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(face.face, input);
  hb_subset_input_destroy(input);
  if (!plan) throw PdfError("HarfBuzz could not subset " + path_);
  std::vector<std::uint32_t> glyph_of_code;
  const hb_map_t* new_gid = hb_subset_plan_old_to_new_glyph_mapping(plan);
  for (const Code& c : codes_) glyph_of_code.push_back(hb_map_get(new_gid, c.gid));
  hb_face_t* subset = hb_subset_plan_execute_or_fail(plan);
  hb_subset_plan_destroy(plan);
  if (!subset) throw PdfError("HarfBuzz could not subset " + path_);
  hb_blob_t* cff_blob = hb_face_reference_table(subset, HB_TAG('C', 'F', 'F', ' '));
  unsigned cff_size = 0;
  const char* cff_data = hb_blob_get_data(cff_blob, &cff_size);
  char ps_name[128] = "Font";
  unsigned ps_size = sizeof ps_name;
  hb_ot_name_get_utf8(face.face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &ps_size, ps_name);
  std::string program;
  try {
    program = cff_cid_keyed(std::string_view(cff_data, cff_size), glyph_of_code, ps_name);
  } catch (const std::runtime_error& e) {
    hb_blob_destroy(cff_blob);
    hb_face_destroy(subset);
    throw PdfError(std::string("cannot embed ") + path_ + ": " + e.what());
  }
  hb_blob_destroy(cff_blob);
  hb_face_destroy(subset);

  HPDF_Dict file = doc_.new_stream();
  add_name(file, "Subtype", "CIDFontType0C");
  check(HPDF_Stream_Write(file->stream, reinterpret_cast<const HPDF_BYTE*>(program.data()),
                          static_cast<HPDF_UINT>(program.size())),
        "writing the font program");
  program_bytes_ = program.size();
  return file;
}

void EmbeddedFont::finish() {
  if (finished_) return;
  finished_ = true;
  HbFace face(font_data_, index_);

  // 1. The font program, subset.
  HPDF_Dict file = cff_ ? write_cff_program(face) : write_truetype_program(face);

  // 2. The descriptor, from the face's own metrics, in 1/1000 em.
  const double k = 1000.0 / units_per_em_;
  hb_position_t ascender = 0, descender = 0, cap = 0;
  hb_font_set_scale(face.font, units_per_em_, units_per_em_);
  hb_ot_metrics_get_position(face.font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &ascender);
  hb_ot_metrics_get_position(face.font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &descender);
  if (!hb_ot_metrics_get_position(face.font, HB_OT_METRICS_TAG_CAP_HEIGHT, &cap)) cap = ascender;
  hb_blob_t* head = hb_face_reference_table(face.face, HB_TAG('h', 'e', 'a', 'd'));
  unsigned head_size = 0;
  const auto* h = reinterpret_cast<const unsigned char*>(hb_blob_get_data(head, &head_size));
  auto s16 = [&](unsigned at) { return static_cast<std::int16_t>((h[at] << 8) | h[at + 1]); };
  const bool have_head = head_size >= 54;

  char ps_name[128] = "Font";
  unsigned ps_size = sizeof ps_name;
  hb_ot_name_get_utf8(face.face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &ps_size, ps_name);
  const std::string base_font = subset_tag(font_data_, index_, glyphs_) + "+" + ps_name;

  HPDF_Dict descriptor = doc_.new_dict();
  add_name(descriptor, "Type", "FontDescriptor");
  add_name(descriptor, "FontName", base_font);
  add_number(descriptor, "Flags", 4);  // symbolic: glyphs are addressed by CID
  HPDF_Array bbox = checked(HPDF_Array_New(doc_.mmgr()), "creating the font box");
  for (unsigned at : {36u, 38u, 40u, 42u}) {
    check(HPDF_Array_AddReal(bbox, static_cast<HPDF_REAL>(have_head ? std::round(s16(at) * k) : 0)),
          "writing the font box");
  }
  hb_blob_destroy(head);
  check(HPDF_Dict_Add(descriptor, "FontBBox", bbox), "writing the font box");
  add_number(descriptor, "ItalicAngle", 0);
  add_real(descriptor, "Ascent", std::round(ascender * k));
  add_real(descriptor, "Descent", std::round(descender * k));
  add_real(descriptor, "CapHeight", std::round(cap * k));
  add_number(descriptor, "StemV", 80);
  check(HPDF_Dict_Add(descriptor, cff_ ? "FontFile3" : "FontFile2", file), "linking the font program");

  // 3. The CIDFont with its exact widths.
  HPDF_Dict cid = doc_.new_dict();
  add_name(cid, "Type", "Font");
  add_name(cid, "Subtype", cff_ ? "CIDFontType0" : "CIDFontType2");
  add_name(cid, "BaseFont", base_font);
  HPDF_Dict info = checked(HPDF_Dict_New(doc_.mmgr()), "creating CIDSystemInfo");
  check(HPDF_Dict_Add(info, "Registry", HPDF_String_New(doc_.mmgr(), "Adobe", nullptr)), "writing CIDSystemInfo");
  check(HPDF_Dict_Add(info, "Ordering", HPDF_String_New(doc_.mmgr(), "Identity", nullptr)), "writing CIDSystemInfo");
  add_number(info, "Supplement", 0);
  check(HPDF_Dict_Add(cid, "CIDSystemInfo", info), "writing CIDSystemInfo");
  check(HPDF_Dict_Add(cid, "FontDescriptor", descriptor), "linking the font descriptor");
  if (!cff_) {
    // Codes to glyphs: two bytes per code, big-endian, code 0 to .notdef.
    // (A CIDFontType0 has none: its codes are the CFF's glyph indexes.)
    std::string map;
    for (const Code& c : codes_) {
      map += static_cast<char>((c.gid >> 8) & 0xFF);
      map += static_cast<char>(c.gid & 0xFF);
    }
    HPDF_Dict cid_to_gid = doc_.new_stream();
    check(HPDF_Stream_Write(cid_to_gid->stream, reinterpret_cast<const HPDF_BYTE*>(map.data()),
                            static_cast<HPDF_UINT>(map.size())),
          "writing the CIDToGIDMap");
    check(HPDF_Dict_Add(cid, "CIDToGIDMap", cid_to_gid), "linking the CIDToGIDMap");
  }
  add_number(cid, "DW", 1000);
  // Codes run from 1 without a gap: one /W entry, 1 [w1 w2 …].
  HPDF_Array w = checked(HPDF_Array_New(doc_.mmgr()), "creating the width array");
  if (codes_.size() > 1) {
    HPDF_Array run = checked(HPDF_Array_New(doc_.mmgr()), "creating the width array");
    for (std::size_t code = 1; code < codes_.size(); ++code) {
      check(HPDF_Array_AddReal(run, static_cast<HPDF_REAL>(codes_[code].width)), "writing a width");
    }
    check(HPDF_Array_AddNumber(w, 1), "writing a width");
    check(HPDF_Array_Add(w, run), "writing a width");
  }
  check(HPDF_Dict_Add(cid, "W", w), "writing the widths");

  // 4. ToUnicode: each code to the text it stands for; every entry at most
  // kMaxToUnicodeUnits long (use() keeps longer texts out).
  std::vector<std::pair<std::uint32_t, std::string>> entries;
  for (std::size_t code = 1; code < codes_.size(); ++code) {
    if (!codes_[code].text.empty()) entries.emplace_back(static_cast<std::uint32_t>(code), utf16_hex(codes_[code].text));
  }
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  for (std::size_t i = 0; i < entries.size(); i += 100) {
    const std::size_t n = std::min<std::size_t>(100, entries.size() - i);
    cmap += std::to_string(n) + " beginbfchar\n";
    for (std::size_t j = i; j < i + n; ++j) cmap += "<" + hex4(entries[j].first) + "> <" + entries[j].second + ">\n";
    cmap += "endbfchar\n";
  }
  cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  HPDF_Dict to_unicode = doc_.new_stream();
  check(HPDF_Stream_Write(to_unicode->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                          static_cast<HPDF_UINT>(cmap.size())),
        "writing the ToUnicode map");

  // 5. The Type0 font the pages use.
  add_name(type0_, "Type", "Font");
  add_name(type0_, "Subtype", "Type0");
  add_name(type0_, "BaseFont", base_font);
  add_name(type0_, "Encoding", "Identity-H");
  HPDF_Array descendants = checked(HPDF_Array_New(doc_.mmgr()), "creating DescendantFonts");
  check(HPDF_Array_Add(descendants, cid), "linking the CIDFont");
  check(HPDF_Dict_Add(type0_, "DescendantFonts", descendants), "linking the CIDFont");
  check(HPDF_Dict_Add(type0_, "ToUnicode", to_unicode), "linking the ToUnicode map");
}

}  // namespace casebook::pdf
