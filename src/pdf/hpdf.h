#pragma once

// libharu, with its object-level headers, for the PDF stage only. Its
// headers are C and not warning-clean under our flags.
#pragma GCC system_header

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
