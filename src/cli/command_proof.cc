// casebook proof: the book with a proofreader's overlay.

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/wording.h"
#include "cli/output_file.h"
#include "cli/pipeline.h"
#include "cli/selection.h"
#include "layout/context.h"
#include "data/load.h"
#include "data/load_layout.h"
#include "proof/error_pages.h"
#include "proof/findings.h"
#include "proof/overlay.h"
#include "proof/watch.h"

namespace casebook::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* kHelp = R"(usage: casebook proof [DATA_DIR] -o PROOF.pdf [--layout FILE] [--edition print|web] [--watch]
                      [--org NN | --numbers LIST | --prefecture P]

Sets the book with a proofreading overlay: block frames (dashed), the measure
of each text block, overflowing text in red beyond its frame, blocks set
smaller than the layout asks tinted with their size in the margin, and for
every finding of `casebook lint` a marker at the spot and a note in the
margin. The proof is written even when the data has errors.

  --edition E
            proof the print edition (for the printer) or the web edition
            (to read on screen and publish; the default)
  --org NN, --numbers LIST, --prefecture P
            proof only these organizations, chosen as `build` chooses them
  --watch   set the proof again whenever a data or layout file changes, is
            added or deleted (a file put back with an older time too), and
            print one timestamped line per proof (Ctrl-C to stop)
  -o -      write the proof to standard output
  --allow-output-in-data
            write the proof inside DATA_DIR (never over a file it reads)
)";

/// "12:03:44 ": the local time of day, for the lines --watch prints.
std::string time_of_day() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  char b[16];
  std::strftime(b, sizeof b, "%H:%M:%S ", &local);
  return b;
}

/// What one proof made, for the summary lines.
struct ProofRun {
  bool written = false;
  bool selection_failed = false;
  std::size_t pages = 0;
  int errors = 0, warnings = 0;
};

/// Whether `file` is a record (DATA_DIR/orgs/NN.toml).
bool is_record_file(const std::string& file) {
  const fs::path p(file);
  return p.extension() == ".toml" && p.parent_path().filename() == "orgs";
}

/// set_book() for a proof, which is set even when records have data
/// errors (the proof's help promises it): the records with errors are left
/// out and each replaced by a page listing its errors; any other error (the
/// front matter, the taxonomy, the layout, the faces) still stops the run,
/// since no page can be set without them. Returns false only when the
/// selection matched nothing.
bool set_proof_book(const std::string& data_dir, const std::string& layout_path, Book& book, Diagnostics& diags,
                    Selection& selection, bool selected) {
  book.data_dir = data_dir;
  book.read_files.push_back(layout_path);
  // 1. Data and 2. layout, as set_book() reads them.
  book.data = load_casebook(data_dir, diags);
  book.layout = load_layout(layout_path, diags);
  std::vector<std::string> files;
  for (const Diagnostic& d : diags.items()) {
    if (d.severity != Severity::error) continue;
    if (!is_record_file(d.span.file)) return true;  // nothing can be set
    if (std::find(files.begin(), files.end(), d.span.file) == files.end()) files.push_back(d.span.file);
  }
  std::sort(files.begin(), files.end());
  const std::vector<UnsetRecord> unset = unset_records(files, diags);
  if (selected) {
    if (!check_selection(selection, book.data, data_dir, diags)) return false;
    book.subset = selection.cover_line;
  }
  // 3. Faces.
  for (const auto& [name, file] : book.layout.faces) book.read_files.push_back(file.path);
  const int errors_before = diags.count(Severity::error);
  book.faces.load(book.layout.faces, {layout_path, 1, 1}, diags, book.layout.face_spans);
  if (diags.count(Severity::error) > errors_before) return true;
  // 4. and 5. Photos and pages of the records without errors, with their
  // own diagnostics (lay_out_book() stops at any error it is handed).
  const auto ok = [&](const Organization& o) {
    return selection.accepts(o) &&
           std::none_of(unset.begin(), unset.end(), [&](const UnsetRecord& r) { return r.file == o.path; });
  };
  Diagnostics layout_diags;
  lay_out_book(book.data, book.layout, book.faces, book, layout_diags, ok);
  diags.append(layout_diags);
  // 6. A page of errors where each unset record's spread would be (those
  // a selection leaves out stay out).
  std::vector<UnsetRecord> shown;
  for (const UnsetRecord& r : unset) {
    const auto org = std::find_if(book.data.organizations.begin(), book.data.organizations.end(),
                                  [&](const Organization& o) { return o.path == r.file; });
    if (!selected || org == book.data.organizations.end() || selection.accepts(*org)) shown.push_back(r);
  }
  if (!book.book.pages.empty() && !shown.empty()) {
    // What setting the error pages reports (a path broken between two
    // characters) is about the proof's own page, not the data.
    Diagnostics own;
    const LayoutContext ctx{book.layout, book.faces, book.data.taxonomy, own, data_dir};
    insert_error_pages(book.book, shown, ctx);
  }
  return true;
}

/// One proof: returns the diagnostics' error count, -1 when no PDF came out.
ProofRun set_proof(const std::string& data_dir, const std::string& layout, const std::string& output, bool allow_in_data,
                   Edition edition, Selection selection, bool selected) {
  const auto start = std::chrono::steady_clock::now();
  Diagnostics diags;
  Book book;
  book.allow_output_in_data = allow_in_data;
  book.proof = true;
  book.edition = edition;
  book.subset = selection.cover_line;
  book.subset_repeats_scope = selection.line_repeats_scope;
  const bool selection_failed = !set_proof_book(data_dir, layout, book, diags, selection, selected);
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
  } else {
    std::cerr << output_name(output) << ": not written\n";
  }
  return ProofRun{written, selection_failed, book.book.pages.size(), diags.count(Severity::error),
                  diags.count(Severity::warning)};
}

/// The line --watch prints after each proof: "12:03:44 proof.pdf: 32 pages,
/// 0 errors, 2 warnings".
void print_cycle(const std::string& output, const ProofRun& run) {
  std::cout << time_of_day() << output_name(output) << ": "
            << (run.written ? count_of(static_cast<long long>(run.pages), "page") : std::string("not written")) << ", "
            << count_of(run.errors, "error") << ", " << count_of(run.warnings, "warning") << std::endl;
}

}  // namespace

int run_proof(const std::vector<std::string>& args) {
  std::string data_dir = "data", layout, output, edition_text, org, numbers, prefecture;
  bool watch = false, allow_in_data = false;
  Arguments arguments("proof", kHelp);
  arguments.positional(&data_dir, "data directory");
  arguments.option("--layout", &layout);
  arguments.option("--output", &output, "-o");
  arguments.option("--edition", &edition_text);
  arguments.flag("--watch", &watch);
  arguments.flag("--allow-output-in-data", &allow_in_data);
  arguments.option("--org", &org);
  arguments.option("--numbers", &numbers);
  arguments.option("--prefecture", &prefecture);
  if (auto exit = arguments.parse(args)) return *exit;
  if (output.empty()) return arguments.error("no output file: give -o PROOF.pdf");
  if (!org.empty() + !numbers.empty() + !prefecture.empty() > 1) {
    return arguments.error("give one of --org, --numbers, --prefecture");
  }
  const bool selected = !org.empty() || !numbers.empty() || !prefecture.empty();
  Selection selection;
  if (!prefecture.empty()) selection = by_prefecture(prefecture);
  for (const std::string* list : {&org, &numbers}) {
    if (list->empty()) continue;
    auto chosen = by_numbers(*list);
    if (!chosen) {
      return arguments.error((list == &org ? "--org '" : "--numbers '") + *list + "' is not a list such as 1-5,9");
    }
    selection = *chosen;
  }
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
  // The proof itself and its temporary file are left out of the snapshot:
  // written inside the data directory (--allow-output-in-data), each proof
  // would otherwise set off the next.
  const auto look = [&] {
    FileSnapshot snapshot = take_snapshot({data_dir, layout});
    if (output == "-") return snapshot;
    std::error_code ec;
    const fs::path target = fs::weakly_canonical(output, ec);
    const std::string temp_prefix = "." + target.filename().string() + ".tmp";
    std::erase_if(snapshot, [&](const auto& entry) {
      std::error_code e;
      const fs::path p = fs::weakly_canonical(entry.first, e);
      return p == target || (p.parent_path() == target.parent_path() && p.filename().string().rfind(temp_prefix, 0) == 0);
    });
    return snapshot;
  };
  auto seen = look();
  ProofRun run = set_proof(data_dir, layout, output, allow_in_data, edition, selection, selected);
  if (!watch) return run.written && run.errors == 0 ? ok : input_error;
  print_cycle(output, run);
  // Poll a snapshot of every file's path, size and time: inotify would be
  // lighter, but polling needs nothing, a data directory is a few dozen
  // files, and the snapshot sees deletions and files put back with an
  // older time, which the newest time alone would not.
  std::cerr << "watching " << escape_controls(data_dir) << " and " << escape_controls(layout) << " (Ctrl-C to stop)\n";
  for (;;) {
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    auto now = look();
    if (!compare_snapshots(seen, now).any()) continue;
    seen = std::move(now);
    run = set_proof(data_dir, layout, output, allow_in_data, edition, selection, selected);
    print_cycle(output, run);
  }
}

}  // namespace casebook::cli
