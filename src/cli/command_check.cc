#include <iostream>

#include "base/diagnostic.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/wording.h"
#include "cli/pipeline.h"
#include "data/load.h"
#include "data/load_layout.h"
#include "layout/book.h"
#include "layout/coverage.h"
#include "photo/load_photos.h"

namespace casebook::cli {

namespace {

constexpr const char* kHelp = R"(usage: casebook check [DATA_DIR] [--layout FILE]

Loads the casebook's data (default directory: data) and reports every
problem in it, each as FILE:LINE:COL: error: MESSAGE, all in one run,
followed by a one-line summary. Every photo is decoded completely, within
the size limits of the layout FILE (default: layouts/casebook-a4.toml),
and every character of the data is checked against the faces of that
layout's type styles that will set it. What only the set pages show (a
field that does not fit its page even at the smallest size) is reported
by build and lint.

Options:
  --layout FILE   the layout whose limits and faces apply

Exit status: 0 when the data has no errors (warnings allowed), 1 when it
has errors, 2 for a usage error.
)";


}  // namespace

int run_check(const std::vector<std::string>& args) {
  std::string dir = "data";
  std::string layout;
  Arguments arguments("check", kHelp);
  arguments.positional(&dir, "data directory");
  arguments.option("--layout", &layout);
  if (auto exit = arguments.parse(args)) return *exit;
  if (layout.empty()) layout = default_layout();

  Diagnostics diags;
  const Casebook book = load_casebook(dir, diags);
  const LayoutSpec spec = load_layout(layout, diags);
  // The photos are decoded as `build` decodes them, so a photo `check`
  // passes does not stop `build`.
  std::vector<const Organization*> orgs;
  for (const Organization& org : book.organizations) orgs.push_back(&org);
  load_photos(orgs, photo_limits(spec), diags);
  // Every character against the faces that will set it, so that data
  // check passes does not stop build on a missing glyph either.
  if (!spec.faces.empty()) {
    FaceSet faces;
    const int before_faces = diags.count(Severity::error);
    faces.load(spec.faces, {layout, 1, 1}, diags, spec.face_spans);
    if (diags.count(Severity::error) == before_faces) check_glyph_coverage(book, spec, faces, diags);
    // The marks against their grid cells, as build measures them first;
    // only on a layout without errors, whose widths are all real.
    if (!diags.has_errors()) {
      const LayoutContext ctx{spec, faces, book.taxonomy, diags, dir};
      check_marks_fit(ctx);
    }
  }
  print_diagnostics(std::cout, diags);

  const int errors = diags.count(Severity::error);
  const int warnings = diags.count(Severity::warning);
  const std::string checked = count_of(static_cast<long long>(book.organizations.size()), "organization");
  if (errors == 0 && warnings == 0) {
    std::cout << format(tr("{0}: {1} checked, no problems"), {escape_controls(dir), checked}) << "\n";
  } else {
    std::cout << format(tr("{0}: {1} checked, {2}, {3}"),
                        {escape_controls(dir), checked, count_of(errors, "error"), count_of(warnings, "warning")})
              << "\n";
  }
  return errors > 0 ? input_error : ok;
}

}  // namespace casebook::cli
