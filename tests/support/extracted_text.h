#pragma once

// Comparing a field of the data with the text pdftotext extracts from the
// book: pdftotext ends each printed line with a newline, where the data has
// nothing or a space; everything else must be as typed.

#include <algorithm>
#include <string>
#include <vector>

#include "data/model.h"

namespace casebook::testing_support {

/// Whether `paragraph` occurs in `extracted` with each of extracted's
/// newlines standing for nothing or for one of paragraph's spaces.
inline bool contains(const std::string& extracted, const std::string& paragraph) {
  if (paragraph.empty()) return true;
  for (std::size_t start = extracted.find(paragraph[0]); start != std::string::npos;
       start = extracted.find(paragraph[0], start + 1)) {
    std::size_t i = 0, j = start;
    while (i < paragraph.size() && j < extracted.size()) {
      if (extracted[j] == '\n') {
        if (paragraph[i] == ' ') ++i;
        ++j;
      } else if (extracted[j] == paragraph[i]) {
        ++i, ++j;
      } else {
        break;
      }
    }
    if (i == paragraph.size()) return true;
  }
  return false;
}

/// Whether `paragraph` is made of whole printed lines of `extracted` (each
/// ending at a newline, with nothing or one of paragraph's spaces for it),
/// in any order: pdftotext's plain mode reads a page in blocks it guesses
/// and may put a list item's lines apart, but never splits a line.
inline bool made_of_lines(const std::string& extracted, const std::string& paragraph) {
  std::size_t pos = 0;
  while (pos < paragraph.size()) {
    std::size_t best = 0;
    for (std::size_t s = extracted.find(paragraph[pos]); s != std::string::npos;
         s = extracted.find(paragraph[pos], s + 1)) {
      std::size_t n = 0;
      while (pos + n < paragraph.size() && s + n < extracted.size() && extracted[s + n] == paragraph[pos + n]) ++n;
      const bool line_end = s + n == extracted.size() || extracted[s + n] == '\n' || extracted[s + n] == '\f';
      if ((line_end || pos + n == paragraph.size()) && n > best) best = n;
    }
    if (best == 0) return false;
    pos += best;
    if (pos < paragraph.size() && paragraph[pos] == ' ') ++pos;
  }
  return true;
}

/// The first difference between `paragraph` and the closest text in
/// `extracted` (for the failure message): the paragraph's first 12
/// characters' place, and what follows there.
inline std::string near(const std::string& extracted, const std::string& paragraph) {
  const std::size_t at = extracted.find(paragraph.substr(0, std::min<std::size_t>(paragraph.size(), 12)));
  return at == std::string::npos ? "(start not found)" : extracted.substr(at, paragraph.size() + 60);
}

/// A block as the data typed it: its marker, then its text (after the one
/// space a "1. " marker takes).
inline std::string as_typed(const Block& b) {
  const bool spaced = b.marker.ends_with(".") || b.marker.ends_with("．");
  return b.marker + (spaced ? " " : "") + b.text;
}

/// Every block of an organization's long text fields — (1) and (2), and the
/// profile's message — as the data typed it: what a reader should be able
/// to copy out of the book.
inline std::vector<std::string> long_text_blocks(const Organization& org) {
  std::vector<std::string> out;
  for (const RichText* r : {&org.purpose, &org.audience, &org.description, &org.partners, &org.outreach,
                            &org.outcomes}) {
    for (const Block& b : r->blocks) out.push_back(as_typed(b));
  }
  if (org.profile.message) {
    for (const Block& b : org.profile.message->blocks) out.push_back(as_typed(b));
  }
  return out;
}

}  // namespace casebook::testing_support
