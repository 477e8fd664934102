// libharu's failures reach the user in words, not as bare error numbers.

#include <gtest/gtest.h>

#include "pdf/document.h"

namespace casebook::pdf {
namespace {

std::string message_of(HPDF_STATUS status) {
  try {
    check(status, "writing a stream");
  } catch (const PdfError& e) {
    return e.what();
  }
  return "";
}

TEST(PdfError, TheCodesARunCanMeetAreSaidInWords) {
  EXPECT_EQ(message_of(HPDF_ZLIB_ERROR),
            "PDF writer (libharu) failed while writing a stream: compressing a stream failed (zlib), usually because "
            "the disk is full");
  EXPECT_EQ(message_of(HPDF_PAGE_INVALID_SIZE),
            "PDF writer (libharu) failed while writing a stream: a page size outside the 3 to 14400 pt a PDF page may "
            "have");
  EXPECT_EQ(message_of(HPDF_FILE_OPEN_ERROR), "PDF writer (libharu) failed while writing a stream: the file could not be created");
}

TEST(PdfError, AnUnexpectedCodeKeepsItsNumber) {
  EXPECT_EQ(message_of(HPDF_INVALID_OUTLINE), "PDF writer (libharu) failed while writing a stream: libharu error 0x1036");
}

TEST(PdfError, SavingWhereNoFileCanBeCreatedGivesTheSystemsReasonAndThePath) {
  Document doc;
  doc.add_page(100, 100);
  try {
    doc.save("/nonexistent-folder/out.pdf");
    FAIL() << "saved into a folder that does not exist";
  } catch (const PdfError& e) {
    EXPECT_STREQ(e.what(), "cannot create /nonexistent-folder/out.pdf: No such file or directory");
  }
}

}  // namespace
}  // namespace casebook::pdf
