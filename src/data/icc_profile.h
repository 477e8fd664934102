#pragma once

// The header of an ICC profile (ICC.1:2010, 7.2), read without a colour
// management library so that the layout can be checked where it is
// loaded: a print edition's output profile must be a CMYK output profile.

#include <optional>
#include <string>

namespace casebook {

/// What the layout needs to know about a profile file from its header.
struct IccHeader {
  std::string device_class;  ///< 7.2.5: "prtr" for an output (printer) profile, "mntr", "scnr", …
  std::string colour_space;  ///< 7.2.6: "CMYK", "RGB ", "GRAY", …
  int major_version = 0;     ///< 7.2.4: 2 or 4
  std::string description;   ///< the 'desc' tag's text when it is ASCII (v2 textDescription or v4 mluc), else ""
};

/// The result of reading a profile: the header, or why the file is none.
struct IccRead {
  std::optional<IccHeader> header;
  std::string problem;  ///< "cannot be read: …", "is not an ICC profile (…)"; empty on success
};

/// Reads the file at `path` (at most 16 MiB) and its ICC header: the
/// profile size field, the 'acsp' signature at byte 36 (7.2.9) and the
/// classes above. Never throws.
IccRead read_icc_profile(const std::string& path);

}  // namespace casebook
