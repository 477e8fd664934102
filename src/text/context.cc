#include "text/context.h"

#include <optional>

namespace casebook::jlreq {

namespace {

/// The ASCII bracket that closes `open`, if `open` is an ASCII opening one.
std::optional<char32_t> ascii_closing_of(char32_t open) {
  switch (open) {
    case U'(': return U')';
    case U'[': return U']';
    case U'{': return U'}';
    default: return std::nullopt;
  }
}

bool is_ascii_closing(char32_t c) { return c == U')' || c == U']' || c == U'}'; }

/// Whether a character reads as Japanese text: kana, kanji and the
/// full-width marks, or an ASCII bracket already resolved as Japanese.
bool reads_japanese(char32_t c, bool japanese_bracket) {
  if (japanese_bracket) return true;
  const CharClass cls = classify(c);
  if (is_western(cls) || cls == CharClass::western_space || cls == CharClass::combining) return false;
  // Latin-1 marks (« » ° …) belong to Western text.
  return c >= 0x2010;
}

bool is_numeral(const Atom& a) {
  return a.cls == CharClass::western_digit || (a.first >= U'０' && a.first <= U'９');
}

bool is_wave_dash(char32_t c) { return c == U'～' || c == U'〜'; }

/// A numeric expression ends at atom i: a numeral, or a numeral with its
/// counter (9月, 10代, 30歳).
bool numeric_ends_at(const std::vector<Atom>& atoms, std::size_t i) {
  if (is_numeral(atoms[i])) return true;
  return i > 0 && is_japanese(atoms[i].cls) && is_numeral(atoms[i - 1]);
}

}  // namespace

void resolve_context(std::vector<Atom>& atoms, const std::vector<Length>& typed_space) {
  const std::size_t n = atoms.size();
  auto single = [&](std::size_t i) { return atoms[i].first == atoms[i].last; };
  auto spaced = [&](std::size_t i) { return i < typed_space.size() && typed_space[i] > 0; };
  // Whether atom j's character facing the bracket (its last if it lies
  // before, its first if after) is Japanese and touches it.
  auto japanese_before = [&](std::size_t i) {
    return i > 0 && !spaced(i) && reads_japanese(atoms[i - 1].last, atoms[i - 1].japanese_bracket);
  };
  auto japanese_after = [&](std::size_t i) {
    return i + 1 < n && !spaced(i + 1) && reads_japanese(atoms[i + 1].first, atoms[i + 1].japanese_bracket);
  };
  auto make_japanese = [&](std::size_t i) {
    atoms[i].japanese_bracket = true;
    atoms[i].cls = classify_in_context(atoms[i].first, true);
  };

  // Pairs close innermost first, so an enclosing pair sees its inner
  // brackets already resolved.
  std::vector<std::size_t> open;
  std::vector<bool> matched(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    if (!single(i)) continue;
    const char32_t c = atoms[i].first;
    if (ascii_closing_of(c)) {
      open.push_back(i);
    } else if (is_ascii_closing(c) && !open.empty() && *ascii_closing_of(atoms[open.back()].first) == c) {
      const std::size_t o = open.back();
      open.pop_back();
      matched[o] = matched[i] = true;
      if (japanese_before(o) || japanese_after(o) || japanese_before(i) || japanese_after(i)) {
        make_japanese(o);
        make_japanese(i);
      }
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    const char32_t c = atoms[i].first;
    if (single(i) && !matched[i] && (ascii_closing_of(c) || is_ascii_closing(c)) &&
        (japanese_before(i) || japanese_after(i))) {
      make_japanese(i);
    }
  }
  for (std::size_t i = 1; i + 1 < n; ++i) {
    if (is_wave_dash(atoms[i].first) && numeric_ends_at(atoms, i - 1) && is_numeral(atoms[i + 1])) {
      atoms[i].numeric_range = true;
    }
  }
  for (Atom& a : atoms) a.last_cls = a.first == a.last ? a.cls : classify_in_context(a.last, a.japanese_bracket);
}

}  // namespace casebook::jlreq
