#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "base/font_file.h"
#include "pdf/document.h"

namespace casebook::pdf {

struct HbFace;

/// UTF-8 text as UTF-16BE hex digits (surrogate pairs above U+FFFF): the
/// form of ToUnicode entries and, after FEFF, of a PDF text string.
std::string utf16_hex(const std::string& text);

/// An OpenType face embedded as a Type0 font (Identity-H), built through
/// libharu's object API rather than its UTF-8 text path, which loses
/// characters above U+FFFF, truncates widths, writes a broken ToUnicode
/// map (shared/notes/stack-facts.md) and takes only TrueType outlines.
/// A face with TrueType outlines (glyf) becomes a CIDFontType2 with its
/// program in /FontFile2; one with CFF outlines (an .otf, or a collection
/// such as Noto Sans CJK) a CIDFontType0 with a bare CID-keyed CFF in
/// /FontFile3 /Subtype /CIDFontType0C (PDF 32000 9.7.4, 9.9). That form
/// is PDF 1.3, the version the book declares, where the other one,
/// /Subtype /OpenType, needs PDF 1.6.
///
/// Each pair of a glyph and the text it stands for gets a character code
/// (CID) of its own, given out from 1 in order of first use; /CIDToGIDMap
/// maps the codes back to glyph ids. So one glyph set for different texts
/// (ガ typed as U+30AC in one record and as カ + U+3099 in another, which
/// HarfBuzz composes into the same glyph) has one code per text, and every
/// occurrence extracts as what was typed there (a ToUnicode map gives one
/// text per code, PDF 32000 9.10.3). A TrueType program is subset by
/// HarfBuzz keeping glyph ids; a CFF program is subset by HarfBuzz and
/// rebuilt with one glyph per code (pdf/cff.h), as a CIDFontType0 selects
/// glyphs by CID through the CFF's charset, one CID per glyph. /W carries each code's exact advance
/// (advance × 1000 / unitsPerEm, not truncated), so the text lands where
/// the layout measured it.
class EmbeddedFont {
 public:
  /// Creates the font's dictionary in `doc` under resource name `name`,
  /// for face `file.index` of `file.path`.
  EmbeddedFont(Document& doc, FontFile file, std::string name);

  const std::string& name() const { return name_; }
  HPDF_Dict dict() const { return type0_; }

  /// The longest text, in UTF-16 code units, one ToUnicode entry carries.
  /// PDF allows 512 bytes, but poppler reads a bfchar entry into a
  /// 256-byte token (63 code units as hex); clusters longer than this are
  /// extracted through an ActualText span instead (see use()).
  static constexpr std::size_t kMaxToUnicodeUnits = 32;

  /// The code that shows glyph `gid` standing for `text` (UTF-8; empty for
  /// the second and later glyphs of a cluster). When text_of() the code
  /// differs from `text` (a text longer than kMaxToUnicodeUnits, or a face
  /// that ran out of codes: 65,535, or 65,534 with CFF outlines), the caller must give the text as
  /// an ActualText span around the glyph. `width`, in text space units
  /// (1/1000 em), is the advance the layout gave the glyph when it is not
  /// the face's own (a punctuation mark set in a half-em box, JLREQ
  /// Appendix B); negative for the face's. Each width gets a code of its
  /// own, so the glyph's box in the PDF is the one the layout measured.
  std::uint16_t use(std::uint32_t gid, const std::string& text, double width = -1);

  /// The text code `code` extracts as (its ToUnicode entry), "" for none.
  const std::string& text_of(std::uint16_t code) const;

  /// The code's advance in text space units (1/1000 em), as written in /W.
  double width(std::uint16_t code) const;

  /// Subsets the face and writes the descendant font, descriptor, font
  /// file, widths, code-to-glyph map and ToUnicode map. Call once, after
  /// every use().
  void finish();

  /// Bytes of the subset font program (before compression), once finished.
  std::size_t program_bytes() const { return program_bytes_; }
  /// Distinct glyphs shown.
  std::size_t glyph_count() const { return glyphs_.size(); }

 private:
  struct Code {
    std::uint32_t gid = 0;
    std::string text;
    double width = 0;
  };

  /// The subset font program's stream: a TrueType font (glyph ids kept)
  /// or a CID-keyed CFF with one glyph per code.
  HPDF_Dict write_truetype_program(const HbFace& face);
  HPDF_Dict write_cff_program(const HbFace& face);

  Document& doc_;
  std::string path_;
  int index_ = 0;      ///< the face's index in its collection
  bool cff_ = false;   ///< CFF outlines, not TrueType
  std::size_t max_codes_ = 0x10000;  ///< codes 0 to max_codes_ − 1
  std::string name_;
  HPDF_Dict type0_ = nullptr;
  std::string font_data_;
  std::shared_ptr<HbFace> metrics_;  ///< HarfBuzz's view of the face, for advances
  int units_per_em_ = 1000;
  std::vector<Code> codes_ = std::vector<Code>(1);  ///< by code; code 0 is unused (.notdef by convention)
  std::map<std::tuple<std::uint32_t, std::string, double>, std::uint16_t> code_of_;  ///< (gid, text, width) → code
  std::map<std::uint32_t, std::uint16_t> glyphs_;  ///< gid → its first code
  bool finished_ = false;
  std::size_t program_bytes_ = 0;
};

}  // namespace casebook::pdf
