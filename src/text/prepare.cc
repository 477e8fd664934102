#include "text/prepare.h"

#include <hb.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>
#include <string_view>

#include "base/unicode.h"
#include "base/utf8.h"
#include "text/composite.h"
#include "text/context.h"
#include "text/face.h"
#include "text/features.h"
#include "text/spacing.h"

namespace casebook {

namespace {

}  // namespace

std::vector<UriRange> find_uris(const std::string& text) {
  std::vector<UriRange> uris;
  auto ascii_word = [&](std::size_t k) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    return c > 0x20 && c < 0x7F;
  };
  auto address_char = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '%' || c == '+' || c == '-';
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (!ascii_word(i)) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && ascii_word(end)) ++end;
    const std::size_t token_end = end;
    std::size_t begin = i;
    const std::string_view token(text.data() + i, end - i);
    const std::size_t scheme = token.find("://");
    const std::size_t at = token.find('@');
    std::string prefix;
    if (scheme != std::string_view::npos && scheme > 0) {
      // From the scheme's first letter: 「(https://…」 links from the h.
      std::size_t s = i + scheme;
      while (s > i && (std::isalnum(static_cast<unsigned char>(text[s - 1])) || text[s - 1] == '+' ||
                       text[s - 1] == '-' || text[s - 1] == '.')) {
        --s;
      }
      begin = s;
    } else if (token.starts_with("www.")) {
      prefix = "http://";
    } else if (at != std::string_view::npos && at > 0 && token.find('.', at) != std::string_view::npos) {
      while (begin < i + at && !address_char(text[begin])) ++begin;
      prefix = "mailto:";
    } else {
      i = end;
      continue;
    }
    // Sentence punctuation after an address is not part of it, nor a
    // closing bracket that closes one opened before it.
    for (;;) {
      const char last = text[end - 1];
      const std::string_view inside(text.data() + begin, end - begin);
      auto unbalanced = [&](char open, char close) {
        return last == close && std::count(inside.begin(), inside.end(), close) >
                                    std::count(inside.begin(), inside.end(), open);
      };
      if (end - begin > 1 && (std::string_view(".,;:!?'\"").find(last) != std::string_view::npos ||
                              unbalanced('(', ')') || unbalanced('[', ']') || unbalanced('{', '}'))) {
        --end;
      } else {
        break;
      }
    }
    if (begin < end && (prefix != "mailto:" || text.find('.', i + at) < end)) {
      uris.push_back(UriRange{begin, end, prefix + text.substr(begin, end - begin)});
    }
    i = token_end;
  }
  return uris;
}

namespace {

/// Where the bytes of one run were typed: its span moved on by the code
/// points before a byte. Asked for bytes in increasing order, it counts
/// each code point once, so reporting every character of a long run costs
/// no more than reading it.
class RunColumns {
 public:
  explicit RunColumns(const TextRun& run) : run_(run) {}
  Span at(std::size_t byte) {
    if (byte < byte_) byte_ = 0, column_ = 0;
    column_ += static_cast<int>(utf8::length(std::string_view(run_.text).substr(byte_, byte - byte_)));
    byte_ = byte;
    Span at = run_.span;
    if (at.line > 0) at.column += column_;
    return at;
  }

 private:
  const TextRun& run_;
  std::size_t byte_ = 0;
  int column_ = 0;
};

std::string code_of(char32_t c) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  return code;
}

void report_missing(const TextRun& run, std::size_t byte, const Face& face, RunColumns& columns, Diagnostics& diags) {
  std::size_t i = byte;
  const char32_t c = utf8::next(run.text, i);
  diags.error(columns.at(byte),
              "character " + code_of(c) + " '" + run.text.substr(byte, i - byte) + "' is not in the face " + face.name(),
              {"the text cannot be printed as typed: replace the character or choose a face that has it"});
  diags.tag("missing-glyph");
}

const char* bidi_name(char32_t c) {
  switch (c) {
    case 0x200E: return "LEFT-TO-RIGHT MARK";
    case 0x200F: return "RIGHT-TO-LEFT MARK";
    case 0x202A: return "LEFT-TO-RIGHT EMBEDDING";
    case 0x202B: return "RIGHT-TO-LEFT EMBEDDING";
    case 0x202C: return "POP DIRECTIONAL FORMATTING";
    case 0x202D: return "LEFT-TO-RIGHT OVERRIDE";
    case 0x202E: return "RIGHT-TO-LEFT OVERRIDE";
    case 0x2066: return "LEFT-TO-RIGHT ISOLATE";
    case 0x2067: return "RIGHT-TO-LEFT ISOLATE";
    case 0x2068: return "FIRST STRONG ISOLATE";
    default: return "POP DIRECTIONAL ISOLATE";
  }
}

/// The invisible characters that cannot be set as typed, at their places:
/// a bidi control is an error (casebook sets horizontal Japanese left to
/// right and does not reorder; a control pasted into the data can only
/// make the printed text differ from what an editor shows); a soft hyphen
/// is a warning (it prints nothing and is no break: casebook does not
/// hyphenate Western words).
void report_invisible(const TextRun& run, Diagnostics& diags) {
  RunColumns columns(run);
  for (std::size_t i = 0; i < run.text.size();) {
    const std::size_t at = i;
    const char32_t c = utf8::next(run.text, i);
    if (unicode::is_bidi_control(c)) {
      diags.error(columns.at(at), "invisible bidi control " + code_of(c) + " " + bidi_name(c) + " in the text",
                  {"remove it: casebook sets the text left to right as typed, and a direction control would "
                   "make the print differ from what an editor shows"});
      diags.tag("bidi-control");
    } else if (c == 0x00AD) {
      diags.warning(columns.at(at), "soft hyphen U+00AD in the text: it prints nothing and is not a line break",
                    {"remove it; to mark where a line may break, use U+200B ZERO WIDTH SPACE"});
      diags.tag("soft-hyphen");
    }
  }
}

/// JLREQ Appendix B and 3.1.4 count brackets, commas, full stops and
/// middle dots as half-em glyphs whose other half em is conditional space,
/// given by the joints (spacing.cc). Faces draw them otherwise: a
/// fixed-pitch face (BIZ UDGothic) gives each a full em with the space
/// inside the glyph, a proportional one (BIZ UDPGothic) gives 、。 0.6 em.
/// So the mark is set in a half-em box, the ink kept where the face's
/// design puts it in its em: on the box's left for closing brackets,
/// commas and stops, on its right for opening brackets, in its middle for
/// middle dots. Returns how far the glyph moves left inside the box (its
/// advance beyond the half em, all of it or half of it), or nullopt when
/// the mark is not one of these or its ink would not fit the box (a face
/// whose glyph is drawn unusually keeps its own advance then).
std::optional<Length> half_width_shift(const Atom& atom, const Glyph& glyph, hb_font_t* font, Length size,
                                       std::int64_t units) {
  using jlreq::CharClass;
  const CharClass c = atom.cls;
  if (c != CharClass::opening_bracket && c != CharClass::closing_bracket && c != CharClass::comma &&
      c != CharClass::full_stop && c != CharClass::middle_dot) {
    return std::nullopt;
  }
  const Length half = atom.em / 2;
  const Length extra = atom.width - half;
  const Length shift = c == CharClass::opening_bracket ? extra : c == CharClass::middle_dot ? extra / 2 : 0;
  hb_glyph_extents_t ink;
  if (!hb_font_get_glyph_extents(font, glyph.gid, &ink)) return std::nullopt;
  const Length left = glyph.x_offset + scale(size, ink.x_bearing, units) - shift;
  const Length right = left + scale(size, ink.width, units);
  // A hair of tolerance: the fonts' ink may touch the half-em line.
  const Length hair = atom.em / 100;
  if (left < -hair || right > half + hair) return std::nullopt;
  return shift;
}

BreakHint hint_of(char32_t c) {
  if (c == 0x200B) return BreakHint::allow;
  if (c == 0x2060 || c == 0xFEFF) return BreakHint::forbid;
  return BreakHint::none;
}

/// Both hints at one joint: a no-break wins over a break opportunity.
BreakHint merge(BreakHint a, BreakHint b) { return a == BreakHint::forbid || b == BreakHint::forbid ? BreakHint::forbid : std::max(a, b); }

}  // namespace

void apply_line_end_policy(Prepared& p, LineEndSpace policy) {
  auto apply = [policy](const Atom& a, Length& space, bool& fixed) {
    const jlreq::CharClass c = a.last_cls;
    if (c != jlreq::CharClass::comma && c != jlreq::CharClass::full_stop && c != jlreq::CharClass::closing_bracket) {
      return;
    }
    if (policy == LineEndSpace::solid) space = 0;
    fixed = policy == LineEndSpace::half_em;
  };
  for (std::size_t i = 0; i < p.joints.size(); ++i) apply(p.atoms[i], p.joints[i].end_space, p.joints[i].end_space_fixed);
  if (!p.atoms.empty()) apply(p.atoms.back(), p.end_space, p.end_space_fixed);
}

Prepared prepare_paragraph(const std::vector<TextRun>& styled, const ParagraphOptions& options, Diagnostics& diags,
                           WorkCounter* work) {
  Prepared p;
  // 0. A style with a Latin face is a composite font: its Latin words
  // become runs of their own, shaped with that face.
  p.runs = split_composite(styled);
  const std::vector<TextRun>& runs = p.runs;
  for (const TextRun& r : runs) p.text += r.text;
  p.uris = find_uris(p.text);
  const std::vector<UriRange>& urls = p.uris;
  std::size_t next_url = 0;  // the first URL that does not end before the current atom

  // 1. Shape each run and cut its glyphs into atoms; spaces go to joints.
  // Invisible (default-ignorable) characters get no glyph: HarfBuzz lets a
  // variation selector choose its base's glyph (cmap format 14) and then
  // removes them, merging each into the cluster of a neighbour, so they
  // stay in the text of an atom (and in the PDF's text layer) and never
  // make an atom, a width or a JLREQ gap of their own.
  std::vector<Length> space_before_atom;  // typed space preceding atoms[i]
  std::vector<BreakHint> hint_before_atom;  // what invisible characters ask of the joint before atoms[i]
  Length pending_space = 0;
  BreakHint pending_hint = BreakHint::none;
  std::size_t orphan_begin = std::string::npos;  // invisible text before the first atom, if it had no glyph
  std::size_t run_offset = 0;
  hb_buffer_t* buffer = hb_buffer_create();
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const TextRun& run = runs[r];
    const Face& face = *run.style.face;
    report_invisible(run, diags);
    RunColumns columns(run);
    hb_buffer_clear_contents(buffer);
    hb_buffer_set_flags(buffer, HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES);
    hb_buffer_add_utf8(buffer, run.text.data(), static_cast<int>(run.text.size()), 0,
                       static_cast<int>(run.text.size()));
    hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
    hb_buffer_set_script(buffer, HB_SCRIPT_HAN);
    hb_buffer_set_language(buffer, hb_language_from_string("ja", 2));
    const std::vector<hb_feature_t> features = shaping_features(run.style.features);
    hb_shape(face.hb_font(), buffer, features.data(), static_cast<unsigned>(features.size()));

    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
    const std::int64_t units = static_cast<std::int64_t>(face.units_per_em()) * 64;
    auto to_length = [&](hb_position_t v) { return scale(run.style.size, v, units); };

    for (unsigned g = 0; g < count;) {
      const unsigned cluster = info[g].cluster;
      unsigned g_end = g;
      while (g_end < count && info[g_end].cluster == cluster) ++g_end;
      const std::size_t begin = cluster;
      const std::size_t end = g_end < count ? info[g_end].cluster : run.text.size();
      // The cluster's first and last printing characters, and what the
      // invisible ones before and after them ask of the joints.
      char32_t first = 0, last = 0;
      std::size_t first_at = begin;
      BreakHint lead = BreakHint::none, trail = BreakHint::none;
      for (std::size_t q = begin; q < end;) {
        const std::size_t at = q;
        const char32_t c = utf8::next(run.text, q);
        if (unicode::is_default_ignorable(c)) {
          BreakHint& h = first ? trail : lead;
          h = merge(h, hint_of(c));
          continue;
        }
        if (!first) first = c, first_at = at;
        if (jlreq::classify(c) != jlreq::CharClass::combining) last = c;
      }
      Length width = 0;
      for (unsigned x = g; x < g_end; ++x) width += to_length(pos[x].x_advance);

      if (!first) {
        // Only invisible characters (a face may still give them a glyph):
        // no atom; their text joins the atom before, or the one after.
        pending_hint = merge(pending_hint, lead);
        if (!p.atoms.empty()) {
          p.atoms.back().end = run_offset + end;
        } else if (orphan_begin == std::string::npos) {
          orphan_begin = run_offset + begin;
        }
        g = g_end;
        continue;
      }
      if (first == U' ' || first == U'\t') {
        pending_space += width;
        pending_hint = merge(pending_hint, merge(lead, trail));
        g = g_end;
        continue;
      }
      for (unsigned x = g; x < g_end; ++x) {
        if (info[x].codepoint == 0) report_missing(run, first_at, face, columns, diags);
      }
      Atom atom;
      atom.begin = run_offset + begin;
      atom.end = run_offset + end;
      if (p.atoms.empty() && orphan_begin != std::string::npos) atom.begin = orphan_begin;
      atom.first = first;
      atom.last = last ? last : first;
      atom.cls = jlreq::classify(first);
      atom.run = static_cast<int>(r);
      atom.width = width;
      atom.em = run.style.size;
      atom.glyph_begin = p.glyphs.size();
      for (unsigned x = g; x < g_end; ++x) {
        p.glyphs.push_back({info[x].codepoint, to_length(pos[x].x_advance), to_length(pos[x].x_offset),
                            to_length(pos[x].y_offset)});
      }
      atom.glyph_end = p.glyphs.size();
      if (first == U'\u3000' && atom.glyph_end > atom.glyph_begin) {
        // JLREQ cl-14: the ideographic space (全角スペース) is one em,
        // whatever advance a proportional face gives it (BIZ UDP: ⅔ em).
        p.glyphs[atom.glyph_end - 1].advance += atom.em - atom.width;
        atom.width = atom.em;
      }
      if (atom.glyph_end == atom.glyph_begin + 1 && atom.first == atom.last) {
        Glyph& glyph = p.glyphs[atom.glyph_begin];
        if (const auto shift = half_width_shift(atom, glyph, face.hb_font(), run.style.size, units)) {
          // Drawn `shift` to the left, the glyph still ends where its box
          // does: its advance runs from its origin to the box's end, so the
          // PDF's text box covers the ink (and, for an opening bracket of
          // a fixed-pitch face, the space before it).
          glyph.x_offset -= *shift;
          glyph.advance = atom.em / 2 + *shift;
          atom.width = atom.em / 2;
        }
      }
      // Atoms and URLs both come in text order: one pass over the two.
      count_steps(work);
      while (next_url < urls.size() && urls[next_url].end <= atom.begin) {
        count_steps(work);
        ++next_url;
      }
      atom.in_url = next_url < urls.size() && atom.begin >= urls[next_url].begin && atom.end <= urls[next_url].end;
      space_before_atom.push_back(pending_space);
      pending_space = 0;
      hint_before_atom.push_back(merge(pending_hint, lead));
      pending_hint = trail;
      p.atoms.push_back(atom);
      g = g_end;
    }
    run_offset += run.text.size();
  }
  hb_buffer_destroy(buffer);

  // 2. The classes that depend on neighbours (ASCII brackets in Japanese
  // context), then the joints between atoms, by the JLREQ spacing and
  // breaking rules.
  jlreq::resolve_context(p.atoms, space_before_atom);
  for (std::size_t i = 0; i + 1 < p.atoms.size(); ++i) {
    p.joints.push_back(jlreq::make_joint(p.atoms[i], p.atoms[i + 1], space_before_atom[i + 1], options,
                                        hint_before_atom[i + 1]));
  }
  if (!p.atoms.empty()) {
    // A paragraph starts like a line (an opening bracket solid) and ends
    // with the last mark's own space.
    p.start_space = p.atoms.front().cls == jlreq::CharClass::middle_dot ? jlreq::space_before(p.atoms.front()) : 0;
    p.end_space = jlreq::space_after(p.atoms.back());
  }
  apply_line_end_policy(p, options.line_end);
  return p;
}

}  // namespace casebook
