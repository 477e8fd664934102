#include "base/internal_error.h"

#include <exception>
#include <mutex>
#include <new>
#include <ostream>
#include <thread>
#include <vector>

namespace casebook {

namespace {

void report(std::ostream& err, const std::string& what) {
  err << "casebook: internal error: " << what << "\n"
      << "    this is a bug in casebook, not a problem with your data: please report it, with the\n"
      << "    command and the data that led to it\n";
}

}  // namespace

int report_internal_errors(std::ostream& err, const std::function<int()>& body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    report(err, "out of memory");
  } catch (const std::exception& e) {
    report(err, e.what());
  } catch (...) {
    report(err, "an exception of unknown type");
  }
  err.flush();
  return kInternalErrorExit;
}

void run_on_threads(unsigned threads, const std::function<void()>& worker) {
  std::mutex first_mutex;
  std::exception_ptr first;
  auto guarded = [&] {
    try {
      worker();
    } catch (...) {
      const std::lock_guard<std::mutex> lock(first_mutex);
      if (!first) first = std::current_exception();
    }
  };
  std::vector<std::thread> running;
  running.reserve(threads);
  try {
    for (unsigned t = 0; t < threads; ++t) running.emplace_back(guarded);
  } catch (...) {
    // A thread that cannot start: let those that did finish, then report.
    for (std::thread& t : running) t.join();
    throw;
  }
  for (std::thread& t : running) t.join();
  if (first) std::rethrow_exception(first);
}

}  // namespace casebook
