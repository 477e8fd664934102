#pragma once

#include <string>

#include "base/diagnostic.h"
#include "data/layout_spec.h"

namespace casebook {

/// The type styles every layout must define: the kinds of blocks the code
/// sets refer to them by these names.
inline constexpr const char* kRequiredTypeStyles[] = {
    "body", "label", "heading", "number", "name", "header", "grid", "category",
    "mark", "target", "caption", "profile", "message", "footer", "title", "cover",
};

/// The labels every layout must give (see [labels] in layouts/*.toml).
inline constexpr const char* kRequiredLabels[] = {
    "activities_heading", "targets_heading", "content_heading", "results_heading", "photos_heading",
    "profile_heading", "name", "region", "title", "purpose", "audience", "description", "partners", "outreach",
    "outcomes", "profile_name", "representative", "founded", "staff", "address", "website", "message",
    "no_website", "primary_mark", "secondary_mark", "no_photo",
};

/// Reads a layout file (layouts/*.toml) and checks it the way
/// load_casebook() checks data: every problem a diagnostic at its place,
/// all in one run. Font paths are resolved against the layout's folder
/// and must exist. The result is usable only when no error was reported.
LayoutSpec load_layout(const std::string& path, Diagnostics& diags);

}  // namespace casebook
