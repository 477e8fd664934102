#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::pdf {

/// Rebuilds the CFF font program `cff` (the 'CFF ' table of an OpenType
/// font, CID-keyed or name-keyed, e.g. of a subset made by HarfBuzz) as a
/// CID-keyed CFF whose
/// glyph `cid` is glyph `glyph_of_cid[cid]` of `cff`, for every cid, and
/// whose CID is its glyph index (charset CID = GID, ROS Adobe-Identity-0).
///
/// This is the font program of a PDF CIDFontType0 font with /FontFile3
/// /Subtype /CIDFontType0C (PDF 1.3; PDF 32000 9.7.4.2 and 9.9). There a
/// character code of Identity-H is the CID, and the CID selects the glyph
/// through the CFF's charset: no CIDToGIDMap as for TrueType. A glyph
/// shown under two codes (two texts, or two widths: PDF gives widths per
/// CID) appears twice, its charstring copied. Each glyph keeps its Font
/// DICT (FDSelect/FDArray), so its Private DICT, local subroutines, widths
/// and FontMatrix are the ones its charstring was written for (Adobe
/// Technote #5176, 18 "CID-keyed Fonts" and 19 "FDSelect"); the global
/// subroutines are copied whole.
///
/// Throws std::runtime_error when `cff` is not a CFF (version 1) program it
/// can read, or a glyph of `glyph_of_cid` is not in it.
std::string cff_cid_keyed(std::string_view cff, const std::vector<std::uint32_t>& glyph_of_cid,
                          const std::string& font_name);

}  // namespace casebook::pdf
