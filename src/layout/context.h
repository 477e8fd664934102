#pragma once

#include <string>

#include "base/diagnostic.h"
#include "data/layout_spec.h"
#include "data/model.h"
#include "photo/load_photos.h"
#include "text/face_set.h"
#include "text/paragraph_cache.h"
#include "text/rich_text.h"

namespace casebook {

/// The size to set a type style at, where it is not the style's own: a
/// bare size (its line pitch in proportion to the style's), or a step of
/// the type scale (the step's size and its pitch: a copyfitted block,
/// LayoutSpec::copyfit_steps). The default, 0, is the style's own.
struct TypeSize {
  Length size = 0;
  Length pitch = 0;  ///< 0: in proportion to the style's pitch

  TypeSize(Length bare = 0) : size(bare) {}  // NOLINT: a bare size converts
  TypeSize(const ScaleStep& step) : size(step.size), pitch(step.pitch) {}  // NOLINT: so does a step
};

/// What every block needs to lay itself out: the layout file, the loaded
/// faces, the taxonomy (the grids' rows), and where problems go.
struct LayoutContext {
  const LayoutSpec& spec;
  const FaceSet& faces;
  const Taxonomy& taxonomy;
  Diagnostics& diags;
  /// The data directory, against which photo paths are resolved.
  std::string data_dir;
  /// The decoded photos (their pixel sizes scale them); none when null.
  const PhotoSet* photos = nullptr;
  /// A proof (`casebook proof`), not the book: a record without photos
  /// shows the photo area as a framed 「写真なし」 placeholder where the page
  /// has room for it. The book never prints the placeholder.
  bool proof = false;
  /// Paragraphs measured once in this layout run and reused (labels set
  /// on every spread, trials at other measures); null: none.
  ParagraphCache* cache = nullptr;

  /// The type style `t` (a member of spec.styles) at `size` (TypeSize{}:
  /// the style's own size and pitch), its faces found in the loaded set.
  RichTextStyle style(const TypeSpec& t, Length measure, TypeSize size = {}) const;
  /// Where an organization's name (`name`, its phrase marks at `breaks`)
  /// may break when it wraps — in the mapping's narrow columns, the
  /// header, the contents and 団体概要: at its marks, after its legal form
  /// (the taxonomy's legal_forms, 特定非営利活動法人 …), at a typed space,
  /// after 、 or ・ and before （ or 「; never inside a word.
  Phrased name_phrases(const Text& name, const std::vector<std::size_t>& breaks) const;
  /// The width of the content area between the margins.
  Length content_width() const { return spec.page_width - spec.margin_inner - spec.margin_outer; }
};

/// A taxonomy name (an item, a target group, a category) with its phrase
/// marks, to be set as a display line; `prefix` goes before it ("1. ").
Phrased phrased_name(const std::string& name, const std::vector<std::size_t>& breaks, const Span& span,
                     const std::string& prefix = "");
Phrased phrased_name(const TaxonomyEntry& entry, const std::string& prefix = "");
Phrased phrased_name(const Category& category, const std::string& prefix = "");

/// A label of the form with its phrase marks, to be set as a display line.
inline Phrased phrased_label(const Label& label) { return Phrased{label.text, label.breaks, label.span}; }

/// Text with no phrase marks, as a display line (it breaks at '\n' and,
/// only where it must, at its ordinary break opportunities).
Phrased phrased_text(const std::string& text, const Span& span = {});

/// A label of the form ("連携した団体\n協力いただいた団体") as rich text:
/// one paragraph per line.
RichText label_text(const std::string& text, const Span& source = {});

}  // namespace casebook
