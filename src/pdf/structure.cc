#include "pdf/structure.h"

#include "pdf/embedded_font.h"

namespace casebook::pdf {

namespace {

/// `text` as a PDF text string in UTF-16BE after its byte order mark
/// (7.9.2.2), so that any character survives.
HPDF_Binary text_string(Document& doc, const std::string& text, const char* what) {
  const std::string hex = "FEFF" + utf16_hex(text);
  std::vector<HPDF_BYTE> bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes.push_back(static_cast<HPDF_BYTE>(std::stoul(hex.substr(i, 2), nullptr, 16)));
  }
  return checked(HPDF_Binary_New(doc.mmgr(), bytes.data(), static_cast<HPDF_UINT>(bytes.size())), what);
}

const char* scope_name(HeaderScope scope) { return scope == HeaderScope::row ? "Row" : "Column"; }

}  // namespace

StructureTree::StructureTree(const StructElement& root) {
  nodes_.reserve(1024);
  add(root, 0);
}

std::size_t StructureTree::add(const StructElement& e, std::size_t parent) {
  const std::size_t index = nodes_.size();
  nodes_.push_back(Node{&e, e.role, parent, {}, nullptr});
  for (const Frame* f : e.frames) owner_[f] = index;
  for (const FrameLines& l : e.lines) {
    for (std::size_t i = l.begin; i < l.end; ++i) line_owner_[{l.frame, i}] = index;
  }
  if (e.link) links_[e.link] = index;
  for (const StructElement& k : e.kids) {
    const std::size_t kid = add(k, index);
    nodes_[index].kids.push_back(Kid{Kid::Type::element, kid, 0, nullptr});
  }
  return index;
}

std::optional<std::size_t> StructureTree::element_of(const Frame& f) const {
  const auto it = owner_.find(&f);
  if (it == owner_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::size_t> StructureTree::element_of(const Frame& f, std::size_t line) const {
  if (const auto it = line_owner_.find({&f, line}); it != line_owner_.end()) return it->second;
  return element_of(f);
}

std::string StructureTree::begin_marked_content(std::size_t element, std::size_t page, const std::string& tag,
                                                const std::string& properties) {
  if (page_mcids_.size() <= page) page_mcids_.resize(page + 1);
  const std::size_t mcid = page_mcids_[page].size();
  page_mcids_[page].push_back(element);
  nodes_.at(element).kids.push_back(Kid{Kid::Type::mcid, mcid, page, nullptr});
  return "/" + (tag.empty() ? std::string(struct_role_name(nodes_[element].role)) : tag) + " <</MCID " +
         std::to_string(mcid) + (properties.empty() ? "" : " " + properties) + ">> BDC\n";
}

std::size_t StructureTree::add_link_element(std::size_t parent) {
  const std::size_t link = nodes_.size();
  nodes_.push_back(Node{nullptr, StructRole::Link, parent, {}, nullptr});
  nodes_.at(parent).kids.push_back(Kid{Kid::Type::element, link, 0, nullptr});
  return link;
}

std::optional<std::size_t> StructureTree::link_element(const Link& l) const {
  const auto it = links_.find(&l);
  if (it == links_.end()) return std::nullopt;
  return it->second;
}

void StructureTree::add_link_annotation(std::size_t link, HPDF_Annotation annotation, std::size_t page) {
  nodes_.at(link).kids.push_back(Kid{Kid::Type::annotation, 0, page, annotation});
  annotations_.emplace_back(link, annotation);
}

void StructureTree::write_struct_tree_root(Document& doc, const std::vector<HPDF_Page>& pages) {
  const char* what = "writing the structure tree";
  HPDF_Dict root = doc.new_dict();
  check(HPDF_Dict_AddName(root, "Type", "StructTreeRoot"), what);
  for (Node& n : nodes_) n.dict = doc.new_dict();

  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    Node& n = nodes_[i];
    HPDF_Dict d = n.dict;
    check(HPDF_Dict_AddName(d, "Type", "StructElem"), what);
    check(HPDF_Dict_AddName(d, "S", struct_role_name(n.role)), what);
    check(HPDF_Dict_Add(d, "P", i == 0 ? root : nodes_[n.parent].dict), what);
    // /Pg: the page of its first marked content; a kid on another page
    // names its own page in a marked-content reference (14.7.4.3).
    std::optional<std::size_t> pg;
    for (const Kid& k : n.kids) {
      if (k.type != Kid::Type::element) {
        pg = k.page;
        break;
      }
    }
    if (pg) check(HPDF_Dict_Add(d, "Pg", pages.at(*pg)), what);
    if (!n.kids.empty()) {
      HPDF_Array kids = checked(HPDF_Array_New(doc.mmgr()), what);
      for (const Kid& k : n.kids) {
        switch (k.type) {
          case Kid::Type::element:
            check(HPDF_Array_Add(kids, nodes_[k.index].dict), what);
            break;
          case Kid::Type::mcid:
            if (k.page == *pg) {
              check(HPDF_Array_AddNumber(kids, static_cast<HPDF_INT32>(k.index)), what);
            } else {
              HPDF_Dict mcr = checked(HPDF_Dict_New(doc.mmgr()), what);
              check(HPDF_Dict_AddName(mcr, "Type", "MCR"), what);
              check(HPDF_Dict_Add(mcr, "Pg", pages.at(k.page)), what);
              check(HPDF_Dict_AddNumber(mcr, "MCID", static_cast<HPDF_INT32>(k.index)), what);
              check(HPDF_Array_Add(kids, mcr), what);
            }
            break;
          case Kid::Type::annotation: {
            HPDF_Dict objr = checked(HPDF_Dict_New(doc.mmgr()), what);
            check(HPDF_Dict_AddName(objr, "Type", "OBJR"), what);
            check(HPDF_Dict_Add(objr, "Pg", pages.at(k.page)), what);
            check(HPDF_Dict_Add(objr, "Obj", k.annotation), what);
            check(HPDF_Array_Add(kids, objr), what);
            break;
          }
        }
      }
      check(HPDF_Dict_Add(d, "K", kids), what);
    }
    if (const StructElement* e = n.source) {
      if (!e->alt.empty()) check(HPDF_Dict_Add(d, "Alt", text_string(doc, e->alt, what)), what);
      if (!e->actual_text.empty()) check(HPDF_Dict_Add(d, "ActualText", text_string(doc, e->actual_text, what)), what);
      // Table attributes (14.8.5.7): a header cell's scope, a cell's spans.
      const bool header = e->role == StructRole::TH && e->scope != HeaderScope::none;
      if (header || e->row_span > 1 || e->col_span > 1) {
        HPDF_Dict a = checked(HPDF_Dict_New(doc.mmgr()), what);
        check(HPDF_Dict_AddName(a, "O", "Table"), what);
        if (header) check(HPDF_Dict_AddName(a, "Scope", scope_name(e->scope)), what);
        if (e->row_span > 1) check(HPDF_Dict_AddNumber(a, "RowSpan", e->row_span), what);
        if (e->col_span > 1) check(HPDF_Dict_AddNumber(a, "ColSpan", e->col_span), what);
        check(HPDF_Dict_Add(d, "A", a), what);
      }
    }
  }
  check(HPDF_Dict_Add(root, "K", nodes_.front().dict), what);

  // The parent tree (14.7.4.4): key i is page i's /StructParents, an
  // array of the element of each of its MCIDs; after the pages, one key
  // per link annotation's /StructParent, its Link element.
  HPDF_Dict parent_tree = doc.new_dict();
  HPDF_Array nums = checked(HPDF_Array_New(doc.mmgr()), what);
  HPDF_INT32 key = 0;
  for (std::size_t p = 0; p < pages.size(); ++p, ++key) {
    check(HPDF_Dict_AddNumber(pages[p], "StructParents", key), what);
    // Annotations are visited in the structure's order (ISO 14289-1 7.18.3).
    check(HPDF_Dict_AddName(pages[p], "Tabs", "S"), what);
    HPDF_Array marked = checked(HPDF_Array_New(doc.mmgr()), what);
    if (p < page_mcids_.size()) {
      for (const std::size_t node : page_mcids_[p]) check(HPDF_Array_Add(marked, nodes_[node].dict), what);
    }
    check(HPDF_Array_AddNumber(nums, key), what);
    check(HPDF_Array_Add(nums, marked), what);
  }
  for (const auto& [node, annotation] : annotations_) {
    check(HPDF_Dict_AddNumber(annotation, "StructParent", key), what);
    check(HPDF_Array_AddNumber(nums, key), what);
    check(HPDF_Array_Add(nums, nodes_[node].dict), what);
    ++key;
  }
  check(HPDF_Dict_Add(parent_tree, "Nums", nums), what);
  check(HPDF_Dict_Add(root, "ParentTree", parent_tree), what);
  check(HPDF_Dict_AddNumber(root, "ParentTreeNextKey", key), what);

  HPDF_Dict catalog = doc.doc()->catalog;
  check(HPDF_Dict_Add(catalog, "StructTreeRoot", root), what);
  HPDF_Dict mark_info = checked(HPDF_Dict_New(doc.mmgr()), what);
  check(HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE), what);
  check(HPDF_Dict_Add(catalog, "MarkInfo", mark_info), what);
  // Structure trees and MarkInfo are PDF 1.3; /Tabs is PDF 1.5.
  doc.require_version(HPDF_VER_15);
}

}  // namespace casebook::pdf
