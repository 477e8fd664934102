#include <algorithm>

#include "layout/blocks.h"
#include "layout/cell.h"

namespace casebook {

Frame layout_photos(const LayoutContext& ctx, const Organization& org, Length x, Length y, Length width,
                    Length height) {
  const LayoutSpec& s = ctx.spec;
  Frame block;
  block.kind = FrameKind::photos;
  Frame heading = layout_heading(ctx, s.labels.photos_heading.text, x, y, width);
  const Length top = y + heading.rect.height;
  const Length area = std::max<Length>(0, height - heading.rect.height);
  block.rect = Rect{x, y, width, height};
  block.children.push_back(std::move(heading));

  if (org.photos.empty()) {
    // Only a proof lays out the photo area of a record without photos: a
    // framed placeholder shows the proofreader where photos would go.
    Frame placeholder;
    placeholder.kind = FrameKind::photos_placeholder;
    placeholder.rect = Rect{x, top, width, area};
    placeholder.boxes.push_back(Box{placeholder.rect, std::nullopt, s.rule_width, ctx.spec.colors.placeholder, true});
    CellContent text = set_cell(ctx, FrameKind::photos_placeholder, label_text(s.labels.no_photo.text), ctx.spec.styles.caption, width);
    text.align = Align::center;
    text.middle = true;
    text.color = ctx.spec.colors.placeholder;
    placeholder.lines = place_cell(text, placeholder.rect).lines;
    block.children.push_back(std::move(placeholder));
    return block;
  }

  const std::size_t columns = std::min<std::size_t>(static_cast<std::size_t>(s.photo_columns), org.photos.size());
  const std::size_t rows = (org.photos.size() + columns - 1) / columns;
  const Length cell_width = (width - s.photo_gap * static_cast<Length>(columns - 1)) / static_cast<Length>(columns);
  const Length cell_height = (area - s.photo_gap * static_cast<Length>(rows - 1)) / static_cast<Length>(rows);
  for (std::size_t i = 0; i < org.photos.size(); ++i) {
    const Photo& photo = org.photos[i];
    const Length cx = x + static_cast<Length>(i % columns) * (cell_width + s.photo_gap);
    const Length cy = top + static_cast<Length>(i / columns) * (cell_height + s.photo_gap);
    Frame cell;
    cell.kind = FrameKind::photos_photo;
    cell.rect = Rect{cx, cy, cell_width, cell_height};
    cell.source = photo.file.span;
    // The caption is the photo's description for a reader who cannot see
    // it (the web edition's Figure /Alt, ISO 14289-1 7.3).
    cell.alt = photo.caption.value;

    RichText caption;
    if (!photo.caption.value.empty()) {
      caption.span = photo.caption.span;
      caption.blocks.push_back(Block{Block::Kind::paragraph, "", photo.caption.value, photo.caption.span});
    }
    CellContent cap = set_cell(ctx, FrameKind::photos_caption, caption, ctx.spec.styles.caption, cell_width);
    cap.padding = 0;
    cap.align = Align::center;
    const Length caption_height = caption.blocks.empty() ? 0 : cap.text.height + s.caption_gap;
    const Length image_box = std::max<Length>(0, cell_height - caption_height);

    // Scale the photo into the box, keeping its proportions, centred.
    std::shared_ptr<const DecodedPhoto> pixels;
    if (ctx.photos) {
      if (auto found = ctx.photos->find(photo.path); found != ctx.photos->end()) pixels = found->second;
    }
    Length w = cell_width, h = image_box;
    if (pixels && pixels->width > 0 && pixels->height > 0) {
      h = scale(cell_width, pixels->height, pixels->width);
      if (h > image_box) {
        h = image_box;
        w = scale(image_box, pixels->width, pixels->height);
      }
    }
    // Bottom-aligned in its box, so the caption sits right under it.
    cell.images.push_back(Image{Rect{cx + (cell_width - w) / 2, cy + image_box - h, w, h}, photo.path, pixels});
    if (caption_height > 0) {
      Frame placed = place_cell(cap, Rect{cx, cy + image_box + s.caption_gap, cell_width, cap.text.height});
      cell.children.push_back(std::move(placed));
    }
    block.children.push_back(std::move(cell));
  }
  return block;
}

}  // namespace casebook
