#pragma once

// The shipped A4 layout with one value edited, loaded from a folder of its
// own: tests of the layout's validation expect exactly the diagnostics it
// gives, at a position computed from the edited text, so that a line added
// elsewhere in the layout changes nothing in them.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "data/load_layout.h"
#include "support/shipped_layout.h"
#include "support/text_position.h"

namespace casebook::testing_support {

/// A temporary folder with the shipped A4 layout (its font paths made
/// absolute), edited by edit() and loaded by load().
class EditedLayout {
 public:
  EditedLayout()
      : dir_(std::filesystem::temp_directory_path() / ("casebook-edited-layout-" + std::to_string(::getpid()))),
        text_(shipped_layout_text()) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~EditedLayout() { std::filesystem::remove_all(dir_); }
  EditedLayout(const EditedLayout&) = delete;
  EditedLayout& operator=(const EditedLayout&) = delete;

  const std::filesystem::path& dir() const { return dir_; }

  /// Replaces the one occurrence of `from` in the layout; a `from` that is
  /// missing or not unique fails the test.
  void edit(const std::string& from, const std::string& to) {
    const std::size_t at = text_.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    ASSERT_EQ(text_.find(from, at + 1), std::string::npos) << "not unique: " << from;
    text_.replace(at, from.size(), to);
    edit_at_ = at;
    edit_to_ = to;
  }

  /// "LAYOUT:line:col" of the `nth` occurrence (from 0) of `target` inside
  /// the text the last edit put in.
  std::string where(const std::string& target, int nth = 0) const {
    std::size_t inside = edit_to_.find(target);
    for (int i = 0; i < nth && inside != std::string::npos; ++i) inside = edit_to_.find(target, inside + 1);
    if (inside == std::string::npos) return "<'" + target + "' is not in the edit>";
    return "LAYOUT:" + line_col_at(text_, edit_at_ + inside);
  }

  /// Loads the edited layout; its diagnostics, one formatted line each,
  /// the file written as LAYOUT.
  std::string load() const {
    const std::filesystem::path file = dir_ / "layout.toml";
    std::ofstream(file, std::ios::binary) << text_;
    Diagnostics diags;
    load_layout(file.string(), diags);
    std::string out;
    for (const Diagnostic& d : diags.sorted()) out += format_diagnostic(d) + "\n";
    const std::string path = file.string();
    for (std::size_t at = out.find(path); at != std::string::npos; at = out.find(path, at)) {
      out.replace(at, path.size(), "LAYOUT");
    }
    return out;
  }

 private:
  std::filesystem::path dir_;
  std::string text_;
  std::size_t edit_at_ = 0;
  std::string edit_to_;
};

}  // namespace casebook::testing_support
