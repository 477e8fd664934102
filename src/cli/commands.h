#pragma once

#include <string>
#include <vector>

namespace casebook::cli {

/// Exit codes every command uses.
enum Exit { ok = 0, input_error = 1, usage_error = 2, internal_error = 3 };

/// `casebook check [DATA_DIR]`: load and validate the data, print every
/// diagnostic and a one-line summary.
int run_check(const std::vector<std::string>& args);

/// `casebook build [DATA_DIR] [--layout FILE] -o OUT.pdf`: set the book.
int run_build(const std::vector<std::string>& args);

/// `casebook galley TEXT -o OUT.pdf`: set a text file in one column.
int run_galley(const std::vector<std::string>& args);

/// `casebook booklets -o DIR`: one booklet per prefecture, in parallel.
int run_booklets(const std::vector<std::string>& args);

/// `casebook lint [DATA_DIR]`: the proofreading findings, text or JSON.
int run_lint(const std::vector<std::string>& args);

/// `casebook proof -o PROOF.pdf [--watch]`: the book with the proof overlay.
int run_proof(const std::vector<std::string>& args);

/// `casebook preview -o DIR [--org NN]`: PNG images of a spread or the book.
int run_preview(const std::vector<std::string>& args);

/// `casebook new NUMBER [DATA_DIR]`: a new record from the template.
int run_new(const std::vector<std::string>& args);

/// `casebook export [DATA_DIR] -o RECORDS.xlsx|.csv`: the records as a sheet.
int run_export(const std::vector<std::string>& args);

/// `casebook import FILE.csv [DATA_DIR]`: a sheet back into the records.
int run_import(const std::vector<std::string>& args);

/// Prints "casebook: MESSAGE" and the pointer to --help; returns usage_error.
int usage(const std::string& message, const std::string& command = "");

}  // namespace casebook::cli
