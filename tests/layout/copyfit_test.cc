// Copyfitting as a pure function of trial layouts: a fake page whose text
// blocks are as tall as their size says, counting the layouts it is asked
// for (counted, never timed).

#include "layout/copyfit.h"

#include <gtest/gtest.h>

#include "data/layout_spec.h"

namespace casebook {
namespace {

/// A page of two text blocks, each `lines` lines at a pitch of 1.5 × its
/// size, under a fixed 100 pt of other blocks.
struct FakePage {
  int lines_content = 40;
  int lines_results = 20;
  int trials = 0;

  TrialPage operator()(const Fit& fit) {
    ++trials;
    TrialPage p;
    const Length content = scale(fit.size.at(BlockKind::content), 3, 2) * lines_content;
    const Length results = scale(fit.size.at(BlockKind::results), 3, 2) * lines_results;
    p.text_blocks = {{BlockKind::content, content}, {BlockKind::results, results}};
    p.bottom = pt(100) + content + results;
    return p;
  }
};

Fit body_size(Length size) {
  Fit f;
  f.size = {{BlockKind::content, size}, {BlockKind::results, size}};
  return f;
}

TEST(Copyfit, StepsTheTallestBlockDownUntilThePageFits) {
  FakePage page;
  const Fit start = body_size(pt(9));
  // 100 + 1.5 × 9 × 60 = 910 pt; the limit of 860 pt needs both blocks down a little.
  const CopyfitResult r = copyfit(start, page(start), pt(860), pt(7.5), pt(0.25), std::ref(page));
  // content (540 pt) stays taller than results (270 pt) all the way:
  // 8.75 → 895 pt, 8.5 → 880, 8.25 → 865, 8 → 850 ≤ 860.
  EXPECT_EQ(r.fit.size.at(BlockKind::content), pt(8));
  EXPECT_EQ(r.fit.size.at(BlockKind::results), pt(9));
  EXPECT_EQ(r.trials, 4);
}

TEST(Copyfit, ATinyStepMakesABoundedNumberOfTrials) {
  FakePage page;
  page.lines_content = 10000;  // never fits: every block goes down to min_size
  const Fit start = body_size(pt(9));
  const CopyfitResult r = copyfit(start, page(start), pt(800), pt(7.5), /*step=*/1, std::ref(page));
  // 1.5 pt in steps of one unit would be 98,304 layouts per block.
  EXPECT_LE(r.trials, 2 * kMaxCopyfitSteps);
  EXPECT_EQ(page.trials, r.trials + 1);  // + the first layout, made by the caller
  EXPECT_EQ(r.fit.size.at(BlockKind::content), pt(7.5));
  EXPECT_EQ(r.fit.size.at(BlockKind::results), pt(7.5));
}

TEST(Copyfit, AHugeBodySizeMakesABoundedNumberOfTrials) {
  FakePage page;
  page.lines_content = 10000;
  const Fit start = body_size(pt(5000));
  const CopyfitResult r = copyfit(start, page(start), pt(800), pt(7.5), pt(0.25), std::ref(page));
  // (5000 − 7.5) / 0.25 would be 19,970 layouts per block.
  EXPECT_LE(r.trials, 2 * kMaxCopyfitSteps);
  EXPECT_EQ(r.fit.size.at(BlockKind::content), pt(7.5));
}

TEST(Copyfit, AZeroStepStillEnds) {
  FakePage page;
  page.lines_content = 10000;
  const Fit start = body_size(pt(9));
  const CopyfitResult r = copyfit(start, page(start), pt(800), pt(7.5), 0, std::ref(page));
  EXPECT_LE(r.trials, 2 * kMaxCopyfitSteps);
}

}  // namespace
}  // namespace casebook
