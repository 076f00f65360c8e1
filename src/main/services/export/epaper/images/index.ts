// E-paper images (issue 7): page images (reading size and thumbnail) painted from the PageLayout
// as print paints it, and article photo renditions (README.md).
export { type OutlineSource, outlineSource, outlinesFor } from './glyphOutlines';
export { paintRuns, type PaintRunsInput, type ParsedOutline, parseOutline } from './glyphRaster';
export { paintFrames, type RasterPicture, type RgbImage } from './pagePaint';
export { pagePictures, type PagePicturesInput, pictureCut, type PictureCut } from './pagePictures';
export { pageSvg, type PageSvgInput, type SvgPicture } from './pageSvg';
export {
  type EncodedImage,
  PAGE_IMAGE_DPI,
  PAGE_JPEG_QUALITY,
  PAGE_RENDER_SLOTS,
  pageImageSize,
  pageImageSvg,
  type PageImages,
  rasterisePageSvg,
  renderPageImages,
  type RenderPageImagesInput,
  renderPagePixels,
  THUMB_WIDTH,
} from './renderPageImages';
export { PICTURE_JPEG_QUALITY, PictureError, renderPicture, type RenderPictureInput } from './renderPicture';
export { cmykToHex, cmykToRgb, TEXT_COLOR, TEXT_RGB } from './webColor';
