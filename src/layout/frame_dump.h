#pragma once

#include <string>
#include <vector>

#include "layout/frame.h"

namespace casebook {

/// The frame tree as text, one item a line, indented by depth, lengths in
/// points to two decimals: the golden dump that shows every layout change
/// in review, and the second "writer" of the pipeline. Without
/// `with_sources` the frames' <file:line> are left out: what is printed,
/// independent of where the data was read from (the PDF's /ID).
std::string dump_pages(const std::vector<Page>& pages, bool with_sources = true);

}  // namespace casebook
