// Diagnostics quote the user's data; printed raw, a value could drive the
// terminal (escape sequences) or disguise the message (bidi controls).

#include <gtest/gtest.h>

#include "base/diagnostic.h"

namespace casebook {
namespace {

TEST(DiagnosticEscape, C0ControlsAndDeleteAreShownAsHexEscapes) {
  EXPECT_EQ(escape_controls("a\x1b]0;title\x07z"), "a\\x1b]0;title\\x07z");
  EXPECT_EQ(escape_controls("\x1b[2J\x7f\r\n"), "\\x1b[2J\\x7f\\x0d\\x0a");
}

TEST(DiagnosticEscape, C1AndBidiControlsAreShownAsCodePoints) {
  EXPECT_EQ(escape_controls("x\xc2\x9b" "2Jy"), "x\\u009b2Jy");          // CSI
  EXPECT_EQ(escape_controls("abc\xe2\x80\xae" "fed"), "abc\\u202efed");  // RIGHT-TO-LEFT OVERRIDE
  EXPECT_EQ(escape_controls("\xe2\x81\xa6"), "\\u2066");                 // LEFT-TO-RIGHT ISOLATE
}

TEST(DiagnosticEscape, JapaneseTextTabsAndPrintableAsciiAreKept) {
  EXPECT_EQ(escape_controls("宮城県\t'取組' ★☆ 𠮟"), "宮城県\t'取組' ★☆ 𠮟");
}

TEST(DiagnosticEscape, BytesThatAreNotUtf8AreShownAsHex) {
  EXPECT_EQ(escape_controls("a\xff" "b\xe3\x81"), "a\\xffb\\xe3\\x81");
}

TEST(DiagnosticEscape, FormattingEscapesTheFileTheMessageAndTheHints) {
  const Diagnostic d{Severity::error, {"orgs/\x1b.toml", 3, 1}, "unknown key 'ti\x1b[2Jtle'", {"did you mean '\x07'?"}, {}};
  EXPECT_EQ(format_diagnostic(d), "orgs/\\x1b.toml:3:1: error: unknown key 'ti\\x1b[2Jtle'\n    hint: did you mean '\\x07'?");
}

}  // namespace
}  // namespace casebook
