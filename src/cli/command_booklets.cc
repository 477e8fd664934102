// casebook booklets: one booklet per prefecture, all cores at once.

#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/pipeline.h"
#include "cli/selection.h"
#include "data/load.h"

namespace casebook::cli {

namespace {

constexpr const char* kHelp = R"(usage: casebook booklets [DATA_DIR] -o DIR [--layout FILE] [--jobs N]

Writes one booklet per prefecture that has organizations, DIR/<prefecture>.pdf,
each with its own cover line, contents, counts and mapping. Booklets are set
in parallel (--jobs, default: all cores); a line is printed as each is done,
and a summary at the end.
)";

}  // namespace

int run_booklets(const std::vector<std::string>& args) {
  std::string data_dir = "data", layout, output, jobs_text;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  Arguments arguments("booklets", kHelp);
  arguments.positional(&data_dir, "data directory");
  arguments.option("--layout", &layout);
  arguments.option("--output", &output, "-o");
  arguments.option("--jobs", &jobs_text);
  if (auto exit = arguments.parse(args)) return *exit;
  if (!jobs_text.empty()) {
    try {
      jobs = static_cast<unsigned>(std::max(1, std::stoi(jobs_text)));
    } catch (const std::exception&) {
      return arguments.error("--jobs needs a number");
    }
  }
  if (output.empty()) return arguments.error("no output directory: give -o DIR");
  if (layout.empty()) layout = default_layout();

  // Which prefectures have organizations, in the taxonomy's order.
  Diagnostics diags;
  const Casebook data = load_casebook(data_dir, diags);
  if (diags.has_errors()) {
    print_diagnostics(std::cerr, diags);
    return input_error;
  }
  std::vector<std::string> prefectures;
  for (const std::string& p : data.taxonomy.prefectures) {
    for (const Organization& o : data.organizations) {
      if (by_prefecture(p).accepts(o)) {
        prefectures.push_back(p);
        break;
      }
    }
  }
  std::error_code ec;
  std::filesystem::create_directories(output, ec);
  if (ec) {
    std::cerr << output << ": error: cannot create the directory: " << ec.message() << "\n";
    return input_error;
  }

  const auto start = std::chrono::steady_clock::now();
  std::atomic<std::size_t> next{0};
  std::atomic<int> done{0}, failed{0}, pages{0};
  std::mutex print;
  auto worker = [&] {
    for (std::size_t i = next++; i < prefectures.size(); i = next++) {
      const std::string& prefecture = prefectures[i];
      const Selection selection = by_prefecture(prefecture);
      Diagnostics d;
      Book book;
      book.subset = selection.cover_line;
      const std::string file = (std::filesystem::path(output) / (prefecture + ".pdf")).string();
      const bool ok_book = set_book(data_dir, layout, book, d, selection.accepts) && write_book(book, file, d);
      int count = 0;
      for (const Organization& o : book.data.organizations) count += selection.accepts(o) ? 1 : 0;
      std::lock_guard<std::mutex> lock(print);
      print_diagnostics(std::cerr, d);
      ++done;
      if (ok_book) {
        pages += static_cast<int>(book.book.pages.size());
        std::cerr << "[" << done << "/" << prefectures.size() << "] " << prefecture << ": " << count
                  << " organizations, " << book.book.pages.size() << " pages → " << file << "\n";
      } else {
        ++failed;
        std::cerr << "[" << done << "/" << prefectures.size() << "] " << prefecture << ": not written\n";
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < std::min<unsigned>(jobs, static_cast<unsigned>(prefectures.size())); ++t) {
    threads.emplace_back(worker);
  }
  for (std::thread& t : threads) t.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << output << ": " << (prefectures.size() - static_cast<std::size_t>(failed.load())) << " booklets, "
            << pages.load() << " pages, " << failed.load() << " failed, in " << seconds << " s with " << threads.size()
            << " jobs\n";
  return failed > 0 ? input_error : ok;
}

}  // namespace casebook::cli
