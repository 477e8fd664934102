#pragma once

#include <functional>
#include <string>
#include <vector>

namespace casebook {

/// Saves one rendered page: called with the page's number (from 1) and a
/// function that writes the PNG to a path and says whether it could. The
/// caller chooses the path (a temporary file it renames into place), so
/// nothing here opens a file it was not handed. Returns false to stop.
using SavePage = std::function<bool(int page_number, const std::function<bool(const std::string& path)>& save)>;

/// Renders pages of a PDF to PNG with poppler's library (no external
/// program): page indices `pages` (from 0; empty: all) at `dpi`, each handed
/// to `save_page`. Returns false as soon as `save_page` does; throws
/// std::runtime_error when the PDF cannot be read or a page rendered.
bool render_png(const std::string& pdf, const std::vector<int>& pages, double dpi, const SavePage& save_page);

/// The file name of page `page_number` for `prefix`: `prefix`-NN.png.
std::string png_name(const std::string& prefix, int page_number);

}  // namespace casebook
