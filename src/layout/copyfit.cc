#include "layout/copyfit.h"

#include <algorithm>

#include "data/layout_spec.h"

namespace casebook {

CopyfitResult copyfit(Fit start, const TrialPage& first, Length limit, std::size_t steps,
                      const std::function<TrialPage(const Fit&)>& lay_out) {
  CopyfitResult result;
  result.fit = std::move(start);
  const std::size_t last = std::min(steps, kMaxCopyfitSteps);
  TrialPage page = first;
  while (page.bottom > limit) {
    // The tallest text block that has a step left: the text an editor
    // would set smaller first.
    const std::pair<BlockKind, Length>* tallest = nullptr;
    for (const auto& block : page.text_blocks) {
      const auto down = result.fit.steps_down.find(block.first);
      if (down == result.fit.steps_down.end() || down->second >= last) continue;
      if (!tallest || block.second > tallest->second) tallest = &block;
    }
    if (!tallest) break;
    ++result.fit.steps_down[tallest->first];
    page = lay_out(result.fit);
    ++result.trials;
  }
  return result;
}

}  // namespace casebook
