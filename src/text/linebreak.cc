#include "text/linebreak.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace casebook {

namespace {

Length start_space(const Prepared& p, std::size_t first) {
  return first == 0 ? p.start_space : p.joints[first - 1].start_space;
}

Length end_space(const Prepared& p, std::size_t last) {
  return last + 1 == p.atoms.size() ? p.end_space : p.joints[last].end_space;
}

/// The part of the end space a line may give up when it must shrink.
Length removable_end_space(const Prepared& p, std::size_t last) {
  const bool fixed = last + 1 == p.atoms.size() ? p.end_space_fixed : p.joints[last].end_space_fixed;
  return fixed ? 0 : end_space(p, last);
}

bool legal_break(const Prepared& p, std::size_t last) {
  return last + 1 == p.atoms.size() || p.joints[last].breakable;
}

Length total_shrink(const Joint& j) {
  Length s = 0;
  for (Length l : j.shrink) s += l;
  return s;
}

/// Whether a 、 or 。 ends the line and may hang (JLREQ 3.8.2: only cl-06
/// and cl-07, and never in Western text).
bool may_hang(const Prepared& p, std::size_t last, const ParagraphOptions& options) {
  if (!options.hanging_punctuation || last == 0) return false;
  const jlreq::CharClass c = p.atoms[last].cls;
  return (c == jlreq::CharClass::comma || c == jlreq::CharClass::full_stop) && !jlreq::is_western(p.atoms[last - 1].cls);
}

}  // namespace

LineMeasure measure_line(const Prepared& p, std::size_t first, std::size_t last) {
  LineMeasure m;
  m.natural = start_space(p, first);
  for (std::size_t k = first; k <= last; ++k) {
    m.natural += p.atoms[k].width;
    if (k < last) {
      m.natural += p.joints[k].natural;
      m.max_shrink += total_shrink(p.joints[k]);
    }
  }
  m.end_space = end_space(p, last);
  m.natural += m.end_space;
  m.removable_end = removable_end_space(p, last);
  m.max_shrink += m.removable_end;
  return m;
}

namespace {

/// Running sums over the paragraph, so that any span of atoms is measured
/// in constant time, and the next legal break after any atom is one
/// look-up: breaking stays linear in the number of atoms even where the
/// next legal break is far away (a URL many lines long).
struct Sums {
  std::vector<Length> width;    ///< width[k]: atoms 0..k-1
  std::vector<Length> natural;  ///< natural[k]: joints 0..k-1
  std::vector<Length> shrink;   ///< shrink[k]: all shrink of joints 0..k-1
  std::vector<Length> stretch;  ///< stretch[k]: the stretch of joints 0..k-1 by JIS X 4051 steps 1–3
  /// The same by level: shrink_level[l][k], stretch_level[l][k].
  std::vector<Length> shrink_level[kShrinkLevels];
  std::vector<Length> stretch_level[kStretchLevels];
  /// How many joints have some of that level: shrink_joints[l][k], stretch_joints[l][k].
  std::vector<std::size_t> shrink_joints[kShrinkLevels];
  std::vector<std::size_t> stretch_joints[kStretchLevels];
  std::vector<std::size_t> next_legal;  ///< the first legal break at or after atom k

  Sums(const Prepared& p, WorkCounter* work) {
    const std::size_t n = p.atoms.size();
    width.assign(n + 1, 0);
    natural.assign(n + 1, 0);
    shrink.assign(n + 1, 0);
    stretch.assign(n + 1, 0);
    for (auto& v : shrink_level) v.assign(n + 1, 0);
    for (auto& v : stretch_level) v.assign(n + 1, 0);
    for (auto& v : shrink_joints) v.assign(n + 1, 0);
    for (auto& v : stretch_joints) v.assign(n + 1, 0);
    next_legal.assign(n, n - 1);
    for (std::size_t k = 0; k < n; ++k) {
      count_steps(work);
      width[k + 1] = width[k] + p.atoms[k].width;
      const bool joint = k + 1 < n;
      natural[k + 1] = natural[k] + (joint ? p.joints[k].natural : 0);
      shrink[k + 1] = shrink[k] + (joint ? total_shrink(p.joints[k]) : 0);
      Length st = 0;
      for (int l = 0; l < kStretchLevels; ++l) {
        const Length v = joint ? p.joints[k].stretch[l] : 0;
        stretch_level[l][k + 1] = stretch_level[l][k] + v;
        stretch_joints[l][k + 1] = stretch_joints[l][k] + (v > 0);
        st += v;
      }
      stretch[k + 1] = stretch[k] + st;
      for (int l = 0; l < kShrinkLevels; ++l) {
        const Length v = joint ? p.joints[k].shrink[l] : 0;
        shrink_level[l][k + 1] = shrink_level[l][k] + v;
        shrink_joints[l][k + 1] = shrink_joints[l][k] + (v > 0);
      }
    }
    for (std::size_t k = n; k-- > 0;) {
      count_steps(work);
      next_legal[k] = legal_break(p, k) ? k : next_legal[k + 1];
    }
  }

  /// measure_line(p, first, last) in constant time.
  LineMeasure measure(const Prepared& p, std::size_t first, std::size_t last) const {
    LineMeasure m;
    m.end_space = end_space(p, last);
    m.natural = start_space(p, first) + (width[last + 1] - width[first]) + (natural[last] - natural[first]) +
                m.end_space;
    m.removable_end = removable_end_space(p, last);
    m.max_shrink = (shrink[last] - shrink[first]) + m.removable_end;
    return m;
  }
};

}  // namespace

namespace {

/// Whether an atom counts toward the length of a paragraph's last line: a
/// comma, full stop or closing bracket only closes what stands before it
/// (「す。」 is a line of one character).
bool counts_as_character(const Atom& a) {
  return a.cls != jlreq::CharClass::comma && a.cls != jlreq::CharClass::full_stop &&
         a.cls != jlreq::CharClass::closing_bracket;
}

/// The most lines above a one-character last line that are broken again
/// to give it company. An editor fixes such a line within the last few
/// lines of the paragraph; further up, the change would move text the
/// reader has already seen set.
constexpr std::size_t kLinesRebroken = 3;

/// The measure of the line that starts at atom `first`: the first line is
/// shortened by its indent (字下げ), or lengthened by a hanging item's.
Length line_measure(const ParagraphOptions& options, std::size_t first) {
  return options.measure - (first == 0 ? options.first_line_indent : 0);
}

/// The cost of setting atoms first..last as one line, or nothing if it
/// cannot be set within its allowances: at most its legal shrink (3.8.3),
/// and, unless it is the last line or ragged, at most the stretch of JIS X
/// 4051 steps 1–3 (3.8.4), never the last-resort equal expansion.
///
/// The adjustment is taken level by level in the order justify_line()
/// takes it, and spread evenly over the joints of each level; what the
/// reader sees is how far each joint moves, so a level costs the sum of
/// the squares of its joints' moves (in em: amount² / joints), times its
/// rank in that order. So 1 em added to a long line of kana costs less
/// than 1 em added to a short one, a line that only opens its word spaces
/// less than one that also spaces its kana, and one that squeezes its
/// brackets less than one that must squeeze ・ too (JLREQ 3.8.3, 3.8.4,
/// with casebook's middle dots last). Shrinking costs half as much as
/// stretching, as JLREQ 3.8 prefers reduction to expansion. (A share of the
/// whole allowance would make a long line's stretch look cheap: 3.7 em
/// spread over 55 kana reads as a loose line.)
std::optional<double> line_cost(const Prepared& p, const Sums& sums, std::size_t first, std::size_t last,
                                const ParagraphOptions& options, bool last_line) {
  const LineMeasure m = sums.measure(p, first, last);
  const Length measure = line_measure(options, first);
  if (m.natural - m.max_shrink > measure) return std::nullopt;
  const double em = static_cast<double>(p.atoms[first].em > 0 ? p.atoms[first].em : 1);
  double cost = 0;
  int rank = 0;
  // Takes what is left of `amount` from one level of the order, of
  // `capacity` over `joints` joints.
  auto take = [&](Length& amount, Length capacity, std::size_t joints) {
    ++rank;
    if (amount <= 0 || capacity <= 0 || joints == 0) return;
    const Length used = std::min(amount, capacity);
    const double moved = static_cast<double>(used) / em;
    cost += rank * moved * moved / static_cast<double>(joints);
    amount -= used;
  };
  auto level = [&](const auto& sum) { return sum[last] - sum[first]; };
  if (m.natural > measure) {
    Length excess = m.natural - measure;
    take(excess, level(sums.shrink_level[shrink_word_space]), level(sums.shrink_joints[shrink_word_space]));
    // The end space goes whole or not at all (3.1.9).
    Length end = excess > 0 ? m.removable_end : 0;
    take(end, m.removable_end, 1);
    excess -= excess > 0 ? m.removable_end : 0;
    for (int l : {shrink_bracket, shrink_wa_ou, shrink_middle_dot}) {
      take(excess, level(sums.shrink_level[l]), level(sums.shrink_joints[l]));
    }
    return cost / 2;
  }
  if (last_line) return 0.0;
  Length missing = measure - m.natural;
  if (options.ragged) {
    const double share = static_cast<double>(missing) / static_cast<double>(measure);
    return share * share;
  }
  for (int l : {stretch_word_space, stretch_wa_ou, stretch_character}) {
    take(missing, level(sums.stretch_level[l]), level(sums.stretch_joints[l]));
  }
  if (missing > 0) return std::nullopt;
  return cost;
}

/// What a line the first pass set beyond the allowances (one that needs
/// JIS X 4051 step 4's equal expansion) costs when the re-break keeps it:
/// far more than a line within them (¼ em on each of 40 joints costs
/// 3 × 10² / 40 = 7.5), so that a way that avoids it wins.
constexpr double kBeyondAllowances = 1000;

/// Costs closer than this are equal (they are sums of doubles).
constexpr double kTie = 1e-9;

/// A last line holding one character (「す。」) wastes a line and reads as
/// a stray: the last lines of the paragraph (the last and up to
/// kLinesRebroken above it, none of them forced, broken in a URL,
/// overfull or hanging) are broken again. Every new line stays within its
/// shrink and stretch allowances, the last has at least two characters,
/// and of the ways that do, the one with the smallest total cost
/// (line_cost) wins, with as many lines as before or one fewer (fewer on a
/// tie, and between equal ways the one that changes the lower lines). A
/// line more is never tried: it would stretch every line of the window
/// by a quarter of a line or so, more than their allowances. A line of the window may
/// keep its first-pass breaks even beyond the allowances, at a high cost.
/// If no way exists, the lines stay as they were (and lint reports the
/// line).
void avoid_short_last_line(const Prepared& p, const ParagraphOptions& options, const Sums& sums,
                           std::vector<LineBreak>& lines, WorkCounter* work) {
  const std::size_t n = p.atoms.size();
  if (lines.size() < 2 || options.justify_last_line) return;
  int characters = 0;
  for (std::size_t k = lines.back().first; k < n && characters < 2; ++k) characters += counts_as_character(p.atoms[k]);
  if (characters >= 2) return;
  auto plain = [](const LineBreak& b) { return !b.forced && !b.url_broken && !b.overfull && !b.hanging; };
  if (!plain(lines.back())) return;
  std::size_t above = 0;
  while (above < kLinesRebroken && above + 1 < lines.size() && plain(lines[lines.size() - 2 - above])) ++above;
  if (above == 0) return;

  const std::size_t from_line = lines.size() - 1 - above;
  const std::size_t start = lines[from_line].first;
  const std::size_t span = n - start;  // break positions 0..span: after atom start+b-1
  const std::size_t now = above + 1;   // lines in the window now
  const std::size_t max_lines = now;
  // best[j][b]: the cheapest way to set atoms start..start+b-1 as j lines.
  struct Way {
    double cost = -1;  // < 0: no way
    std::size_t from = 0;
  };
  std::vector<std::vector<Way>> best(max_lines + 1, std::vector<Way>(span + 1));
  best[0][0].cost = 0;
  for (std::size_t j = 0; j < max_lines; ++j) {
    for (std::size_t b = 0; b < span; ++b) {
      if (best[j][b].cost < 0) continue;
      const std::size_t first = start + b;
      // The first pass's line j of the window, if this way has kept its start.
      const LineBreak* kept = from_line + j + 1 < lines.size() && lines[from_line + j].first == first
                                  ? &lines[from_line + j]
                                  : nullptr;
      int chars = 0;
      for (std::size_t e = first; e < n; ++e) {
        count_steps(work);
        chars += counts_as_character(p.atoms[e]);
        const LineMeasure m = sums.measure(p, first, e);
        if (m.natural - m.max_shrink > line_measure(options, first)) break;
        if (!legal_break(p, e)) continue;
        const bool last_line = e + 1 == n;
        if (last_line && chars < 2) continue;
        std::optional<double> cost = line_cost(p, sums, first, e, options, last_line);
        if (!cost && kept && kept->last == e) cost = kBeyondAllowances;
        if (!cost) continue;
        Way& to = best[j + 1][e + 1 - start];
        // On a tie the later start wins (b grows): the lines above stay
        // as full as the first pass set them, and the change stays low.
        const double total = best[j][b].cost + *cost;
        if (to.cost < 0 || total <= to.cost + kTie) to = Way{total, b};
      }
    }
  }
  std::size_t chosen = 0;
  for (std::size_t j : {now - 1, now}) {
    const Way& w = best[j][span];
    if (w.cost >= 0 && (chosen == 0 || w.cost < best[chosen][span].cost - kTie)) chosen = j;
  }
  if (chosen == 0) return;
  std::vector<LineBreak> tail(chosen);
  std::size_t b = span;
  for (std::size_t j = chosen; j > 0; --j) {
    tail[j - 1].first = start + best[j][b].from;
    tail[j - 1].last = start + b - 1;
    b = best[j][b].from;
  }
  lines.resize(from_line);
  lines.insert(lines.end(), tail.begin(), tail.end());
}

}  // namespace

std::vector<LineBreak> break_lines(const Prepared& p, const ParagraphOptions& options, WorkCounter* work) {
  std::vector<LineBreak> lines;
  const std::size_t n = p.atoms.size();
  if (n == 0) return lines;
  const Sums sums(p, work);
  // Each line scans only the atoms that fit on it (and looks back over
  // them): an atom is visited a bounded number of times in all.
  std::size_t s = 0;
  while (s < n) {
    // The first line is shortened by its indent (字下げ).
    const Length measure = line_measure(options, s);
    // Where the text stops fitting at its natural width (end spaces aside:
    // they are the first thing a line gives up).
    std::size_t count_fitting = 0;  // atoms s..s+count_fitting-1 fit
    Length content = start_space(p, s);
    for (std::size_t e = s; e < n; ++e) {
      count_steps(work);
      content += p.atoms[e].width;
      if (content > measure) break;
      count_fitting = e - s + 1;
      if (e + 1 < n) content += p.joints[e].natural;
    }
    auto fits = [&](std::size_t e, bool& hang) {
      const LineMeasure m = sums.measure(p, s, e);
      hang = false;
      if (m.natural - m.max_shrink <= measure) return true;
      if (may_hang(p, e, options)) {
        // The mark and its space sit outside the measure; the rest must fit.
        const Length inner = m.natural - p.atoms[e].width - m.end_space;
        if (inner - (m.max_shrink - m.removable_end) <= measure) {
          hang = true;
          return true;
        }
      }
      return false;
    };
    auto emergency_in = [&](std::size_t from, std::size_t to) -> std::optional<std::size_t> {
      // The last emergency break (inside a URL) at a joint in [from, to).
      for (std::size_t e = to; e-- > from;) {
        count_steps(work);
        if (e + 1 < n && p.joints[e].emergency) return e;
      }
      return std::nullopt;
    };

    // The last legal break at or before the natural one (push-out), and the
    // first legal break after it (push-in).
    std::optional<std::size_t> out, in;
    for (std::size_t e = s + count_fitting; e-- > s;) {
      count_steps(work);
      if (legal_break(p, e)) {
        out = e;
        break;
      }
    }
    if (s + count_fitting < n) in = sums.next_legal[s + count_fitting];

    LineBreak line;
    line.first = s;
    bool hang_in = false;
    const bool in_fits = in && fits(*in, hang_in);
    if (out && *out + 1 == n) {
      line.last = *out;  // the paragraph ends within the measure
    } else if (out && !in_fits && in && *in > *out + 1 && [&] {
               const LineMeasure segment = sums.measure(p, *out + 1, *in);
               return segment.natural - segment.max_shrink > measure;
             }() && emergency_in(*out + 1, s + count_fitting)) {
      // The next segment (a URL) is longer than any line: rather than leave
      // this line nearly empty, start breaking the URL here.
      line.last = *emergency_in(*out + 1, s + count_fitting);
      line.url_broken = true;
    } else if (out) {
      // JLREQ 3.8: reducing the space between characters is preferred to
      // adding space; space is added only when there is none left to
      // reduce. So the line is pushed in (oikomi) whenever its shrink
      // allowances take the next segment, however little stretching
      // pushing out would need.
      line.last = in_fits ? *in : *out;
      line.hanging = in_fits && hang_in;
    } else if (in_fits) {
      line.last = *in;
      line.hanging = hang_in;
    } else {
      // Nothing legal fits: an emergency break inside a URL, else overfull.
      const std::optional<std::size_t> emergency = emergency_in(s, s + count_fitting);
      if (emergency) {
        line.last = *emergency;
        line.url_broken = true;
      } else if (count_fitting >= 1) {
        // A run with no break opportunity (a long Latin word, a string of
        // digits) wider than the measure: break it after the last
        // character that fits rather than set it off the page. JLREQ
        // breaks Latin text only between words or at a hyphenation point
        // (its rules for 欧文 in Japanese text; casebook does not
        // hyphenate), but a Japanese editor would rather see the word divided than printed
        // past the trim; compose() warns so the text can be fixed.
        line.last = s + count_fitting - 1;
        line.forced = true;
      } else {
        line.last = in ? *in : n - 1;
        line.overfull = true;
      }
    }
    lines.push_back(line);
    s = line.last + 1;
  }
  avoid_short_last_line(p, options, sums, lines, work);
  return lines;
}

}  // namespace casebook
