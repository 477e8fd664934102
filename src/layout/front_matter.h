#pragma once

#include <string>
#include <vector>

#include "data/model.h"
#include "layout/context.h"
#include "layout/frame.h"

namespace casebook {

/// Where each organization's spread starts: its page's index in the book
/// and its printed number.
struct SpreadStart {
  const Organization* org = nullptr;
  std::size_t page_index = 0;
  std::string page_label;
};

/// One section of the front matter: its pages and its outline title.
struct FrontSection {
  std::string title;
  std::vector<Page> pages;
};

/// The cover: title, `subset` (a booklet's selection, "" for the whole
/// book), the scope statement when `orgs` are fewer than the report
/// holds, the editor, the note on the source report.
FrontSection layout_cover(const LayoutContext& ctx, const Casebook& data, const std::string& subset,
                          const std::vector<const Organization*>& orgs);
FrontSection layout_preface(const LayoutContext& ctx, const Casebook& data);
/// 取組の種類と対象: for every item and target, how many of `orgs` have it
/// as their ★.
FrontSection layout_counts(const LayoutContext& ctx, const Casebook& data, const std::vector<const Organization*>& orgs);
/// 目次: number, 団体名, 取組地域, page, each row a link to its spread.
FrontSection layout_contents(const LayoutContext& ctx, const Casebook& data, const std::vector<SpreadStart>& spreads);
/// 全体マッピング: rows the ★ targets, columns the five categories, each
/// cell the organizations with that ★ target and a ★ item of that category
/// (layout/mapping.cc). Flows over as many pages as it needs, its header
/// row on each; a target split at a page's foot goes on overleaf under its
/// name and the layout's `labels.continued`.
FrontSection layout_mapping(const LayoutContext& ctx, const Casebook& data, const std::vector<const Organization*>& orgs);

/// Numbers as a range list: two digits each, a run of three or more as
/// first, `range_mark`, last, the rest one by one, all joined by
/// `list_mark` ({1,2,3,4,5,9,12} → "01〜05、09、12").
std::string number_list(const std::vector<int>& numbers, const std::string& range_mark, const std::string& list_mark);

/// `statement` of the data's [report] filled in for `orgs` ({numbers},
/// {count}, {total}); "" when the data names no report or `orgs` are all
/// the organizations it holds: a book says what part of the report it is
/// only when it is a part.
std::string scope_statement(const std::optional<ReportScope>& report, const Text& statement,
                            const std::vector<const Organization*>& orgs);

/// A fresh front-matter page whose root frame is the content area.
Page new_front_page(const LayoutContext& ctx, FrameKind kind);
/// Places a section heading at the top of `page`; returns the y below it.
Length add_front_heading(const LayoutContext& ctx, Page& page, const std::string& text);

/// How many of `orgs` have each activity item / target as their ★.
std::vector<int> primary_item_counts(const Taxonomy& taxonomy, const std::vector<const Organization*>& orgs);
std::vector<int> primary_target_counts(const Taxonomy& taxonomy, const std::vector<const Organization*>& orgs);

}  // namespace casebook
