#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diagnostic.h"
#include "text/paragraph.h"

namespace casebook {

/// Paragraphs measured once and set many times: the measure, the
/// first-line indent and the other breaking options do not change what
/// prepare_paragraph() computes (shaping, atoms, joints), so the
/// balanced-lines search, the display setter's trials and every spread
/// that sets the same label (a grid's activity and target names, table
/// labels, headings) reuse one measurement. Keyed by everything that does
/// change it: each run's text, face, Latin face, size, features and span
/// (the place its diagnostics name), and the kinsoku and line-end options.
/// The diagnostics the measurement reported are replayed on every use, so
/// a cached paragraph reports exactly what a fresh one would.
///
/// One cache belongs to one layout run (layout_book() makes it) and is not
/// shared between threads.
class ParagraphCache {
 public:
  /// The paragraph prepare_paragraph(runs, options, diags) would return,
  /// measured now or earlier; its diagnostics are added to `diags`.
  std::shared_ptr<const Prepared> prepare(const std::vector<TextRun>& runs, const ParagraphOptions& options,
                                          Diagnostics& diags);

  /// How many times a paragraph whose whole text is `text` was measured
  /// (shaped) rather than found, for tests.
  std::size_t measured(std::string_view text) const;

 private:
  struct Entry {
    std::shared_ptr<const Prepared> prepared;
    Diagnostics diagnostics;
    std::size_t uses = 0;  ///< since the cache last made room
  };
  /// Drops the paragraphs not used again since the cache last made room
  /// (a spread's body text), keeping those every spread sets (the labels).
  void make_room();
  std::unordered_map<std::string, Entry> entries_;
  std::unordered_map<std::string, std::size_t> measured_;
};

/// prepare_paragraph() through `options.cache` when there is one.
std::shared_ptr<const Prepared> measure_paragraph(const std::vector<TextRun>& runs, const ParagraphOptions& options,
                                                  Diagnostics& diags);

}  // namespace casebook
