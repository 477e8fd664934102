#pragma once

// The layout stage's output: an immutable tree of frames per page, in page
// coordinates (origin at the top-left corner of the page, y downwards).
// The PDF writer only walks it; it decides nothing.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/length.h"
#include "base/span.h"
#include "data/layout_spec.h"
#include "layout/frame_kind.h"
#include "photo/photo.h"
#include "text/paragraph.h"

namespace casebook {

struct Rect {
  Length x = 0, y = 0, width = 0, height = 0;
  Length right() const { return x + width; }
  Length bottom() const { return y + height; }
};

/// A filled and/or stroked rectangle.
struct Box {
  Rect rect;
  std::optional<Color> fill;
  Length stroke_width = 0;  ///< 0: no stroke
  Color stroke;
  bool dashed = false;
};

/// A straight rule.
struct Rule {
  Length x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  Length width = 0;
  Color color;
};

/// A set line placed on the page: `x` is its left edge, `baseline` its
/// baseline.
struct TextLine {
  Length x = 0, baseline = 0;
  SetLine line;
  Color color;
  Span source;  ///< where the block this line belongs to was typed
  bool marker = false;  ///< a list item's marker, not text
};

/// A photo scaled into `rect`.
struct Image {
  Rect rect;
  std::string path;  ///< Photo::path, for dumps and messages
  /// The photo as the photo stage decoded it; the PDF embeds it once.
  std::shared_ptr<const DecodedPhoto> photo;
};

/// A link to another page of the book (the contents' entries).
struct Link {
  Rect rect;
  std::size_t target_page = 0;  ///< index into the book's pages
  std::string contents;         ///< what it says to a reader who cannot see it (the entry's text)
};

/// A proofreader's note on the page (the proof's findings): written as a
/// PDF Text annotation (PDF 32000-1 12.5.6.4) over `rect`, so a viewer's
/// comment list, replies and review marks work on it.
struct Note {
  Rect rect;
  std::string contents;  ///< the message and where it was typed (file:line:col)
  std::string author;    ///< /T: who wrote it ("casebook")
  std::string subject;   ///< /Subj: the finding's kind
  std::string name;      ///< /NM: an id stable across runs of the same proof
  Color color;
};

/// A rectangle of the page that sets one thing — a block, a cell, a field —
/// with what it draws and the frames inside it.
struct Frame {
  FrameKind kind = FrameKind::none;
  Rect rect;
  Span source;       ///< the data field it sets, when it sets one
  /// What the frame says in words to a reader who cannot see it, where
  /// its print does not: a grid mark's meaning (★ → 主となる), a photo's
  /// description. The web edition's structure tree carries it (PDF 32000
  /// 14.9.3, 14.9.4); empty: the printed text says it all.
  std::string alt;
  std::vector<Box> boxes;
  std::vector<Rule> rules;
  std::vector<TextLine> lines;
  std::vector<Image> images;
  std::vector<Link> links;
  std::vector<Note> notes;
  std::vector<Frame> children;

  // Copyfitting, for notes and the proof overlay.
  Length type_size = 0;       ///< the body size its text was set at
  Length layout_size = 0;     ///< the size the layout asked for
  int text_lines = 0;
  Length overflow = 0;        ///< how far its content runs past the page's content area
};

/// One page of the book.
struct Page {
  Length width = 0, height = 0;
  int number = 0;           ///< the printed page number
  bool blank = false;       ///< inserted so that a spread faces
  bool front = false;       ///< front matter (numbered in roman numerals, or not at all)
  std::string label;        ///< the page number as printed ("iii", "7"), "" when none
  Frame root;
};

/// An entry of the PDF's outline (bookmarks).
struct Bookmark {
  std::string title;
  std::size_t page = 0;  ///< index into the book's pages
  int level = 0;
};

/// A run of pages numbered in one style (the PDF's page labels).
struct PageLabels {
  std::size_t first_page = 0;  ///< index of its first page
  bool roman = false;          ///< i, ii, … rather than 1, 2, …
  int start = 1;
};

/// The whole book: its pages, and what the PDF adds to them.
struct BookPages {
  std::vector<Page> pages;
  Length bleed = 0;         ///< printed around the trim
  bool crop_marks = false;  ///< トンボ outside the bleed
  std::vector<Bookmark> bookmarks;
  std::vector<PageLabels> labels;
};

}  // namespace casebook
