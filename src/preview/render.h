#pragma once

#include <functional>
#include <string>
#include <vector>

namespace casebook {

/// The resolution a preview renders at unless told otherwise: at 150 dpi a
/// 9 pt kanji is about 19 pixels tall, enough to tell 日 from 目.
inline constexpr double kDefaultPreviewDpi = 150;

/// Saves one rendered image: called with the number of its first page
/// (from 1) and a function that writes the PNG to a path and says whether
/// it could. The caller chooses the path (a temporary file it renames into
/// place), so nothing here opens a file it was not handed. Returns false to
/// stop.
using SavePage = std::function<bool(int page_number, const std::function<bool(const std::string& path)>& save)>;

/// Renders pages of a PDF to PNG with poppler's library (no external
/// program): page indices `pages` (from 0; empty: all) at `dpi`, each handed
/// to `save_page`. Returns false as soon as `save_page` does; throws
/// std::runtime_error when the PDF cannot be read or a page rendered.
bool render_png(const std::string& pdf, const std::vector<int>& pages, double dpi, const SavePage& save_page);

/// Renders facing pages side by side, one image per pair of `pairs`
/// (page indices from 0, left then right; -1: no page on that side, left
/// white), handed to `save_page` with the pair's first index + 1.
bool render_spreads(const std::string& pdf, const std::vector<std::pair<int, int>>& pairs, double dpi,
                    const SavePage& save_page);

/// The file name of page `page_number` for `prefix`: `prefix`-NN.png.
std::string png_name(const std::string& prefix, int page_number);

/// The file name of a page by its printed folio: p-001.png for page 1,
/// p-iii.png for a front-matter page iii; a page that prints no number
/// (the cover, a blank) by its place in the file: p-sheet01.png.
std::string folio_png_name(const std::string& folio, int page_index);

}  // namespace casebook
