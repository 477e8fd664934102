#pragma once

#include <functional>
#include <iosfwd>
#include <stdexcept>
#include <string>

namespace casebook {

/// A broken invariant: casebook's own bug, never a problem with the user's
/// input (that is a Diagnostic). Throw it where code finds its own
/// assumptions false; the command line reports it and exits 3.
class InternalError : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

/// The exit status of a run that stopped on an internal error.
inline constexpr int kInternalErrorExit = 3;

/// Runs `body` and returns its result; any exception escaping it (an
/// InternalError, any other std::exception, or anything else thrown) is
/// written to `err` as "casebook: internal error: … please report" and
/// gives kInternalErrorExit. Stack unwinding runs, so temporary files are
/// removed by their owners — std::terminate would skip that.
int report_internal_errors(std::ostream& err, const std::function<int()>& body);

/// Runs `worker` on `threads` threads at once and waits for all of them.
/// An exception escaping a worker (which in a bare std::thread calls
/// std::terminate) is caught there; once every thread has finished, the
/// first one caught is rethrown in the caller's thread.
void run_on_threads(unsigned threads, const std::function<void()>& worker);

}  // namespace casebook
