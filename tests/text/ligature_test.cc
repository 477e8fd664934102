// Latin ligatures are off unless a style asks for them: any style may hold
// a URL or an e-mail address, and "fi" set as one glyph there misleads a
// reader copying it by eye (BIZ UDPGothic's default `liga` makes fi and fl
// one glyph).

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "support/shipped_face.h"
#include "text/face.h"
#include "text/prepare.h"

namespace casebook {
namespace {

using testing_support::shipped_gothic;

/// The atoms' texts of `text` shaped with `features`.
std::vector<std::string> clusters(const std::string& text, const std::vector<std::string>& features) {
  ParagraphOptions options;
  options.measure = pt(1000);
  Diagnostics diags;
  const Prepared p = prepare_paragraph({TextRun{text, TextStyle{&shipped_gothic(), pt(9), features}, {}}}, options, diags);
  std::vector<std::string> out;
  for (const Atom& a : p.atoms) out.push_back(p.text.substr(a.begin, a.end - a.begin));
  return out;
}

TEST(Ligatures, AStyleWithoutFeaturesSetsEveryLatinLetterAsItsOwnGlyph) {
  const std::string url = "https://www.facebook.com/profile.office.fl";
  const std::vector<std::string> got = clusters(url, {});
  EXPECT_EQ(got.size(), url.size());
  for (const std::string& c : got) EXPECT_EQ(c.size(), 1u) << c;
}

TEST(Ligatures, AStyleMayAskForThem) {
  const std::vector<std::string> got = clusters("office", {"+liga"});
  EXPECT_NE(std::find(got.begin(), got.end(), "fi"), got.end());
}

}  // namespace
}  // namespace casebook
