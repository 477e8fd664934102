#pragma once

// A paragraph of constant-width fake glyphs, so that breaking and
// justification tests can state exact widths: every character is 1 em
// wide, except brackets, commas, full stops and middle dots (½ em, as in
// the BIZ UDP faces) and Western letters and digits (½ em); and what
// the breaker made of such a paragraph, in text.

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "base/utf8.h"
#include "text/context.h"
#include "text/justify.h"
#include "text/linebreak.h"
#include "text/prepare.h"
#include "text/spacing.h"

namespace casebook::testing_support {

inline Length fake_width(char32_t c, Length em) {
  using jlreq::CharClass;
  switch (jlreq::classify(c)) {
    case CharClass::opening_bracket:
    case CharClass::closing_bracket:
    case CharClass::comma:
    case CharClass::full_stop:
    case CharClass::middle_dot:
    case CharClass::western:
    case CharClass::western_digit:
      return em / 2;
    default:
      return em;
  }
}

/// Builds the atoms and joints prepare_paragraph() would, one atom per
/// character; a typed ASCII space is ⅓ em wide, as in BIZ UDP.
inline Prepared fake_paragraph(std::string_view text, Length em, const ParagraphOptions& options) {
  Prepared p;
  p.text = std::string(text);
  p.runs.push_back(TextRun{p.text, TextStyle{nullptr, em, {}}, {}});
  std::vector<Length> spaces;
  Length pending = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t begin = i;
    const char32_t c = utf8::next(text, i);
    if (c == U' ') {
      pending += em / 3;
      continue;
    }
    Atom a;
    a.begin = begin;
    a.end = i;
    a.first = a.last = c;
    a.cls = jlreq::classify(c);
    a.width = fake_width(c, em);
    a.em = em;
    a.glyph_begin = p.glyphs.size();
    p.glyphs.push_back({static_cast<std::uint32_t>(c), a.width, 0, 0});
    a.glyph_end = p.glyphs.size();
    a.in_url = text.find("://") != std::string_view::npos && jlreq::is_western(a.cls);
    p.atoms.push_back(a);
    spaces.push_back(pending);
    pending = 0;
  }
  jlreq::resolve_context(p.atoms, spaces);
  for (std::size_t k = 0; k + 1 < p.atoms.size(); ++k) {
    p.joints.push_back(jlreq::make_joint(p.atoms[k], p.atoms[k + 1], spaces[k + 1], options));
  }
  if (!p.atoms.empty()) p.end_space = jlreq::space_after(p.atoms.back());
  apply_line_end_policy(p, options.line_end);
  return p;
}

/// The text of each line of `p` as `lines` break it, joined by '|'.
inline std::string lines_of(const Prepared& p, const std::vector<LineBreak>& lines) {
  std::string out;
  for (const LineBreak& l : lines) {
    if (!out.empty()) out += '|';
    out += p.text.substr(p.atoms[l.first].begin, p.atoms[l.last].end - p.atoms[l.first].begin);
  }
  return out;
}

/// The index of the first atom of `p` from `from` whose text is `c`; none
/// fails the test.
inline std::size_t atom_of(const Prepared& p, const std::string& c, std::size_t from = 0) {
  for (std::size_t i = from; i < p.atoms.size(); ++i) {
    if (p.text.substr(p.atoms[i].begin, p.atoms[i].end - p.atoms[i].begin) == c) return i;
  }
  ADD_FAILURE() << "no atom " << c;
  return 0;
}

/// A paragraph of fake glyphs (fake_paragraph()) broken by break_lines()
/// at a measure of `ems` ems, with the options it was broken at.
struct FakeBroken {
  ParagraphOptions options;
  Prepared p;
  std::vector<LineBreak> lines;

  /// The lines' text, joined by '|' (lines_of()).
  std::string text() const { return lines_of(p, lines); }
};

inline FakeBroken break_fake(std::string_view text, Length em, int ems, ParagraphOptions options = {}) {
  options.measure = ems * em;
  FakeBroken b{options, fake_paragraph(text, em, options), {}};
  b.lines = break_lines(b.p, b.options);
  return b;
}

/// Expects line `i` of `b` justified to the full measure within its
/// allowances: not letter-spaced (underfull).
inline void expect_full_measure(const FakeBroken& b, std::size_t i) {
  const SetLine set = justify_line(b.p, b.lines.at(i), b.options, false);
  EXPECT_EQ(set.width, b.options.measure) << "line " << i;
  EXPECT_FALSE(set.underfull) << "line " << i;
}

}  // namespace casebook::testing_support
