#pragma once

// A proof of data with errors: each record that could not be set gets a
// page listing its errors where its spread would stand, so the proofreader
// sees the rest of the book set and what to fix in the missing record.

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "layout/context.h"
#include "layout/frame.h"

namespace casebook {

/// A record file with data errors, and the errors.
struct UnsetRecord {
  std::string file;    ///< the record's path as the loader named it (data/orgs/02.toml)
  std::string number;  ///< its file name's stem, "02"
  std::vector<Diagnostic> errors;
};

/// The records among `record_files` that `diags` has errors in, in file
/// order, each with its errors.
std::vector<UnsetRecord> unset_records(const std::vector<std::string>& record_files, const Diagnostics& diags);

/// Puts a page listing each record's errors (heading, then one
/// `file:line:col: message` per error, in the layout's body face) followed
/// by a blank page — so that the spreads after it still face — where the
/// record's spread would be: after the pages set from records whose files
/// sort before it. Links, bookmarks and page-label ranges after it move
/// with their pages. Errors beyond what one page holds are counted in a
/// last line.
void insert_error_pages(BookPages& book, const std::vector<UnsetRecord>& unset, const LayoutContext& ctx);

}  // namespace casebook
