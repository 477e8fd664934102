#pragma once

// The book's logical structure for the tagged web edition (PDF 32000-1
// 14.7, 14.8; ISO 14289-1 PDF/UA-1 7.1–7.10): which structure element each
// frame's content belongs to, in reading order. A pure function of the
// frame tree: the PDF stage writes what this says and decides nothing.
//
// A frame that no element claims is page furniture — folios, running
// heads, rules, fills, crop marks, placeholder frames — and the PDF writes
// it as an artifact (14.8.2.2).

#include <cstdint>
#include <string>
#include <vector>

#include "layout/frame.h"

namespace casebook {

/// The standard structure types casebook uses (PDF 32000-1 14.8.4, names
/// as the PDF writes them).
enum class StructRole : std::uint8_t {
  Document, Sect, H1, H2, P, L, LI, LBody, Table, TR, TH, TD, Figure, Caption, TOC, TOCI, Link,
};

/// The role's standard structure type name: "TD".
const char* struct_role_name(StructRole role);

/// What a table header cell heads (the Table attribute /Scope, 14.8.5.7).
enum class HeaderScope : std::uint8_t { none, row, column };

/// How a frame kind takes part in the structure, whatever its place.
enum class KindRole : std::uint8_t {
  artifact,   ///< furniture: no element, the PDF marks it /Artifact
  group,      ///< no element of its own: its children take part
  section,    ///< a front-matter page's Sect (the cover, はじめに, …)
  heading,    ///< H1 on a front page, H2 in an organization's record
  paragraph,  ///< P
  table,      ///< a Table of its cells, in rows by their top edge
  toc,        ///< the contents: a TOC of TOCI, one per row
  figure,     ///< a photo: Figure with /Alt, its caption a Caption
  cell,       ///< a cell of a table (TD, or TH by header_scope_of)
};

/// The table of frame kinds → their part in the structure.
KindRole kind_role(FrameKind kind);

/// A table cell's scope: labels of the forms head their row; the grids'
/// categories and the contents' and mapping's column heads their columns.
/// none: a data cell (TD).
HeaderScope header_scope_of(FrameKind kind);

/// Lines [begin, end) of a frame's text.
struct FrameLines {
  const Frame* frame = nullptr;
  std::size_t begin = 0, end = 0;
};

/// One structure element: its type, attributes and children, and the
/// frames whose marked content (text lines, images) it holds, in that
/// order after its child elements; or, for a cell's paragraphs and list
/// items, runs of a frame's lines.
struct StructElement {
  StructRole role = StructRole::Document;
  HeaderScope scope = HeaderScope::none;  ///< TH only
  int row_span = 1, col_span = 1;         ///< TH, TD (14.8.5.7)
  std::string alt;                        ///< /Alt (Figure)
  std::string actual_text;                ///< /ActualText: what a mark says in words
  const Link* link = nullptr;             ///< a Link element's page link (the contents' entries)
  std::vector<const Frame*> frames;
  std::vector<FrameLines> lines;
  std::vector<StructElement> kids;
};

/// The structure of the whole book: a Document holding, in page order,
/// a Sect per front-matter part (the cover, はじめに, 集計, the contents
/// as a TOC, the mapping as a Table) and a Sect per organization (from the
/// page that holds its header to the next), each with its heading, tables
/// and figures in the order the frames read.
StructElement structure_of(const BookPages& book);

}  // namespace casebook
