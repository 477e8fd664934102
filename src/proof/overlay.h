#pragma once

#include <vector>

#include "base/diagnostic.h"
#include "layout/context.h"
#include "layout/frame.h"

namespace casebook {

/// Draws the proof overlay onto a set book, as a layer of its own on each
/// page (a child frame of kind "proof"): every frame's outline, the measure
/// of every text cell, text that runs past the content area in red, blocks
/// set smaller than the layout asks tinted with their final size written in
/// the margin, and for every finding located on the page a marker at the
/// spot and a note in the outer margin.
struct ProofOverlay {
  /// How many findings were placed on a page.
  int placed = 0;
  /// What setting the overlay's own notes reported (a character of a
  /// quoted value missing from the caption face, a note too wide): kept
  /// apart from `findings` so that the list being walked never grows
  /// under the walk; the caller merges them.
  Diagnostics problems;
};
/// Where notes stack in a margin: `wanted[i]` is the top note i would
/// have beside its spot (in the spots' order), `heights[i]` its height.
/// Returns tops in the same order that keep `gap` between notes and keep
/// them between `top` and `bottom`, each as near its wish as the others
/// allow; notes never overlap (if they cannot all fit, the first ones run
/// above `top`).
std::vector<Length> stack_notes(const std::vector<Length>& wanted, const std::vector<Length>& heights, Length top,
                                Length bottom, Length gap);

ProofOverlay add_proof_overlay(BookPages& book, const Diagnostics& findings, const LayoutContext& ctx);

}  // namespace casebook
