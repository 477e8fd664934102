#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/length.h"
#include "data/block_kind.h"

namespace casebook {

/// The state copyfitting varies: how far down the layout's copyfit steps
/// each text block is set, the photo area's height.
struct Fit {
  /// Per text block: 0 at the layout's own sizes, n on copyfit.steps[n − 1]
  /// (LayoutSpec::copyfit_steps), its size and line pitch.
  std::map<BlockKind, std::size_t> steps_down;
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

/// Sets the text of the tallest text block one step further down the
/// layout's `steps` copyfit steps at a time, and lays the page out again
/// until its bottom is at or above `limit`, or every block is on the last
/// step. `first` is the layout of `start`. Only the steps are ever tried,
/// so no block is set at a size off the layout's type scale.
///
/// The number of trials is bounded whatever the layout says: a block makes
/// at most min(steps, kMaxCopyfitSteps) steps (load_layout() refuses a
/// longer list), so a page costs at most blocks × steps layouts.
CopyfitResult copyfit(Fit start, const TrialPage& first, Length limit, std::size_t steps,
                      const std::function<TrialPage(const Fit&)>& lay_out);

}  // namespace casebook
