// casebook proof on data whose findings quote text the proof's own caption
// face cannot set: the overlay's notes then report problems of their own,
// which must not land in the list of findings being walked.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "../support/process.h"
#include "proof/overlay.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using testing_support::casebook;
using testing_support::slurp;

TEST(ProofCommand, SetsNotesQuotingCharactersMissingFromTheFaces) {
  const fs::path root = fs::temp_directory_path() / ("casebook-proof-emoji-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  fs::copy(fs::path(CASEBOOK_SOURCE_DIR) / "tests/fixtures/base", root / "data", fs::copy_options::recursive);
  // An emoji in both names: each is a finding whose message quotes it, and
  // each note quoting it is set in a face without it.
  std::string record = slurp(root / "data/orgs/01.toml");
  for (std::size_t at = 0; (at = record.find("\"テスト団体\"", at)) != std::string::npos;) {
    record.replace(at, std::string("\"テスト団体\"").size(), "\"テスト団体😀\"");
  }
  std::ofstream(root / "data/orgs/01.toml", std::ios::binary) << record;

  int status = 0;
  const std::string log =
      casebook("proof '" + (root / "data").string() + "' -o '" + (root / "proof.pdf").string() + "'", &status);
  EXPECT_EQ(status, 1) << log;  // the data's error, not a signal
  EXPECT_NE(log.find("orgs/01.toml:39:13: error: character U+1F600"), std::string::npos) << log;
  EXPECT_NE(log.find("marked on the pages"), std::string::npos) << log;
  EXPECT_TRUE(fs::exists(root / "proof.pdf"));
  fs::remove_all(root);
}

// Notes in a margin: three findings at one spot stack down without
// overlapping; notes wanted past the foot move up onto the page.
TEST(StackNotes, FindingsAtOneSpotStackWithoutOverlap) {
  const std::vector<Length> tops = stack_notes({pt(100), pt(100), pt(100)}, {pt(10), pt(20), pt(10)}, 0, pt(800), pt(2));
  EXPECT_EQ(tops, (std::vector<Length>{pt(100), pt(112), pt(134)}));
}

TEST(StackNotes, NotesPastTheFootMoveUpOntoThePage) {
  // Wanted at 790 and 795 on an 800 pt page: 10 pt each, 2 pt apart, the
  // last ends at the foot and the first sits 12 pt above it.
  const std::vector<Length> tops = stack_notes({pt(50), pt(790), pt(795)}, {pt(10), pt(10), pt(10)}, 0, pt(800), pt(2));
  EXPECT_EQ(tops, (std::vector<Length>{pt(50), pt(778), pt(790)}));
}

}  // namespace
}  // namespace casebook
