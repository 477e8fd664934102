#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "data/model.h"
#include "photo/photo.h"

namespace casebook {

/// The decoded photos of a book, by Photo::path. Shared, never changed:
/// the frames that draw a photo point at it, and the PDF embeds it once.
using PhotoSet = std::map<std::string, std::shared_ptr<const DecodedPhoto>>;

/// Reads and decodes every photo of `orgs`, each file once. A photo that
/// is refused (damaged, not an image, too large for `limits`) is an error
/// at its record's photo line and is left out of the set; photos whose
/// path the data stage already refused (Photo::path empty) are skipped.
PhotoSet load_photos(const std::vector<const Organization*>& orgs, const PhotoLimits& limits, Diagnostics& diags);

}  // namespace casebook
