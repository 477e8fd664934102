#pragma once

#include <string>
#include <vector>

#include "layout/frame.h"

namespace casebook {

/// The frame tree as text, one item a line, indented by depth, lengths in
/// points to two decimals: the golden dump that shows every layout change
/// in review, and the second "writer" of the pipeline.
std::string dump_pages(const std::vector<Page>& pages);

}  // namespace casebook
