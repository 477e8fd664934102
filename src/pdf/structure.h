#pragma once

// The tagged PDF's logical structure (PDF 32000-1:2008 14.7, 14.8): the
// structure tree the layout's StructElement describes, the marked-content
// operators that tie page content to it, and the parent tree that ties it
// back. Names follow the PDF objects written.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "layout/roles.h"
#include "pdf/document.h"

namespace casebook::pdf {

/// A structure tree being filled while the pages are written: each frame
/// an element holds gets marked-content sequences with MCIDs, each link
/// annotation an object reference; write_struct_tree_root() then writes
/// the elements, the /ParentTree and the catalog's entries.
class StructureTree {
 public:
  explicit StructureTree(const StructElement& root);

  /// The element that holds the marked content of `f`; none: its content
  /// is an artifact.
  std::optional<std::size_t> element_of(const Frame& f) const;
  /// The element that holds line `line` of `f` (a cell's paragraph or
  /// list item, else f's element); none: an artifact.
  std::optional<std::size_t> element_of(const Frame& f, std::size_t line) const;

  /// The operator that opens the next marked-content sequence on page
  /// `page` (0-based) and gives its MCID to `element` (14.7.4.2):
  /// "/TD <</MCID 3>> BDC\n", tagged `tag` (default: the element's type)
  /// with `properties` added to the property list (an /ActualText). The
  /// caller closes it with EMC.
  std::string begin_marked_content(std::size_t element, std::size_t page, const std::string& tag = "",
                                   const std::string& properties = "");

  /// A new Link element (14.8.4.4.2) inside `parent`, after its kids so
  /// far: for a line of text that holds a URL.
  std::size_t add_link_element(std::size_t parent);

  /// The Link element that holds the layout's page link `l` (a contents
  /// entry), if the structure has one.
  std::optional<std::size_t> link_element(const Link& l) const;

  /// Puts `annotation` on page `page` (0-based) into Link element `link` by an object
  /// reference (/OBJR, 14.7.4.3) and gives it its /StructParent.
  void add_link_annotation(std::size_t link, HPDF_Annotation annotation, std::size_t page);

  /// Writes every element, the /StructTreeRoot with its /ParentTree
  /// (14.7.4.4), each page's /StructParents and /Tabs /S, and the
  /// catalog's /MarkInfo <</Marked true>> (14.7.1).
  void write_struct_tree_root(Document& doc, const std::vector<HPDF_Page>& pages);

 private:
  struct Kid {
    enum class Type { element, mcid, annotation } type = Type::element;
    std::size_t index = 0;  ///< element: its node; mcid: the MCID
    std::size_t page = 0;
    HPDF_Annotation annotation = nullptr;
  };
  struct Node {
    const StructElement* source = nullptr;
    StructRole role = StructRole::Document;
    std::size_t parent = 0;
    std::vector<Kid> kids;
    HPDF_Dict dict = nullptr;
  };

  std::size_t add(const StructElement& e, std::size_t parent);

  std::vector<Node> nodes_;
  std::unordered_map<const Frame*, std::size_t> owner_;
  std::map<std::pair<const Frame*, std::size_t>, std::size_t> line_owner_;
  std::unordered_map<const Link*, std::size_t> links_;
  std::vector<std::vector<std::size_t>> page_mcids_;  ///< per page, the node of each MCID
  std::vector<std::pair<std::size_t, HPDF_Annotation>> annotations_;  ///< node, in /StructParent order
};

}  // namespace casebook::pdf
