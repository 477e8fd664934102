// casebook booklets sets its booklets on several threads at once; each
// thread's work must not disturb another's (run under ThreadSanitizer in
// CI, see CASEBOOK_TSAN).

#include <unistd.h>

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "../support/process.h"

namespace {

namespace fs = std::filesystem;
using casebook::testing_support::casebook;
using casebook::testing_support::slurp;

TEST(Booklets, SetInParallelTheyAreTheSameBytesAsSetOneAtATime) {
  const fs::path root = fs::temp_directory_path() / ("casebook-booklets-" + std::to_string(::getpid()));
  fs::remove_all(root);
  int status = 0;
  std::string log = casebook("booklets data -o '" + (root / "serial").string() + "' --jobs 1", &status);
  ASSERT_EQ(status, 0) << log;
  log = casebook("booklets data -o '" + (root / "parallel").string() + "' --jobs 4", &status);
  ASSERT_EQ(status, 0) << log;
  EXPECT_NE(log.find("0 failed"), std::string::npos) << log;

  int booklets = 0;
  for (const fs::directory_entry& e : fs::directory_iterator(root / "serial")) {
    ++booklets;
    const fs::path twin = root / "parallel" / e.path().filename();
    ASSERT_TRUE(fs::exists(twin)) << twin;
    EXPECT_TRUE(slurp(e.path()) == slurp(twin)) << e.path().filename() << " differs when set in parallel";
  }
  EXPECT_GE(booklets, 4) << "the shipped data has enough prefectures to keep four threads busy";
  fs::remove_all(root);
}

}  // namespace
