// Print images: placed images → pixels in the output CMYK or grey, at print resolution (README.md).
export { maxInkPercent } from './inkCoverage';
export { cmykJpegDecode, isPdfCompatibleJpeg, type JpegInfo, readJpegInfo } from './jpegInfo';
export { ImageSourceError, isPhotographicPng, JPEG_QUALITY, PHOTO_JPEG_QUALITY, prepareImage, type PrepareImageRequest, readSourceFacts, type SourceFacts } from './prepareImage';
export { PrintImageError, preparePrintImages, type PreparePrintImagesOptions } from './preparePrintImages';
export { printPixelSize, type PrintPixelSize } from './resolution';
