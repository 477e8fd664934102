// Invisible characters in the data, class by class, on the real face the
// book ships. None of them may add width or a JLREQ gap (before, a zero-
// width space, soft hyphen or bidi control between two kana was set as a
// Western character with ¼ em on each side). What each one does instead:
//   U+200B zero width space     a break opportunity (kinsoku still applies)
//   U+2060 word joiner, U+FEFF  no break
//   U+200C/U+200D (ZWNJ/ZWJ)    nothing
//   U+00AD soft hyphen          nothing; a warning at its place
//   bidi controls               an error at their place
//   variation selectors         choose their base's glyph (cmap format 14)
//                               or leave it; their text stays with it
// Every character typed stays in the text of the glyph it is set with, so
// the PDF's text layer gives back exactly what was typed.

#include <gtest/gtest.h>

#include <string>

#include "base/utf8.h"
#include "support/shipped_face.h"
#include "text/compose.h"
#include "text/face.h"
#include "text/spacing.h"

namespace casebook {
namespace {

using testing_support::shipped_gothic;

SetParagraph set(const std::string& text, Length measure, Diagnostics& diags) {
  ParagraphOptions options;
  options.measure = measure;
  return set_paragraph({TextRun{text, TextStyle{&shipped_gothic(), pt(10), {}}, Span{"f.toml", 3, 5}}}, options, diags);
}

std::string text_of(const SetLine& line) {
  std::string s;
  for (const PlacedGlyph& g : line.glyphs) s += g.text;
  return s;
}

std::string lines_of(const SetParagraph& p) {
  std::string s;
  for (const SetLine& line : p.lines) s += (s.empty() ? "" : "|") + text_of(line);
  return s;
}

/// `between` typed between あ and い sets exactly like あい: two glyphs, い
/// where it stands without it, and the typed text kept.
void expect_no_width(const std::string& between) {
  Diagnostics plain_diags, diags;
  const SetParagraph plain = set("あい", pt(200), plain_diags);
  const SetParagraph p = set("あ" + between + "い", pt(200), diags);
  ASSERT_EQ(p.lines.size(), 1u);
  ASSERT_EQ(p.lines[0].glyphs.size(), 2u);
  EXPECT_EQ(p.lines[0].glyphs[1].x, plain.lines[0].glyphs[1].x);
  EXPECT_EQ(p.lines[0].width, plain.lines[0].width);
  EXPECT_EQ(text_of(p.lines[0]), "あ" + between + "い");
}

TEST(InvisibleCharacters, ZeroWidthSpaceAddsNoWidth) { expect_no_width("\u200B"); }

TEST(InvisibleCharacters, ZeroWidthSpaceIsABreakOpportunity) {
  // No legal break inside a Western word; the zero-width space makes one.
  Diagnostics diags;
  const SetParagraph p = set("abcdefgh\u200Bijklmnop", pt(70), diags);
  EXPECT_EQ(lines_of(p), "abcdefgh\u200B|ijklmnop");
  EXPECT_FALSE(p.lines[0].overfull);
}

TEST(InvisibleCharacters, ZeroWidthSpaceDoesNotOverrideKinsoku) {
  // JLREQ 3.1.7 and 3.1.8 still hold at a zero-width space.
  ParagraphOptions options;
  auto atom = [](char32_t c) {
    Atom a;
    a.first = a.last = c;
    a.cls = a.last_cls = jlreq::classify(c);
    a.width = a.em = pt(10);
    return a;
  };
  EXPECT_TRUE(jlreq::make_joint(atom(U'a'), atom(U'b'), 0, options, BreakHint::allow).breakable);
  EXPECT_FALSE(jlreq::make_joint(atom(U'a'), atom(U'b'), 0, options).breakable);
  EXPECT_FALSE(jlreq::make_joint(atom(U'あ'), atom(U'」'), 0, options, BreakHint::allow).breakable);
  EXPECT_FALSE(jlreq::make_joint(atom(U'あ'), atom(U'。'), 0, options, BreakHint::allow).breakable);
  EXPECT_FALSE(jlreq::make_joint(atom(U'「'), atom(U'あ'), 0, options, BreakHint::allow).breakable);
}

TEST(InvisibleCharacters, WordJoinerForbidsABreak) {
  Diagnostics diags;
  expect_no_width("\u2060");
  expect_no_width("\uFEFF");
  // Three kana fit the measure: without the joiner the line breaks after う.
  EXPECT_EQ(lines_of(set("あいうえお", pt(30), diags)), "あいう|えお");
  EXPECT_EQ(lines_of(set("あいう\u2060えお", pt(30), diags)), "あい|う\u2060えお");
  EXPECT_TRUE(diags.items().empty());
}

TEST(InvisibleCharacters, JoinersAddNoGap) {
  expect_no_width("\u200C");
  expect_no_width("\u200D");
  // A joiner before any printing character joins the first atom.
  Diagnostics diags;
  const SetParagraph p = set("\u200Dあい", pt(200), diags);
  ASSERT_EQ(p.lines[0].glyphs.size(), 2u);
  EXPECT_EQ(p.lines[0].glyphs[0].x, 0);
  EXPECT_EQ(text_of(p.lines[0]), "\u200Dあい");
  EXPECT_TRUE(diags.items().empty());
}

TEST(InvisibleCharacters, SoftHyphenPrintsNothingAndIsAWarningAtItsPlace) {
  expect_no_width("\u00AD");
  Diagnostics diags;
  set("あ\u00ADい", pt(200), diags);
  ASSERT_EQ(diags.items().size(), 1u);
  const Diagnostic& d = diags.items()[0];
  EXPECT_EQ(d.severity, Severity::warning);
  EXPECT_EQ(d.span, (Span{"f.toml", 3, 6}));
  EXPECT_EQ(d.code, "soft-hyphen");
}

TEST(InvisibleCharacters, BidiControlsAreErrorsAtTheirPlace) {
  for (char32_t c : {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F}) {
    std::string control;
    utf8::append(control, c);
    SCOPED_TRACE(static_cast<unsigned>(c));
    expect_no_width(control);
    Diagnostics diags;
    set("あい" + control + "う", pt(200), diags);
    ASSERT_EQ(diags.items().size(), 1u);
    const Diagnostic& d = diags.items()[0];
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_EQ(d.span, (Span{"f.toml", 3, 7}));
    EXPECT_EQ(d.code, "bidi-control");
    EXPECT_NE(d.message.find("bidi control"), std::string::npos) << d.message;
  }
}

TEST(InvisibleCharacters, VariationSelectorsStayWithTheirBase) {
  Diagnostics diags;
  auto only_glyph = [&](const std::string& text) {
    const SetParagraph p = set(text, pt(200), diags);
    EXPECT_EQ(p.lines.size(), 1u);
    EXPECT_EQ(p.lines[0].glyphs.size(), 1u) << text;
    EXPECT_EQ(text_of(p.lines[0]), text);
    return p.lines[0].glyphs[0];
  };
  // An ideographic variation sequence the face lists in its cmap format
  // 14 picks that glyph; one it does not list keeps the base's glyph.
  const PlacedGlyph kuzu = only_glyph("葛");
  EXPECT_NE(only_glyph("葛\U000E0100").gid, kuzu.gid);
  EXPECT_EQ(only_glyph("葛\U000E0101").gid, kuzu.gid);
  EXPECT_EQ(only_glyph("あ\U000E0100").gid, only_glyph("あ").gid);
  // An emoji presentation selector on a kana: the kana, nothing more.
  EXPECT_EQ(only_glyph("あ\uFE0F").gid, only_glyph("あ").gid);
  // One with no base joins the character after it.
  EXPECT_EQ(only_glyph("\uFE0Fあ").x, 0);
  EXPECT_TRUE(diags.items().empty());
}

TEST(InvisibleCharacters, TextOfOnlyInvisibleCharactersSetsNothing) {
  Diagnostics diags;
  const SetParagraph p = set("\uFE0F\u200D\u200B", pt(200), diags);
  for (const SetLine& line : p.lines) EXPECT_TRUE(line.glyphs.empty());
  EXPECT_TRUE(diags.items().empty());
}

}  // namespace
}  // namespace casebook
