#pragma once

#include <string>
#include <vector>

namespace casebook {

/// Renders pages of a PDF to PNG files with poppler's library (no external
/// program): page indices `pages` (from 0; empty: all) at `dpi`, written as
/// `prefix`-NN.png. Returns the files written; throws std::runtime_error
/// when the PDF cannot be read or a PNG cannot be written.
std::vector<std::string> render_png(const std::string& pdf, const std::vector<int>& pages, double dpi,
                                    const std::string& prefix);

}  // namespace casebook
