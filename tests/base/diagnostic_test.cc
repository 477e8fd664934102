#include "base/diagnostic.h"

#include <sstream>

#include <gtest/gtest.h>

namespace casebook {
namespace {

TEST(Diagnostic, FormatsLikeACompiler) {
  Diagnostic d{Severity::error, {"data/orgs/05.toml", 12, 10}, "unknown key 'purpse'", {"did you mean 'purpose'?"}, {}};
  EXPECT_EQ(format_diagnostic(d),
            "data/orgs/05.toml:12:10: error: unknown key 'purpse'\n"
            "    hint: did you mean 'purpose'?");
}

TEST(Diagnostic, AFileWithoutALineHasNoNumbers) {
  Diagnostic d{Severity::warning, {"data/orgs", 0, 0}, "empty", {}, {}};
  EXPECT_EQ(format_diagnostic(d), "data/orgs: warning: empty");
}

TEST(Diagnostic, PrintsSortedByFileLineColumnKeepingTies) {
  Diagnostics diags;
  diags.error({"b.toml", 1, 1}, "third");
  diags.error({"a.toml", 9, 1}, "second");
  diags.note({"a.toml", 2, 5}, "first");
  diags.error({"b.toml", 1, 1}, "fourth");
  std::ostringstream out;
  print_diagnostics(out, diags);
  EXPECT_EQ(out.str(),
            "a.toml:2:5: note: first\n"
            "a.toml:9:1: error: second\n"
            "b.toml:1:1: error: third\n"
            "b.toml:1:1: error: fourth\n");
  EXPECT_EQ(diags.count(Severity::error), 3);
  EXPECT_TRUE(diags.has_errors());
}

}  // namespace
}  // namespace casebook
