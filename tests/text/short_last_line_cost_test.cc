// How the last lines are broken again when the natural last line holds
// one character (「す。」): of the ways that leave it two or more, the
// cheapest, not the one that changes the fewest lines. Fake glyphs
// (fake_paragraph.h): kana 1 em; each joint between kana may stretch ¼ em
// (JIS X 4051 step 3, 3.8.4); 「―」 runs are one mark (3.1.10) that
// stretches nowhere inside.

#include <gtest/gtest.h>

#include <string>

#include "support/fake_paragraph.h"
#include "text/justify.h"
#include "text/linebreak.h"

namespace casebook {
namespace {

using testing_support::fake_paragraph;
using testing_support::lines_of;

const Length kEm = pt(10);

TEST(ShortLastLineCost, TheCheapestWayWinsOverTheFewestLinesChanged) {
  // Natural: あいうえおかきく|けこさし―――せ|そ。 (8 em measure).
  // The line above alone could give せ: けこさし――― is 7 em with four
  // stretchable joints, so 1 em missing takes all of its ¼ ems (share 1,
  // cost 3 at step 3). Two lines do it more cheaply: the first gives く
  // and its six joints open by 1/6 em each (share ⅔, cost 3 × 4/9 =
  // 1.33), the second stays full.
  ParagraphOptions options;
  options.measure = 8 * kEm;
  const Prepared p = fake_paragraph("あいうえおかきくけこさし―――せそ。", kEm, options);
  const std::vector<LineBreak> lines = break_lines(p, options);
  EXPECT_EQ(lines_of(p, lines), "あいうえおかき|くけこさし―――|せそ。");
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const SetLine set = justify_line(p, lines[i], options, false);
    EXPECT_EQ(set.width, options.measure) << i;
    EXPECT_FALSE(set.underfull) << i;
  }
}

}  // namespace
}  // namespace casebook
