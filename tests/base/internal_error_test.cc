#include "base/internal_error.h"

#include <atomic>
#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>

namespace casebook {
namespace {

TEST(InternalErrors, AnExceptionEscapingACommandIsReportedWithExitThree) {
  std::ostringstream err;
  const int status = report_internal_errors(err, []() -> int { throw std::out_of_range("map::at"); });
  EXPECT_EQ(status, 3);
  EXPECT_EQ(err.str().rfind("casebook: internal error: map::at\n", 0), 0u) << err.str();
  EXPECT_NE(err.str().find("please report it"), std::string::npos) << err.str();
}

TEST(InternalErrors, ABrokenInvariantIsReportedAsOurBug) {
  std::ostringstream err;
  const int status =
      report_internal_errors(err, []() -> int { throw InternalError("a line wider than its measure was placed"); });
  EXPECT_EQ(status, 3);
  EXPECT_NE(err.str().find("internal error: a line wider than its measure was placed"), std::string::npos);
  EXPECT_NE(err.str().find("not a problem with your data"), std::string::npos);
}

TEST(InternalErrors, SomethingThatIsNotAnExceptionIsReportedToo) {
  std::ostringstream err;
  EXPECT_EQ(report_internal_errors(err, []() -> int { throw 42; }), 3);
  EXPECT_NE(err.str().find("internal error: an exception of unknown type"), std::string::npos);
}

TEST(InternalErrors, ACommandThatReturnsKeepsItsExitStatusAndSaysNothing) {
  std::ostringstream err;
  EXPECT_EQ(report_internal_errors(err, [] { return 1; }), 1);
  EXPECT_EQ(err.str(), "");
}

TEST(RunOnThreads, AnExceptionInAWorkerReachesTheCallerOnceAllWorkersAreDone) {
  std::atomic<int> calls{0}, finished{0};
  auto worker = [&] {
    if (calls++ == 1) throw std::runtime_error("worker failed");
    ++finished;
  };
  EXPECT_THROW(run_on_threads(4, worker), std::runtime_error);
  EXPECT_EQ(calls.load(), 4);
  EXPECT_EQ(finished.load(), 3);
}

TEST(RunOnThreads, RunsTheWorkerOncePerThread) {
  std::atomic<int> calls{0};
  run_on_threads(3, [&] { ++calls; });
  EXPECT_EQ(calls.load(), 3);
}

}  // namespace
}  // namespace casebook
