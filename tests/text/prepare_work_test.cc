// Measuring a paragraph does work linear in the length of its text, also
// when the text is thousands of URLs (each atom is matched against the URLs
// once, not against every URL of the paragraph). Counted, never timed; on
// the real face the book ships.

#include <gtest/gtest.h>

#include <string>

#include "support/shipped_face.h"
#include "text/face.h"
#include "text/prepare.h"

namespace casebook {
namespace {

using testing_support::shipped_gothic;

struct Work {
  std::size_t steps = 0, atoms = 0;
  bool all_in_url = true;
};

Work prepare_work(int urls) {
  std::string text;
  for (int i = 0; i < urls; ++i) text += "https://a.jp/" + std::to_string(1000 + i) + " ";
  ParagraphOptions options;
  options.measure = pt(200);
  Diagnostics diags;
  WorkCounter counter;
  const Prepared p = prepare_paragraph({TextRun{text, TextStyle{&shipped_gothic(), pt(10), {}}, {}}}, options, diags, &counter);
  Work w{counter.steps, p.atoms.size()};
  for (const Atom& a : p.atoms) w.all_in_url = w.all_in_url && a.in_url;
  return w;
}

TEST(PrepareWork, ThousandsOfUrlsAreMarkedInLinearWork) {
  const Work small = prepare_work(250);
  const Work large = prepare_work(1000);
  EXPECT_TRUE(small.all_in_url && large.all_in_url);
  EXPECT_LE(large.steps, 8 * large.atoms) << large.steps << " steps for " << large.atoms << " atoms";
  EXPECT_LE(large.steps * 10, small.steps * 45) << small.steps << " steps, then " << large.steps << " for 4x the text";
}

}  // namespace
}  // namespace casebook
