#pragma once

#include <string>

#include "base/i18n.h"

namespace casebook::cli {

/// "1 error", "2 errors", "0 errors" — or, in Japanese, 「エラー 1 件」: a
/// count with its noun in the number the language wants (ngettext). Every
/// summary line of the commands counts through this, so none says
/// "1 errors" or "1 organizations".
inline std::string count_of(long long n, const std::string& noun) {
  if (noun == "error") return trn("{0} error", "{0} errors", n);
  if (noun == "warning") return trn("{0} warning", "{0} warnings", n);
  if (noun == "note") return trn("{0} note", "{0} notes", n);
  if (noun == "organization") return trn("{0} organization", "{0} organizations", n);
  if (noun == "page") return trn("{0} page", "{0} pages", n);
  if (noun == "booklet") return trn("{0} booklet", "{0} booklets", n);
  if (noun == "job") return trn("{0} job", "{0} jobs", n);
  if (noun == "line") return trn("{0} line", "{0} lines", n);
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

}  // namespace casebook::cli
