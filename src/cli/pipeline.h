#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/edition.h"
#include "cli/output_file.h"
#include "data/layout_spec.h"
#include "data/model.h"
#include "layout/frame.h"
#include "photo/load_photos.h"
#include "text/face_set.h"

namespace casebook::cli {

/// What a run of the pipeline needs and makes.
struct Book {
  Casebook data;
  LayoutSpec layout;
  FaceSet faces;
  PhotoSet photos;
  BookPages book;
  /// The cover line of a booklet ("宮城県"); empty for the whole book.
  std::string subset;
  /// `subset` says only which numbers the book holds (--numbers): the
  /// cover leaves it out when the scope statement says the same.
  bool subset_repeats_scope = false;
  /// booklets --keep-folios: each spread keeps the page numbers it has in
  /// the whole book (folios, contents, page labels).
  bool keep_folios = false;
  /// Where the data came from, and the other files the run reads (layout,
  /// fonts, a galley's text): write_book() never replaces one of them.
  std::string data_dir;
  std::vector<std::string> read_files;
  /// --allow-output-in-data: the user insists on writing into the data
  /// directory (still never over a file the run reads).
  bool allow_output_in_data = false;
  /// Set for `casebook proof`: the layout draws what helps a proofreader
  /// and never goes into the book (the 「写真なし」 placeholder).
  bool proof = false;
  /// --edition: which PDF write_book() makes of the pages.
  Edition edition = Edition::web;
};

/// The value of --edition (`text`; empty: not given, the web edition) into
/// `edition`. Any other name than print or web is an error reported to
/// `diags`, before any work, so nothing is written.
bool read_edition(const std::string& text, Edition& edition, Diagnostics& diags);

/// The layout used when none is given: layouts/casebook-a4.toml of the
/// working directory, else the one casebook ships (share_dir(): installed
/// beside the executable's prefix, or linked into the build tree).
std::string default_layout();

/// The photo limits a layout sets ([photos] max_pixels, max_side).
PhotoLimits photo_limits(const LayoutSpec& layout);

/// The whole pipeline up to the frame tree, each stage in order:
/// data → faces → photos → layout. Stops after a stage that reported errors.
bool set_book(const std::string& data_dir, const std::string& layout_path, Book& book, Diagnostics& diags);

/// Like set_book(), with only the organizations `select` accepts.
bool set_book(const std::string& data_dir, const std::string& layout_path, Book& book, Diagnostics& diags,
              const std::function<bool(const Organization&)>& select);

/// Like set_book() with `select`; `after_data` runs once the data and the
/// layout are read without error and before anything is set: it may check
/// the selection against the records (and set book.subset), and stops the
/// run by returning false after reporting why.
bool set_book(const std::string& data_dir, const std::string& layout_path, Book& book, Diagnostics& diags,
              const std::function<bool(const Organization&)>& select,
              const std::function<bool(Book&, Diagnostics&)>& after_data);
/// The stages of set_book() after the loading, on data, a layout and faces
/// loaded already: the photos of the records `select` accepts, decoded
/// once, then the layout into `book.book`. Reads `data`, `layout` and
/// `faces` only, so `booklets` loads them once and its threads share the
/// data and the layout; `faces` must be used by this thread alone
/// (FreeType's faces are not thread-safe, see Face::load()). `book.data`
/// is not read.
bool lay_out_book(const Casebook& data, const LayoutSpec& layout, const FaceSet& faces, Book& book,
                  Diagnostics& diags, const std::function<bool(const Organization&)>& select);

/// Writes `pages` to `output` safely: into a temporary file beside it,
/// renamed into place only when complete, so a failure or a signal leaves
/// any earlier file as it was and no partial file behind. Only a new path or
/// a regular file that is not an input of the run is replaced, never inside
/// the data directory unless allowed (see output_file.h); `-` writes to
/// standard output. Reports failures to `diags`.
bool write_book(const Book& book, const std::string& output, Diagnostics& diags);

/// How a summary line names the output: "standard output" for -o -.
/// Escaped like diagnostics (escape_controls()), so a path with ESC in it
/// cannot run escape sequences on the terminal.
inline std::string output_name(const std::string& output) {
  return output == "-" ? "standard output" : escape_controls(output);
}

/// What an output of this run must never replace: every file it read (the
/// data directory's TOML files and photos, the layout, the fonts, a text
/// file), and the data directory unless allowed.
OutputRules output_rules(const Book& book);

/// The rules as far as they are known before any work (the data directory's
/// TOML files and the layout; fonts and photos are known only once loaded),
/// so a bad output target is refused before the book is set. write_book()
/// checks again with the full rules.
OutputRules early_output_rules(const std::string& data_dir, const std::string& layout, bool allow_in_data);

/// Writes the PDF of `book` into the temporary file `temp` (which the caller
/// renames or discards); false with the cause reported at `name`.
bool write_book_into(const Book& book, const TempFile& temp, const std::string& name, Diagnostics& diags);

}  // namespace casebook::cli
