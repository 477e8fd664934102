// casebook proof: the book with a proofreader's overlay.

#include <chrono>
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/wording.h"
#include "cli/output_file.h"
#include "cli/pipeline.h"
#include "layout/context.h"
#include "proof/findings.h"
#include "proof/overlay.h"

namespace casebook::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* kHelp = R"(usage: casebook proof [DATA_DIR] -o PROOF.pdf [--layout FILE] [--edition print|web] [--watch]

Sets the book with a proofreading overlay: block frames (dashed), the measure
of each text block, overflowing text in red beyond its frame, blocks set
smaller than the layout asks tinted with their size in the margin, and for
every finding of `casebook lint` a marker at the spot and a note in the
margin. The proof is written even when the data has errors.

  --edition E
            proof the print edition (for the printer) or the web edition
            (to read on screen and publish; the default)
  --watch   set the proof again whenever a data or layout file changes
            (Ctrl-C to stop)
  -o -      write the proof to standard output
  --allow-output-in-data
            write the proof inside DATA_DIR (never over a file it reads)
)";

/// The newest modification time of the data and layout files.
fs::file_time_type newest_change(const std::string& data_dir, const std::string& layout) {
  auto newest = fs::file_time_type::min();  // the file clock's epoch is in the future: times are negative
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(data_dir, ec)) {
    if (e.is_regular_file(ec)) newest = std::max(newest, e.last_write_time(ec));
  }
  newest = std::max(newest, fs::last_write_time(layout, ec));
  return newest;
}

/// One proof: returns the diagnostics' error count, -1 when no PDF came out.
int set_proof(const std::string& data_dir, const std::string& layout, const std::string& output, bool allow_in_data,
              Edition edition) {
  const auto start = std::chrono::steady_clock::now();
  Diagnostics diags;
  Book book;
  book.allow_output_in_data = allow_in_data;
  book.proof = true;
  book.edition = edition;
  set_book(data_dir, layout, book, diags);
  find_data_hazards(book.data, diags);
  find_layout_hazards(book.book, ProofLimits{}, diags);
  int placed = 0;
  if (!book.book.pages.empty()) {
    const LayoutContext ctx{book.layout, book.faces, book.data.taxonomy, diags, data_dir};
    ProofOverlay overlay = add_proof_overlay(book.book, diags, ctx);
    placed = overlay.placed;
    for (const Diagnostic& d : overlay.problems.items()) diags.add(d);
  }
  const bool written = !book.book.pages.empty() && write_book(book, output, diags);
  print_diagnostics(std::cerr, diags);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (written) {
    std::cerr << output_name(output) << ": " << count_of(static_cast<long long>(book.book.pages.size()), "page") << ", "
              << count_of(diags.count(Severity::error), "error") << ", " << count_of(diags.count(Severity::warning), "warning")
              << ", " << count_of(diags.count(Severity::note), "note") << ", " << placed
              << " marked on the pages (" << static_cast<int>(ms) << " ms)\n";
    return diags.count(Severity::error);
  }
  std::cerr << output_name(output) << ": not written\n";
  return -1;
}

}  // namespace

int run_proof(const std::vector<std::string>& args) {
  std::string data_dir = "data", layout, output, edition_text;
  bool watch = false, allow_in_data = false;
  Arguments arguments("proof", kHelp);
  arguments.positional(&data_dir, "data directory");
  arguments.option("--layout", &layout);
  arguments.option("--output", &output, "-o");
  arguments.option("--edition", &edition_text);
  arguments.flag("--watch", &watch);
  arguments.flag("--allow-output-in-data", &allow_in_data);
  if (auto exit = arguments.parse(args)) return *exit;
  if (output.empty()) return arguments.error("no output file: give -o PROOF.pdf");
  if (layout.empty()) layout = default_layout();

  Edition edition = Edition::web;
  {
    Diagnostics diags;
    if (!read_edition(edition_text, edition, diags)) {
      print_diagnostics(std::cerr, diags);
      std::cerr << output_name(output) << ": not written\n";
      return input_error;
    }
  }
  // The target is checked before any work, so a FIFO or a directory is
  // refused at once, not after every warning of the run.
  if (output != "-") {
    Diagnostics diags;
    if (!check_output(output, early_output_rules(data_dir, layout, allow_in_data), diags)) {
      print_diagnostics(std::cerr, diags);
      std::cerr << output_name(output) << ": not written\n";
      return input_error;
    }
  }
  int result = set_proof(data_dir, layout, output, allow_in_data, edition);
  if (!watch) return result == 0 ? ok : input_error;
  // Poll: inotify would be lighter, but polling needs nothing and a data
  // directory is a few dozen files.
  auto seen = newest_change(data_dir, layout);
  std::cerr << "watching " << escape_controls(data_dir) << " and " << escape_controls(layout) << " (Ctrl-C to stop)\n";
  for (;;) {
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    const auto now = newest_change(data_dir, layout);
    if (now != seen) {
      seen = now;
      result = set_proof(data_dir, layout, output, allow_in_data, edition);
    }
  }
}

}  // namespace casebook::cli
