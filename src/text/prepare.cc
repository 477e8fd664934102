#include "text/prepare.h"

#include <hb.h>

#include <cstdio>

#include "base/utf8.h"
#include "text/face.h"
#include "text/spacing.h"

namespace casebook {

namespace {

/// Byte ranges of URLs and e-mail addresses: runs of non-space ASCII that
/// contain "://", start with "www.", or hold an @ between word characters.
std::vector<std::pair<std::size_t, std::size_t>> find_urls(const std::string& text) {
  std::vector<std::pair<std::size_t, std::size_t>> urls;
  std::size_t i = 0;
  while (i < text.size()) {
    auto ascii_word = [&](std::size_t k) {
      const unsigned char c = static_cast<unsigned char>(text[k]);
      return c > 0x20 && c < 0x7F;
    };
    if (!ascii_word(i)) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && ascii_word(end)) ++end;
    const std::string token = text.substr(i, end - i);
    const std::size_t at = token.find('@');
    if (token.find("://") != std::string::npos || token.starts_with("www.") ||
        (at != std::string::npos && at > 0 && token.find('.', at) != std::string::npos)) {
      urls.emplace_back(i, end);
    }
    i = end;
  }
  return urls;
}

std::vector<hb_feature_t> features_of(const TextStyle& style) {
  std::vector<hb_feature_t> out;
  for (const std::string& f : style.features) {
    hb_feature_t feature;
    if (hb_feature_from_string(f.c_str(), static_cast<int>(f.size()), &feature)) out.push_back(feature);
  }
  return out;
}

void report_missing(const TextRun& run, std::size_t byte, const Face& face, Diagnostics& diags) {
  std::size_t i = byte;
  const char32_t c = utf8::next(run.text, i);
  Span at = run.span;
  if (at.line > 0) at.column += static_cast<int>(utf8::length(std::string_view(run.text).substr(0, byte)));
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  diags.error(at, std::string("character ") + code + " '" + run.text.substr(byte, i - byte) + "' is not in the face " +
                      face.name(),
              {"the text cannot be printed as typed: replace the character or choose a face that has it"});
  diags.tag("missing-glyph");
}

}  // namespace

Prepared prepare_paragraph(const std::vector<TextRun>& runs, const ParagraphOptions& options, Diagnostics& diags,
                           WorkCounter* work) {
  Prepared p;
  p.runs = runs;
  for (const TextRun& r : runs) p.text += r.text;
  const auto urls = find_urls(p.text);
  std::size_t next_url = 0;  // the first URL that does not end before the current atom

  // 1. Shape each run and cut its glyphs into atoms; spaces go to joints.
  std::vector<Length> space_before_atom;  // typed space preceding atoms[i]
  Length pending_space = 0;
  std::size_t run_offset = 0;
  hb_buffer_t* buffer = hb_buffer_create();
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const TextRun& run = runs[r];
    const Face& face = *run.style.face;
    hb_buffer_clear_contents(buffer);
    hb_buffer_add_utf8(buffer, run.text.data(), static_cast<int>(run.text.size()), 0,
                       static_cast<int>(run.text.size()));
    hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
    hb_buffer_set_script(buffer, HB_SCRIPT_HAN);
    hb_buffer_set_language(buffer, hb_language_from_string("ja", 2));
    const std::vector<hb_feature_t> features = features_of(run.style);
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
      std::size_t k = begin;
      const char32_t first = utf8::next(run.text, k);
      Length width = 0;
      for (unsigned x = g; x < g_end; ++x) width += to_length(pos[x].x_advance);

      if (first == U' ' || first == U'\t') {
        pending_space += width;
        g = g_end;
        continue;
      }
      for (unsigned x = g; x < g_end; ++x) {
        if (info[x].codepoint == 0) report_missing(run, begin, face, diags);
      }
      Atom atom;
      atom.begin = run_offset + begin;
      atom.end = run_offset + end;
      atom.first = first;
      for (std::size_t q = begin; q < end;) {
        const char32_t c = utf8::next(run.text, q);
        if (jlreq::classify(c) != jlreq::CharClass::combining) atom.last = c;
      }
      if (!atom.last) atom.last = first;
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
      // Atoms and URLs both come in text order: one pass over the two.
      count_steps(work);
      while (next_url < urls.size() && urls[next_url].second <= atom.begin) {
        count_steps(work);
        ++next_url;
      }
      atom.in_url = next_url < urls.size() && atom.begin >= urls[next_url].first && atom.end <= urls[next_url].second;
      space_before_atom.push_back(pending_space);
      pending_space = 0;
      p.atoms.push_back(atom);
      g = g_end;
    }
    run_offset += run.text.size();
  }
  hb_buffer_destroy(buffer);

  // 2. The joints between atoms, by the JLREQ spacing and breaking rules.
  for (std::size_t i = 0; i + 1 < p.atoms.size(); ++i) {
    p.joints.push_back(jlreq::make_joint(p.atoms[i], p.atoms[i + 1], space_before_atom[i + 1], options));
  }
  if (!p.atoms.empty()) {
    // A paragraph starts like a line (an opening bracket solid) and ends
    // with the last mark's own space.
    p.start_space = p.atoms.front().cls == jlreq::CharClass::middle_dot ? jlreq::space_before(p.atoms.front()) : 0;
    p.end_space = jlreq::space_after(p.atoms.back());
  }
  return p;
}

}  // namespace casebook
