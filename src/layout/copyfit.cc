#include "layout/copyfit.h"

#include <algorithm>

#include "data/layout_spec.h"

namespace casebook {

CopyfitResult copyfit(Fit start, const TrialPage& first, Length limit, Length min_size, Length step,
                      const std::function<TrialPage(const Fit&)>& lay_out) {
  CopyfitResult result;
  result.fit = std::move(start);
  // Widen a step too small for the range (see the header): at most
  // kMaxCopyfitSteps steps from the largest starting size to min_size.
  Length largest = min_size;
  for (const auto& [kind, size] : result.fit.size) largest = std::max(largest, size);
  const Length bounded_step =
      std::max({step, Length{1}, (largest - min_size + kMaxCopyfitSteps - 1) / kMaxCopyfitSteps});

  TrialPage page = first;
  while (page.bottom > limit) {
    // The tallest text block that can still step down; one unit of slack
    // lets a size that lands a rounding error above min_size step onto it.
    const std::pair<BlockKind, Length>* tallest = nullptr;
    for (const auto& block : page.text_blocks) {
      const auto size = result.fit.size.find(block.first);
      if (size == result.fit.size.end() || size->second - bounded_step < min_size - 1) continue;
      if (!tallest || block.second > tallest->second) tallest = &block;
    }
    if (!tallest) break;
    Length& size = result.fit.size[tallest->first];
    size = std::max(min_size, size - bounded_step);
    page = lay_out(result.fit);
    ++result.trials;
  }
  return result;
}

}  // namespace casebook
