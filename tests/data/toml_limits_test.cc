// The limits checked before toml++ parses a file: toml++ recurses once per
// part of a dotted key, so ~50,000 parts overflowed the stack (SIGSEGV).
// These tests go through parse_toml_file(), which every TOML file casebook
// reads passes through (records, taxonomy, casebook.toml, layouts).

#include "data/toml_limits.h"

#include <gtest/gtest.h>

#include "data/loaders.h"

namespace casebook {
namespace {

std::string dotted(int parts) {
  std::string key = "a";
  for (int i = 1; i < parts; ++i) key += ".a";
  return key;
}

std::string parse(const std::string& text, bool* parsed = nullptr) {
  const SourceFile file("x.toml", text);
  Diagnostics diags;
  const auto root = parse_toml_file(file, diags);
  if (parsed) *parsed = root.has_value();
  std::string out;
  for (const Diagnostic& d : diags.sorted()) out += format_diagnostic(d) + "\n";
  return out;
}

TEST(TomlLimits, RefusesATableHeaderOfFiftyThousandPartsBeforeParsing) {
  bool parsed = true;
  EXPECT_EQ(parse("x = 1\n[" + dotted(50000) + "]\n", &parsed),
            "x.toml:2:2: error: this dotted key has more than 32 parts, the most casebook reads\n"
            "    hint: casebook's keys nest at most 3 deep (e.g. [content] purpose); check the key\n");
  EXPECT_FALSE(parsed);
}

TEST(TomlLimits, RefusesADottedKeyOfFiftyThousandPartsBeforeParsing) {
  bool parsed = true;
  EXPECT_EQ(parse(dotted(50000) + " = 1\n", &parsed),
            "x.toml:1:1: error: this dotted key has more than 32 parts, the most casebook reads\n"
            "    hint: casebook's keys nest at most 3 deep (e.g. [content] purpose); check the key\n");
  EXPECT_FALSE(parsed);
}

TEST(TomlLimits, RefusesOnePartMoreThanTheLimitAndAcceptsTheLimit) {
  bool parsed = false;
  EXPECT_EQ(parse(dotted(kMaxKeyParts) + " = 1\n", &parsed), "");
  EXPECT_TRUE(parsed);
  EXPECT_NE(parse("[t]\n" + dotted(kMaxKeyParts + 1) + " = 1\n", &parsed), "");
  EXPECT_FALSE(parsed);
}

TEST(TomlLimits, RefusesAQuotedKeyLongerThanTheLimit) {
  bool parsed = true;
  EXPECT_EQ(parse("ok = 1\nt.\"" + std::string(300, 'k') + "\" = 1\n", &parsed),
            "x.toml:2:3: error: this key is 300 bytes long; the most casebook reads is 256\n"
            "    hint: casebook's keys are short words such as 'purpose'; check the key\n");
  EXPECT_FALSE(parsed);
}

TEST(TomlLimits, CountsNoDotsInsideStringsCommentsOrValues) {
  const std::string many_dots = dotted(100);
  const std::string text = "# " + many_dots + "\n" +
                           "a = \"" + many_dots + "\"\n" +
                           "b = '" + many_dots + "'\n" +
                           "c = \"\"\"\n" + many_dots + "\n\"q\" . \"r\"\n\"\"\"\n" +
                           "d = '''" + many_dots + "''''\n" +
                           "e = [1.5, 2.5, 1979-05-27T07:32:00.999999-07:00]  # " + many_dots + "\n" +
                           "f = \"\\\"" + many_dots + "\"\n" +
                           "long = \"" + std::string(1000, 'v') + "\"\n" +
                           "[t . \"u.v\" . w]\n" +
                           "x = { y.z = 1 }\n";
  bool parsed = false;
  EXPECT_EQ(parse(text, &parsed), "");
  EXPECT_TRUE(parsed);
}

}  // namespace
}  // namespace casebook
