// Every value of a layout file is range-checked when it is loaded: each
// case below edits one value of the shipped A4 layout and expects exactly
// the diagnostics it lists (file written as LAYOUT, the position computed
// from the edited text, so a line added elsewhere in the layout changes
// nothing here), so a broken value is
// refused at its own line before any stage can divide by it, draw it off
// the page or loop on it.

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "data/load_layout.h"
#include "support/edited_layout.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;

using testing_support::EditedLayout;

TEST(LayoutValues, TheShippedLayoutsAreClean) {
  for (const char* name : {"casebook-a4.toml", "casebook-b5.toml"}) {
    Diagnostics diags;
    load_layout(std::string(CASEBOOK_SOURCE_DIR) + "/layouts/" + name, diags);
    EXPECT_TRUE(diags.items().empty()) << name;
  }
}

struct Case {
  const char* name;
  const char* from;
  const char* to;
  const char* at;        // where in `to` the diagnostic points
  const char* expected;  // the diagnostic after its "LAYOUT:line:col"
  int nth = 0;           // which occurrence of `at` in `to`
};

const Case kCases[] = {
    {"CopyfitWarnBelowWithoutUnit", "steps = [\"small\"]", "steps = [\"small\"]\nwarn_below = \"2\"", "\"2\"",
     ": error: 'copyfit.warn_below' must be a length such as \"12mm\" or \"9pt\"\n"
     "    hint: units: mm, cm, pt, in; a bare number has no unit\n"},
    {"LineEndPunctuationUnknown", "line_end_punctuation = \"solid\"", "line_end_punctuation = \"full\"",
     "\"full\"", ": error: 'composition.line_end_punctuation' is \"full\"; it must be \"solid\" or \"half-em\"\n"
     "    hint: what 、。 and closing brackets keep at a line end (JLREQ 3.1.9): \"solid\" nothing, \"half-em\" "
     "their ½ em\n"},
    {"TypeSizeZero", "body = { size = \"9pt\"", "body = { size = \"0pt\"",
     "\"0pt\"", ": error: 'scale.body.size' must be larger than 0\n"},
    {"TypeSizeHuge", "body = { size = \"9pt\"", "body = { size = \"5000pt\"",
     "\"5000pt\"", ": error: 'scale.body.size' is 5000 pt (1764 mm); type is at most 200 pt (70.56 mm)\n"},
    {"PitchZero", "body = { size = \"9pt\", pitch = \"14pt\"", "body = { size = \"9pt\", pitch = \"0pt\"",
     "\"0pt\"", ": error: 'scale.body.pitch' must be larger than 0\n"},
    {"PitchBelowSize", "body = { size = \"9pt\", pitch = \"14pt\"", "body = { size = \"9pt\", pitch = \"4pt\"",
     "\"4pt\"", ": error: scale.body: the line pitch 4 pt (1.411 mm) is smaller than the type size 9 pt (3.175 mm)\n"
     "    hint: the pitch is the distance from baseline to baseline: at least the size\n"},
    // A composite font's Latin face (text/composite.h).
    {"LatinFaceUnknown", "latin = \"gothic\", step = \"body\" }", "latin = \"gotic\", step = \"body\" }",
     "\"gotic\"", ": error: 'type.body.latin': unknown face 'gotic'\n    hint: define it under [faces]\n"},
    {"LatinFaceEmpty", "latin = \"gothic\", step = \"body\" }", "latin = \"\", step = \"body\" }",
     "\"\"", ": error: 'type.body.latin' is empty\n    hint: name one of the faces under [faces], or leave the key "
     "out to set Latin in the style's face\n"},
    {"LatinFaceNotText", "latin = \"gothic\", step = \"body\" }", "latin = 3, step = \"body\" }",
     "3", ": error: 'type.body.latin' must be a string, not an integer\n"},
    {"EmptyFace", "label = { face = \"gothic_bold\"", "label = { face = \"\"",
     "\"\"", ": error: 'type.label.face' is empty\n    hint: name one of the faces under [faces]\n"},
    {"NanColour", "color = \"#1f4e79\" }\nnumber", "color = \"cmyk(nan, 0, 0, 0)\" }\nnumber",
     "\"cmyk(nan, 0, 0, 0)\"", ": error: 'type.heading.color' must be a colour: \"#rrggbb\" or \"cmyk(c, m, y, k)\" in percent\n"},
    {"PageLargerThanPdfAllows", "height = \"297mm\"", "height = \"1000000mm\"",
     "\"1000000mm\"", ": error: 'page.height' is 2.83465e+06 pt (1e+06 mm); a layout length is at most 14400 pt "
     "(5080 mm)\n    hint: PDF pages are at most 14400 pt (200 in) a side (ISO 32000-1, Annex C)\n"},
    {"CoverTitleBelowThePage", "cover_title_top = \"80mm\"", "cover_title_top = \"400mm\"",
     "\"400mm\"", ": error: 'front.cover_title_top' (1133.86 pt (400 mm)) puts the cover title outside the content "
     "area\n    hint: it is measured from the page's top edge: between the top margin (39.685 pt (14 mm)) and the "
     "bottom margin (796.535 pt (281 mm))\n"},
    {"FolioAboveTheBottomMargin", "baseline = \"9mm\"", "baseline = \"300mm\"",
     "\"300mm\"", ": error: 'footer.baseline' (850.394 pt (300 mm)) puts the folio outside the bottom margin\n"
     "    hint: it is measured from the page's bottom edge: between the footer's size (9 pt (3.175 mm)) and the "
     "bottom margin less that size (36.3543 pt (12.82 mm))\n"},
    {"FolioBelowThePaper", "baseline = \"9mm\"", "baseline = \"0mm\"",
     "\"0mm\"", ": error: 'footer.baseline' (0 pt (0 mm)) puts the folio outside the bottom margin\n"
     "    hint: it is measured from the page's bottom edge: between the footer's size (9 pt (3.175 mm)) and the "
     "bottom margin less that size (36.3543 pt (12.82 mm))\n"},
    // A label's phrase marks (data/README.md, "Where a label may break").
    {"LabelBreakMarkDoubled", "|行った工夫", "||行った工夫",
     "|行", ": error: 'labels.outreach' has two break marks '|' in a row\n"
     "    hint: '|' marks where a line may break and prints nothing; write \\| (in a TOML basic string "
     "\"\\\\|\") for a printed |\n"},
    {"LabelBreakMarkFirst", "outreach = \"対象", "outreach = \"|対象",
     "|対", ": error: 'labels.outreach' starts a line with a break mark '|', which breaks nothing\n"
     "    hint: '|' marks where a line may break and prints nothing; write \\| (in a TOML basic string "
     "\"\\\\|\") for a printed |\n"},
    {"EmptyPrimaryMark", "primary_mark = \"★\"", "primary_mark = \"\"",
     "\"\"", ": error: 'labels.primary_mark' is empty\n"
     "    hint: the grids show an organization's choices only by this mark (★ and ☆ in the report)\n"},
    {"BlankSecondaryMark", "secondary_mark = \"☆\"", "secondary_mark = \"　\"",
     "\"　\"", ": error: 'labels.secondary_mark' is empty\n"
     "    hint: the grids show an organization's choices only by this mark (★ and ☆ in the report)\n"},
    // Copyfitting sets text only at steps of the type scale (copyfit.steps).
    {"CopyfitStepsNameNoStep", "steps = [\"small\"]", "steps = [\"smal\"]",
     "\"smal\"", ": error: 'copyfit.steps' names no step of the type scale: 'smal'\n"
     "    hint: did you mean 'small'?\n"
     "    hint: the steps are: body, heading, small, title\n"},
    {"CopyfitStepNotBelowTheBody", "steps = [\"small\"]", "steps = [\"heading\", \"small\"]",
     "\"heading\"", ": error: 'copyfit.steps': step 'heading' (11 pt (3.881 mm)) is not smaller than the body size "
     "(9 pt (3.175 mm))\n"
     "    hint: copyfitting sets a block smaller than the body: list only smaller steps\n"},
    {"CopyfitStepsNotLargestFirst", "steps = [\"small\"]", "steps = [\"small\", \"small\"]",
     "\"small\"", ": error: 'copyfit.steps': step 'small' (7.5 pt (2.646 mm)) comes after 'small' (7.5 pt "
     "(2.646 mm))\n"
     "    hint: list the steps largest first, each smaller than the one before\n", 1},
    {"CopyfitStepBelowMinSize", "min_size = \"7.5pt\"\nsteps = [\"small\"]", "min_size = \"8pt\"\nsteps = [\"small\"]",
     "\"small\"", ": error: 'copyfit.steps': step 'small' (7.5 pt (2.646 mm)) is smaller than 'copyfit.min_size' "
     "(8 pt (2.822 mm))\n"
     "    hint: leave the step out, or lower copyfit.min_size\n"},
    {"CopyfitStepsNotAList", "steps = [\"small\"]", "steps = \"small\"",
     "\"small\"", ": error: 'copyfit.steps' must be an array of strings, not a string\n"},
    // The fixed decrement of old layouts made sizes of no scale.
    {"CopyfitOldStepKey", "steps = [\"small\"]", "step = \"0.25pt\"\nsteps = [\"small\"]",
     "\"0.25pt\"", ": error: 'copyfit.step' is no longer read: copyfitting sets text only at steps of the type "
     "scale\n"
     "    hint: list them under [copyfit], largest first, e.g. steps = [\"small\"]\n"},
    {"CopyfitMinAboveBody", "min_size = \"7.5pt\"\nsteps = [\"small\"]", "min_size = \"10pt\"\nsteps = []",
     "\"10pt\"", ": error: 'copyfit.min_size' (10 pt (3.528 mm)) is larger than the body size (9 pt (3.175 mm))\n"},
    {"CountsPaddingFillsTheCountColumn", "counts_padding = \"1.2mm\"", "counts_padding = \"8mm\"",
     "\"8mm\"", ": error: 'front.counts_padding' (22.6772 pt (8 mm)) on both sides fills the counts column "
     "('front.contents_page_width', 39.685 pt (14 mm))\n"
     "    hint: a cell's inner space is about ¼–½ em of its text\n"},
    {"LabelColumnWiderThanPage", "[table]\nlabel_width = \"35mm\"", "[table]\nlabel_width = \"250mm\"",
     "\"250mm\"", ": error: 'table.label_width' (708.661 pt (250 mm)) leaves no room in the content width of "
     "510.236 pt (180 mm)\n"},
    {"MarkWiderThanATargetColumn", "mark_width = \"6mm\"", "mark_width = \"31mm\"",
     "\"31mm\"", ": error: 'grid.mark_width' (87.874 pt (31 mm)) fills a whole column of the targets grid "
     "(85.0394 pt (30 mm))\n"},
    // The header's labels sit between its number box and the value line
    // the tables share: the label width must leave them room.
    {"LabelColumnNoWiderThanTheNumberBox", "[table]\nlabel_width = \"35mm\"", "[table]\nlabel_width = \"20mm\"",
     "\"20mm\"", ": error: 'table.label_width' (56.6929 pt (20 mm)) leaves no room for the header's labels beside "
     "'header.number_width' (56.6929 pt (20 mm)) and their padding\n"
     "    hint: the header's label column is 'table.label_width' less 'header.number_width'\n"},
    // The type scale: a style's size is one of its steps, never its own.
    {"StyleGivesItsOwnSize", "label = { face = \"gothic_bold\", step = \"small\" }", "label = { face = \"gothic_bold\", step = \"small\", size = \"8pt\" }",
     "\"8pt\"", ": error: 'type.label.size': a style takes its size from the type scale\n"
     "    hint: name one of the steps under [scale] instead, e.g. step = \"body\"\n"},
    {"StyleNamesNoStepOfTheScale", "label = { face = \"gothic_bold\", step = \"small\" }", "label = { face = \"gothic_bold\", step = \"smal\" }",
     "\"smal\"", ": error: 'type.label.step' names no step of the type scale: 'smal'\n"
     "    hint: did you mean 'small'?\n"
     "    hint: the steps are: body, heading, small, title\n"},
    {"ScaleStepPitchBelowItsSize", "small = { size = \"7.5pt\", pitch = \"10.5pt\" }", "small = { size = \"7.5pt\", pitch = \"7pt\" }",
     "\"7pt\"", ": error: scale.small: the line pitch 7 pt (2.469 mm) is smaller than the type size 7.5 pt "
     "(2.646 mm)\n"
     "    hint: the pitch is the distance from baseline to baseline: at least the size\n"},
    // 字下げ is given in ems of the text's size, at most 4.
    {"ParagraphIndentTooDeep", "indent = \"1em\"", "indent = \"9em\"",
     "\"9em\"", ": error: 'paragraphs.indent' must be a number of ems from 0em to 4em, such as \"1em\"\n"},
    {"ParagraphIndentWithoutEm", "indent = \"1em\"", "indent = \"9pt\"",
     "\"9pt\"", ": error: 'paragraphs.indent' must be a number of ems from 0em to 4em, such as \"1em\"\n"},
    // はじめに's 字詰め: a count of characters of the body size, within the
    // content width.
    {"PrefaceLineLengthWiderThanTheContentWidth", "preface_line_length = 40", "preface_line_length = 60",
     "60", ": error: 'front.preface_line_length' (60 characters of 9 pt (3.175 mm)) is wider than the content "
     "width of 510.236 pt (180 mm)\n    hint: at most 56 characters of the body size fit\n"},
    {"PrefaceLineLengthTooShort", "preface_line_length = 40", "preface_line_length = 5",
     "5", ": error: 'front.preface_line_length' must be between 10 and 200\n"},
    // The print edition's PDF/X-4 output intent ([print], ISO 15930-7 6.2.4).
    {"ConformanceNotX4", "conformance = \"PDF/X-4\"", "conformance = \"PDF/X-1a\"",
     "\"PDF/X-1a\"", ": error: 'print.conformance' is \"PDF/X-1a\"; casebook writes \"PDF/X-4\"\n"
     "    hint: PDF/X-4 (ISO 15930-7) allows the PDF 1.5 text spans and ICC-based colour the book uses; leave the key "
     "out for a CMYK print edition that claims no conformance\n"},
    {"OutputProfileMissing", "output_profile = \"/usr/share/color/icc/ghostscript/default_cmyk.icc\"",
     "output_profile = \"/nonexistent/japan.icc\"", "\"/nonexistent/japan.icc\"",
     ": error: 'print.output_profile' /nonexistent/japan.icc cannot be read: No such file or directory\n"
     "    hint: Debian's libgs-common ships /usr/share/color/icc/ghostscript/default_cmyk.icc\n"},
    {"OutputProfileNotIcc", "output_profile = \"/usr/share/color/icc/ghostscript/default_cmyk.icc\"",
     "output_profile = \"" CASEBOOK_SOURCE_DIR "/layouts/casebook-a4.toml\"", "\"" CASEBOOK_SOURCE_DIR "/",
     ": error: 'print.output_profile' " CASEBOOK_SOURCE_DIR "/layouts/casebook-a4.toml is not an ICC profile (no "
     "'acsp' signature in its header, or a size that is not the file's)\n"
     "    hint: Debian's libgs-common ships /usr/share/color/icc/ghostscript/default_cmyk.icc\n"},
    {"OutputProfileRgb", "output_profile = \"/usr/share/color/icc/ghostscript/default_cmyk.icc\"",
     "output_profile = \"/usr/share/color/icc/ghostscript/srgb.icc\"", "\"/usr/share/color/icc/ghostscript/srgb",
     ": error: 'print.output_profile' /usr/share/color/icc/ghostscript/srgb.icc is a 'mntr' profile of 'RGB ', not a "
     "CMYK output profile\n"
     "    hint: a PDF/X output intent for offset printing names a CMYK printer ('prtr') profile, such as Japan Color "
     "2011 Coated or Debian's /usr/share/color/icc/ghostscript/default_cmyk.icc\n"},
    {"ConformanceWithoutProfile",
     "conformance = \"PDF/X-4\"\noutput_profile = \"/usr/share/color/icc/ghostscript/default_cmyk.icc\"",
     "conformance = \"PDF/X-4\"",
     "\"PDF/X-4\"", ": error: 'print.conformance' \"PDF/X-4\" needs 'print.output_profile'\n"
     "    hint: PDF/X-4 embeds the output profile in the file (ISO 15930-7 6.2.4): name a CMYK .icc file, e.g. "
     "output_profile = \"/usr/share/color/icc/ghostscript/default_cmyk.icc\"\n"},
    {"MinImagePpiNegative", "min_image_ppi = 200", "min_image_ppi = -5",
     "-5", ": error: 'print.min_image_ppi' must be between 0 and 2400\n"},
};

class LayoutValue : public testing::TestWithParam<Case> {};

TEST_P(LayoutValue, IsRefusedAtItsLine) {
  EditedLayout folder;
  folder.edit(GetParam().from, GetParam().to);
  EXPECT_EQ(folder.load(), folder.where(GetParam().at, GetParam().nth) + GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Broken, LayoutValue, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& c) { return std::string(c.param.name); });

// A font path the filesystem cannot even look at is a diagnostic, not an
// uncaught std::filesystem_error (which aborted every command).
TEST(LayoutFontFile, ASymlinkLoopIsADiagnostic) {
  EditedLayout folder;
  fs::create_symlink(folder.dir() / "a.ttf", folder.dir() / "b.ttf");
  fs::create_symlink(folder.dir() / "b.ttf", folder.dir() / "a.ttf");
  folder.edit("\"" + std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPMincho-Regular.ttf\"", "\"a.ttf\"");
  EXPECT_EQ(folder.load(), folder.where("\"") + ": error: font file 'a.ttf' cannot be opened: Too many levels of symbolic links\n"
                           "    hint: paths are relative to the layout file's folder: " +
                               (folder.dir() / "a.ttf").string() + "\n");
}

TEST(LayoutFontFile, ANameTooLongIsADiagnostic) {
  EditedLayout folder;
  const std::string name(300, 'x');
  folder.edit("\"" + std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPMincho-Regular.ttf\"", "\"" + name + ".ttf\"");
  // The quoted name is cut to 60 characters (cap_quotes); the hint's path is whole.
  EXPECT_EQ(folder.load(), folder.where("\"") + ": error: font file '" + name.substr(0, 60) +
                               "…' (304 characters) cannot be opened: File name too long\n"
                           "    hint: paths are relative to the layout file's folder: " +
                               (folder.dir() / (name + ".ttf")).string() + "\n");
}

TEST(LayoutFontFile, AFolderIsNotAFont) {
  EditedLayout folder;
  fs::create_directories(folder.dir() / "font.ttf");
  folder.edit("\"" + std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPMincho-Regular.ttf\"", "\"font.ttf\"");
  EXPECT_EQ(folder.load(), folder.where("\"") + ": error: font file 'font.ttf' is a folder, not a font file\n"
                           "    hint: paths are relative to the layout file's folder: " +
                               (folder.dir() / "font.ttf").string() + "\n");
}

TEST(LayoutFontFile, AnEmptyPathIsADiagnostic) {
  EditedLayout folder;
  folder.edit("\"" + std::string(CASEBOOK_SOURCE_DIR) + "/fonts/BIZUDPMincho-Regular.ttf\"", "\"\"");
  EXPECT_EQ(folder.load(), folder.where("\"") + ": error: font file '' is empty\n"
                           "    hint: paths are relative to the layout file's folder: " +
                               folder.dir().string() + "/\n");
}

}  // namespace
}  // namespace casebook
