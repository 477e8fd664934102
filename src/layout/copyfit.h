#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/length.h"
#include "data/block_kind.h"

namespace casebook {

/// The state copyfitting varies: each text block's body size, the photo
/// area's height.
struct Fit {
  std::map<BlockKind, Length> size;
  Length photo_height = 0;
  /// How much taller the page's fill block is set, so that the page ends
  /// on the bottom margin (LayoutSpec::fill, [template]).
  Length stretch = 0;
  std::optional<BlockKind> fill;
  /// How much taller the page's last block is set, so that the blocks
  /// after the fill block take the layout's foot_height.
  Length foot_stretch = 0;
  std::optional<BlockKind> foot;
};

/// What copyfitting needs to know of one trial layout of a page.
struct TrialPage {
  Length bottom = 0;  ///< the bottom of the page's last block
  /// The page's text blocks (content, results, profile) and their heights.
  std::vector<std::pair<BlockKind, Length>> text_blocks;
};

/// The fit copyfitting settled on and how many trial layouts it made.
struct CopyfitResult {
  Fit fit;
  int trials = 0;
};

/// Steps the text of the tallest text block down, a step at a time, and
/// lays the page out again until its bottom is at or above `limit`, or no
/// block can go smaller than `min_size`. `first` is the layout of `start`.
///
/// The number of trials is bounded whatever the layout says: every block
/// makes at most kMaxCopyfitSteps steps (a step smaller than the range over
/// that many is widened to it), so a page costs at most
/// blocks × kMaxCopyfitSteps layouts. load_layout() refuses a step that
/// would need widening, so with a checked layout the steps are the
/// layout's own.
CopyfitResult copyfit(Fit start, const TrialPage& first, Length limit, Length min_size, Length step,
                      const std::function<TrialPage(const Fit&)>& lay_out);

}  // namespace casebook
