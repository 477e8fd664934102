// Copyfitting as a pure function of trial layouts: a fake page whose text
// blocks are as tall as the step they are set on says, counting the
// layouts it is asked for (counted, never timed).

#include "layout/copyfit.h"

#include <gtest/gtest.h>

#include "data/layout_spec.h"

namespace casebook {
namespace {

/// A page of two text blocks, each `lines` lines on the line pitch of the
/// step it is set on (`pitches[0]` the layout's own, `pitches[n]` the n-th
/// copyfit step), under a fixed 100 pt of other blocks.
struct FakePage {
  std::vector<Length> pitches = {pt(14), pt(12), pt(10.5)};
  int lines_content = 40;
  int lines_results = 20;
  int trials = 0;

  TrialPage operator()(const Fit& fit) {
    ++trials;
    TrialPage p;
    const Length content = pitches.at(fit.steps_down.at(BlockKind::content)) * lines_content;
    const Length results = pitches.at(fit.steps_down.at(BlockKind::results)) * lines_results;
    p.text_blocks = {{BlockKind::content, content}, {BlockKind::results, results}};
    p.bottom = pt(100) + content + results;
    return p;
  }
};

/// Copyfits `page` from both blocks at the layout's own sizes (its first
/// layout made as the spread makes it) with `steps` copyfit steps.
CopyfitResult copyfit_page(FakePage& page, Length limit, std::size_t steps) {
  Fit start;
  start.steps_down = {{BlockKind::content, 0}, {BlockKind::results, 0}};
  return copyfit(start, page(start), limit, steps, std::ref(page));
}

/// Expects how many steps down each block went, and in how many trials.
void expect_fit(const CopyfitResult& r, std::size_t content, std::size_t results, int trials) {
  EXPECT_EQ(r.fit.steps_down.at(BlockKind::content), content);
  EXPECT_EQ(r.fit.steps_down.at(BlockKind::results), results);
  EXPECT_EQ(r.trials, trials);
}

TEST(Copyfit, StepsTheTallestBlockDownUntilThePageFits) {
  FakePage page;
  // 100 + 14 × 60 = 940 pt. The limit of 860 pt: content (560 pt) one
  // step down is 100 + 480 + 280 = 860 ≤ 860; results stays.
  const CopyfitResult r = copyfit_page(page, pt(860), 2);
  expect_fit(r, 1, 0, 1);
}

TEST(Copyfit, TakesTheNextStepOfTheListNeverASizeBetween) {
  FakePage page;
  // 100 + 10.5 × 40 + 14 × 20 = 800 pt: content needs the second step;
  // then 800 > 790, so results goes down too (12 × 20 = 240 → 760).
  const CopyfitResult r = copyfit_page(page, pt(790), 2);
  expect_fit(r, 2, 1, 3);
}

TEST(Copyfit, StopsOnTheLastStep) {
  FakePage page;
  page.lines_content = 10000;  // never fits: every block goes down to the last step
  const CopyfitResult r = copyfit_page(page, pt(800), 2);
  expect_fit(r, 2, 2, 4);
  EXPECT_EQ(page.trials, r.trials + 1);  // + the first layout, made by the caller
}

TEST(Copyfit, NoStepsMeansNoTrials) {
  FakePage page;
  page.lines_content = 10000;
  expect_fit(copyfit_page(page, pt(800), 0), 0, 0, 0);
}

TEST(Copyfit, AHugeStepCountMakesABoundedNumberOfTrials) {
  FakePage page;
  page.lines_content = 10000;
  page.pitches.assign(kMaxCopyfitSteps + 1, pt(14));  // a step never makes the page shorter
  const CopyfitResult r = copyfit_page(page, pt(800), 1'000'000);
  EXPECT_LE(r.trials, static_cast<int>(2 * kMaxCopyfitSteps));
  EXPECT_EQ(r.fit.steps_down.at(BlockKind::content), kMaxCopyfitSteps);
}

}  // namespace
}  // namespace casebook
