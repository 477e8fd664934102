// Line breaking does work linear in the length of the text, also for a URL
// longer than many lines, whose only legal break is at its end (a breaker
// that looks ahead to the next legal break from every line start is
// quadratic there). The work is counted (atoms and joints visited), never
// timed. Fake glyphs (fake_paragraph.h).

#include <gtest/gtest.h>

#include <string>

#include "support/fake_paragraph.h"
#include "text/linebreak.h"

namespace casebook {
namespace {

using testing_support::fake_paragraph;

const Length kEm = pt(10);

/// Steps break_lines takes for `text`, and how many atoms the text has.
struct Work {
  std::size_t steps = 0, atoms = 0, lines = 0;
};

Work break_work(const std::string& text) {
  ParagraphOptions options;
  options.measure = 20 * kEm;
  const Prepared p = fake_paragraph(text, kEm, options);
  WorkCounter counter;
  const std::vector<LineBreak> lines = break_lines(p, options, &counter);
  return {counter.steps, p.atoms.size(), lines.size()};
}

std::string repeat(const std::string& unit, int times) {
  std::string s;
  for (int i = 0; i < times; ++i) s += unit;
  return s;
}

/// Work per atom stays under a small constant, and four times the text
/// costs at most a little over four times the work.
void expect_linear(const std::string& unit, const std::string& prefix = "") {
  const Work small = break_work(prefix + repeat(unit, 250));
  const Work large = break_work(prefix + repeat(unit, 1000));
  ASSERT_GT(small.lines, 10u) << "the case must span many lines";
  EXPECT_LE(large.steps, 8 * large.atoms) << large.steps << " steps for " << large.atoms << " atoms";
  EXPECT_LE(large.steps * 10, small.steps * 45) << small.steps << " steps, then " << large.steps << " for 4x the text";
}

TEST(LineBreakWork, ALongUrlIsBrokenInLinearWork) {
  // One URL of thousands of characters: a legal break only at its end, an
  // emergency break after every /.
  expect_linear("segment/", "https://example.org/");
}

}  // namespace
}  // namespace casebook
