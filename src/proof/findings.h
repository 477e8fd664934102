#pragma once

#include "base/diagnostic.h"
#include "data/model.h"
#include "layout/frame.h"

namespace casebook {

/// Limits beyond which a set line is a finding.
struct ProofLimits {
  /// Extra space per gap between characters, in ems, above which a line
  /// reads as letter-spaced.
  double max_stretch_em = 0.2;
};

/// What a proofreader checks in the data itself, each finding at its place:
/// the same name printed differently in the page header and the profile
/// (and so the contents); a 取組地域 prefecture the 団体住所 contradicts; a
/// website that is not a URL; a photo without a caption; half-width
/// katakana; full- and half-width digits or Latin letters mixed in one
/// field; a full-width space opening a paragraph; doubled punctuation.
void find_data_hazards(const Casebook& book, Diagnostics& diags);

/// What a proofreader sees on the set pages: lines stretched beyond the
/// limits, a paragraph whose last line holds a single character, a URL
/// broken across lines. (Overflow, shrinking and overfull lines are
/// reported while the pages are set.)
void find_layout_hazards(const BookPages& book, const ProofLimits& limits, Diagnostics& diags);

}  // namespace casebook
