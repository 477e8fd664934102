// URLs and e-mail addresses in a paragraph: which bytes they are, what a
// link to them opens, and which glyphs of each set line show them.

#include <gtest/gtest.h>

#include <string>

#include "support/shipped_face.h"
#include "text/compose.h"
#include "text/prepare.h"

namespace casebook {
namespace {

using testing_support::shipped_gothic;

/// The typed text and URI of each address found in `text`.
std::vector<std::pair<std::string, std::string>> uris_in(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const UriRange& u : find_uris(text)) out.emplace_back(text.substr(u.begin, u.end - u.begin), u.uri);
  return out;
}

using Found = std::vector<std::pair<std::string, std::string>>;

TEST(FindUris, AUrlIsItsOwnUri) {
  EXPECT_EQ(uris_in("ウェブサイト https://www.kuru2.net/ を見る"),
            (Found{{"https://www.kuru2.net/", "https://www.kuru2.net/"}}));
  EXPECT_EQ(uris_in("http://ishinomaki-farm.com"), (Found{{"http://ishinomaki-farm.com", "http://ishinomaki-farm.com"}}));
}

TEST(FindUris, ABareWwwAddressOpensOverHttp) {
  EXPECT_EQ(uris_in("www.example.jp"), (Found{{"www.example.jp", "http://www.example.jp"}}));
}

TEST(FindUris, AnEmailAddressOpensAsMailto) {
  EXPECT_EQ(uris_in("連絡先 info@example.jp まで"), (Found{{"info@example.jp", "mailto:info@example.jp"}}));
  // No dot after the @: a handle, not an address.
  EXPECT_EQ(uris_in("@pokke_kotan"), Found{});
}

TEST(FindUris, SentencePunctuationAndAnOuterBracketAreNotPartOfIt) {
  EXPECT_EQ(uris_in("(https://example.jp/a)"), (Found{{"https://example.jp/a", "https://example.jp/a"}}));
  EXPECT_EQ(uris_in("see https://example.jp/a."), (Found{{"https://example.jp/a", "https://example.jp/a"}}));
  // A bracket the address opens is its own.
  EXPECT_EQ(uris_in("https://en.wikipedia.org/wiki/Tokyo_(disambiguation)"),
            (Found{{"https://en.wikipedia.org/wiki/Tokyo_(disambiguation)",
                    "https://en.wikipedia.org/wiki/Tokyo_(disambiguation)"}}));
  EXPECT_EQ(uris_in("(mail: info@example.jp)."), (Found{{"info@example.jp", "mailto:info@example.jp"}}));
}

TEST(LineLinks, AUrlBrokenOverTwoLinesIsALinkOnEach) {
  ParagraphOptions options;
  options.measure = pt(100);
  Diagnostics diags;
  const std::string url = "https://www.facebook.com/profile.php?id=100083482984967";
  const SetParagraph p = set_paragraph({TextRun{"詳細は" + url + "へ", TextStyle{&shipped_gothic(), pt(10), {}}, {}}},
                                       options, diags);
  ASSERT_GE(p.lines.size(), 2u);
  std::string shown;  // the URL's characters, collected from the links' glyphs
  for (const SetLine& line : p.lines) {
    for (const LineLink& link : line.links) {
      EXPECT_EQ(link.uri, url);
      EXPECT_EQ(link.text, url);
      for (std::size_t g = link.glyph_begin; g < link.glyph_end; ++g) shown += line.glyphs[g].text;
    }
  }
  EXPECT_EQ(shown, url);
  EXPECT_FALSE(p.lines[0].links.empty());
  EXPECT_FALSE(p.lines[1].links.empty());
}

TEST(LineLinks, ALineWithoutAnAddressHasNone) {
  ParagraphOptions options;
  options.measure = pt(200);
  Diagnostics diags;
  const SetParagraph p =
      set_paragraph({TextRun{"地域の居場所づくり", TextStyle{&shipped_gothic(), pt(10), {}}, {}}}, options, diags);
  ASSERT_EQ(p.lines.size(), 1u);
  EXPECT_TRUE(p.lines[0].links.empty());
}

}  // namespace
}  // namespace casebook
