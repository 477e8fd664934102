// The book's logical structure as structure_of() builds it from frames:
// records in sections, a table's cells in rows by their top edges with
// their spans and header scopes, the name as a heading, a photo as a
// Figure with its caption for /Alt, page furniture in no element.

#include <functional>

#include <gtest/gtest.h>

#include "layout/roles.h"

namespace casebook {
namespace {

Frame frame(FrameKind kind, Length x, Length y, Length w, Length h) {
  Frame f;
  f.kind = kind;
  f.rect = Rect{x, y, w, h};
  return f;
}

/// A record's first page: a header (number cell spanning two rows, two
/// label/value rows), a footer, and a photo with a caption.
Page record_page() {
  Page p;
  p.root.kind = FrameKind::page;
  Frame header = frame(FrameKind::header, 0, 0, 100, 20);
  header.children.push_back(frame(FrameKind::header_number, 0, 0, 10, 20));
  Frame rows = frame(FrameKind::header_rows, 10, 0, 90, 20);
  rows.children.push_back(frame(FrameKind::header_label, 10, 0, 20, 10));
  rows.children.push_back(frame(FrameKind::header_name, 30, 0, 70, 10));
  rows.children.push_back(frame(FrameKind::header_label, 10, 10, 20, 10));
  rows.children.push_back(frame(FrameKind::header_region, 30, 10, 70, 10));
  header.children.push_back(std::move(rows));
  p.root.children.push_back(std::move(header));
  Frame photos = frame(FrameKind::photos, 0, 30, 100, 50);
  photos.children.push_back(frame(FrameKind::heading, 0, 30, 100, 5));
  Frame photo = frame(FrameKind::photos_photo, 0, 35, 50, 45);
  photo.alt = "畑で収穫する参加者";
  photo.children.push_back(frame(FrameKind::photos_caption, 0, 75, 50, 5));
  photos.children.push_back(std::move(photo));
  p.root.children.push_back(std::move(photos));
  p.root.children.push_back(frame(FrameKind::footer, 0, 90, 100, 5));
  return p;
}

TEST(Roles, EachRecordIsASectionWhosePagesFollowItsHeader) {
  BookPages book;
  book.pages = {record_page(), record_page()};
  Page second_page = record_page();
  second_page.root.children.erase(second_page.root.children.begin());  // no header: the record goes on
  book.pages.push_back(second_page);
  const StructElement doc = structure_of(book);
  EXPECT_EQ(doc.role, StructRole::Document);
  ASSERT_EQ(doc.kids.size(), 2u);
  EXPECT_EQ(doc.kids[0].kids.size(), 3u);  // Table, H2, Figure
  EXPECT_EQ(doc.kids[1].kids.size(), 5u);  // and H2, Figure of the page that continues it
}

TEST(Roles, TheHeaderIsATableInRowsWithItsNumberSpanningThemAndTheNameAHeading) {
  BookPages book;
  book.pages = {record_page()};
  const StructElement doc = structure_of(book);
  const StructElement& table = doc.kids.at(0).kids.at(0);
  ASSERT_EQ(table.role, StructRole::Table);
  ASSERT_EQ(table.kids.size(), 2u);
  const StructElement& first = table.kids[0];
  ASSERT_EQ(first.kids.size(), 3u);  // number, label, name
  EXPECT_EQ(first.kids[0].role, StructRole::TD);
  EXPECT_EQ(first.kids[0].row_span, 2);
  EXPECT_EQ(first.kids[1].role, StructRole::TH);
  EXPECT_EQ(first.kids[1].scope, HeaderScope::row);
  EXPECT_EQ(first.kids[2].role, StructRole::TD);
  ASSERT_EQ(first.kids[2].kids.size(), 1u);
  EXPECT_EQ(first.kids[2].kids[0].role, StructRole::H1);
  const StructElement& second = table.kids[1];
  ASSERT_EQ(second.kids.size(), 2u);  // label, region: the number cell is in the first row only
  EXPECT_EQ(second.kids[0].role, StructRole::TH);
  EXPECT_EQ(second.kids[1].frames.at(0)->kind, FrameKind::header_region);
}

TEST(Roles, APhotoIsAFigureWithItsCaptionForAltAndTheFooterIsInNoElement) {
  BookPages book;
  book.pages = {record_page()};
  const StructElement doc = structure_of(book);
  const StructElement& sect = doc.kids.at(0);
  EXPECT_EQ(sect.kids.at(1).role, StructRole::H2);
  const StructElement& figure = sect.kids.at(2);
  EXPECT_EQ(figure.role, StructRole::Figure);
  EXPECT_EQ(figure.alt, "畑で収穫する参加者");
  ASSERT_EQ(figure.kids.size(), 1u);
  EXPECT_EQ(figure.kids[0].role, StructRole::Caption);
  // No element holds the footer's frame: the PDF marks it an artifact.
  std::function<void(const StructElement&)> walk = [&](const StructElement& e) {
    for (const Frame* f : e.frames) EXPECT_NE(f->kind, FrameKind::footer);
    for (const StructElement& k : e.kids) walk(k);
  };
  walk(doc);
  EXPECT_EQ(kind_role(FrameKind::footer), KindRole::artifact);
  EXPECT_EQ(kind_role(FrameKind::running_head), KindRole::artifact);
}

TEST(Roles, AGridsCategoryRowHeadsAllItsColumns) {
  Frame grid = frame(FrameKind::activities_grid, 0, 0, 100, 20);
  grid.children.push_back(frame(FrameKind::activities_category, 0, 0, 100, 10));
  grid.children.push_back(frame(FrameKind::activities_mark, 0, 10, 10, 10));
  Frame mark = frame(FrameKind::activities_mark, 50, 10, 10, 10);
  grid.children.push_back(frame(FrameKind::activities_item, 10, 10, 40, 10));
  mark.alt = "主となる";
  mark.lines.push_back(TextLine{});
  grid.children.push_back(mark);
  grid.children.push_back(frame(FrameKind::activities_item, 60, 10, 40, 10));
  Page p;
  p.root.kind = FrameKind::page;
  p.root.children.push_back(grid);
  BookPages book;
  book.pages = {p};
  const StructElement doc = structure_of(book);
  const StructElement& table = doc.kids.at(0).kids.at(0);
  ASSERT_EQ(table.kids.size(), 2u);
  const StructElement& category = table.kids[0].kids.at(0);
  EXPECT_EQ(category.role, StructRole::TH);
  EXPECT_EQ(category.scope, HeaderScope::column);
  EXPECT_EQ(category.col_span, 4);
  ASSERT_EQ(table.kids[1].kids.size(), 4u);
  EXPECT_EQ(table.kids[1].kids[0].actual_text, "");  // an unmarked item's cell says nothing
  EXPECT_EQ(table.kids[1].kids[2].actual_text, "主となる");
}

TEST(Roles, ACellsListItemsAreAnLOfLIBetweenItsParagraphs) {
  // 内容: a paragraph of two lines, two items (・ and its text), a paragraph.
  Frame cell = frame(FrameKind::content_description, 0, 0, 100, 60);
  auto line = [&](int block, bool marker) {
    TextLine l;
    l.source = Span{"05.toml", block, 1};
    l.marker = marker;
    cell.lines.push_back(l);
  };
  line(1, false), line(1, false);
  line(2, true), line(2, false), line(2, false);
  line(3, true), line(3, false);
  line(4, false);
  Frame table = frame(FrameKind::content_table, 0, 0, 100, 60);
  table.children.push_back(frame(FrameKind::content_label, 0, 0, 10, 60));
  cell.rect.x = 10;
  table.children.push_back(cell);
  Page p;
  p.root.kind = FrameKind::page;
  p.root.children.push_back(table);
  BookPages book;
  book.pages = {p};
  const StructElement doc = structure_of(book);
  const StructElement& td = doc.kids.at(0).kids.at(0).kids.at(0).kids.at(1);
  ASSERT_EQ(td.role, StructRole::TD);
  EXPECT_TRUE(td.frames.empty());
  ASSERT_EQ(td.kids.size(), 3u);
  EXPECT_EQ(td.kids[0].role, StructRole::P);
  EXPECT_EQ(td.kids[0].lines.at(0).end, 2u);
  const StructElement& list = td.kids[1];
  ASSERT_EQ(list.role, StructRole::L);
  ASSERT_EQ(list.kids.size(), 2u);
  const StructElement& body = list.kids[0].kids.at(0);
  EXPECT_EQ(body.role, StructRole::LBody);
  EXPECT_EQ(body.lines.at(0).begin, 2u);
  EXPECT_EQ(body.lines.at(0).end, 5u);
  EXPECT_EQ(list.kids[1].kids.at(0).lines.at(0).begin, 5u);
  EXPECT_EQ(td.kids[2].role, StructRole::P);
  EXPECT_EQ(td.kids[2].lines.at(0).begin, 7u);
}

}  // namespace
}  // namespace casebook
