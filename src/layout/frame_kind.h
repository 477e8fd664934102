#pragma once

// What a frame sets: a page, a block of the spread, one of its cells. The
// layout names every frame by one of these; dumps, the proof overlay and
// diagnostics ask the kind what it is instead of parsing a name.

#include <cstdint>
#include <iosfwd>
#include <string_view>

#include "data/block_kind.h"

namespace casebook {

/// How a frame stands in the tree: a whole (a page, a block, a heading, a
/// footer), a label cell of the form, or a part of a whole (a field's cell,
/// a table, a grid's mark). A part's name is "whole.part" in dumps.
enum class FramePart : std::uint8_t { whole, label, part };

// Every frame kind: its enumerator, the name dumps print, and its part.
// The names are the golden dumps' vocabulary: renaming one changes them.
// `none` is a frame that sets nothing (a blank page's root), unnamed.
#define CASEBOOK_FRAME_KINDS(X)                                   \
  X(none, "", whole)                                              \
  X(page, "page", whole)                                          \
  X(heading, "heading", whole)                                    \
  X(footer, "footer", whole)                                      \
  X(footer_title, "footer.title", part)                           \
  X(running_head, "running_head", whole)                          \
  X(galley, "galley", whole)                                      \
  X(mark, "mark", whole)                                          \
  X(header, "header", whole)                                      \
  X(header_label, "header.label", label)                          \
  X(header_rows, "header.rows", part)                             \
  X(header_number, "header.number", part)                         \
  X(header_name, "header.name", part)                             \
  X(header_region, "header.region", part)                         \
  X(header_title, "header.title", part)                           \
  X(activities, "activities", whole)                              \
  X(activities_grid, "activities.grid", part)                     \
  X(activities_category, "activities.category", part)             \
  X(activities_mark, "activities.mark", part)                     \
  X(activities_item, "activities.item", part)                     \
  X(targets, "targets", whole)                                    \
  X(targets_grid, "targets.grid", part)                           \
  X(targets_mark, "targets.mark", part)                           \
  X(targets_item, "targets.item", part)                           \
  X(content, "content", whole)                                    \
  X(content_label, "content.label", label)                        \
  X(content_table, "content.table", part)                         \
  X(content_purpose, "content.purpose", part)                     \
  X(content_audience, "content.audience", part)                   \
  X(content_description, "content.description", part)             \
  X(results, "results", whole)                                    \
  X(results_label, "results.label", label)                        \
  X(results_table, "results.table", part)                         \
  X(results_partners, "results.partners", part)                   \
  X(results_outreach, "results.outreach", part)                   \
  X(results_outcomes, "results.outcomes", part)                   \
  X(photos, "photos", whole)                                      \
  X(photos_photo, "photos.photo", part)                           \
  X(photos_caption, "photos.caption", part)                       \
  X(photos_placeholder, "photos.placeholder", part)               \
  X(profile, "profile", whole)                                    \
  X(profile_label, "profile.label", label)                        \
  X(profile_table, "profile.table", part)                         \
  X(profile_name, "profile.name", part)                           \
  X(profile_representative, "profile.representative", part)       \
  X(profile_founded, "profile.founded", part)                     \
  X(profile_staff, "profile.staff", part)                         \
  X(profile_address, "profile.address", part)                     \
  X(profile_website, "profile.website", part)                     \
  X(profile_message, "profile.message", part)                     \
  X(cover, "cover", whole)                                        \
  X(cover_title, "cover.title", part)                             \
  X(cover_subset, "cover.subset", part)                           \
  X(cover_scope, "cover.scope", part)                             \
  X(cover_editor, "cover.editor", part)                           \
  X(cover_based_on, "cover.based_on", part)                       \
  X(preface, "preface", whole)                                    \
  X(preface_body, "preface.body", part)                           \
  X(preface_signature, "preface.signature", part)                 \
  X(preface_note, "preface.note", part)                           \
  X(counts, "counts", whole)                                      \
  X(counts_scope, "counts.scope", part)                           \
  X(counts_items, "counts.items", part)                           \
  X(counts_category, "counts.category", part)                     \
  X(counts_item, "counts.item", part)                             \
  X(counts_count, "counts.count", part)                           \
  X(counts_targets_heading, "counts.targets_heading", part)       \
  X(counts_targets, "counts.targets", part)                       \
  X(counts_target, "counts.target", part)                         \
  X(counts_note, "counts.note", part)                             \
  X(contents, "contents", whole)                                  \
  X(contents_table, "contents.table", part)                       \
  X(contents_column, "contents.column", part)                     \
  X(contents_number, "contents.number", part)                     \
  X(contents_name, "contents.name", part)                         \
  X(contents_region, "contents.region", part)                     \
  X(contents_page, "contents.page", part)                         \
  X(mapping, "mapping", whole)                                    \
  X(mapping_table, "mapping.table", part)                         \
  X(mapping_corner, "mapping.corner", part)                       \
  X(mapping_category, "mapping.category", part)                   \
  X(mapping_target, "mapping.target", part)                       \
  X(mapping_cell, "mapping.cell", part)                           \
  X(proof, "proof", whole)                                        \
  X(proof_size, "proof.size", part)                               \
  X(proof_note, "proof.note", part)

/// The kind of a frame (Frame::kind).
enum class FrameKind : std::uint8_t {
#define CASEBOOK_FRAME_KIND_ENUMERATOR(id, name, part) id,
  CASEBOOK_FRAME_KINDS(CASEBOOK_FRAME_KIND_ENUMERATOR)
#undef CASEBOOK_FRAME_KIND_ENUMERATOR
};

/// The kind's name as dumps and messages print it: "content.purpose".
std::string_view frame_kind_name(FrameKind kind);

/// Prints the kind's name (test failures, debugging output).
std::ostream& operator<<(std::ostream& out, FrameKind kind);

/// Whether the kind is a whole, a label or a part (FramePart).
FramePart frame_part(FrameKind kind);

/// The kind of the frame a block of the spread is set in.
FrameKind frame_kind_of(BlockKind block);

/// A label cell of the form ("header.label", "content.label", …).
inline bool is_label(FrameKind kind) { return frame_part(kind) == FramePart::label; }

/// A frame inside a whole: a cell, a table, a label ("x.y" in dumps).
inline bool is_part(FrameKind kind) { return frame_part(kind) != FramePart::whole; }

}  // namespace casebook
