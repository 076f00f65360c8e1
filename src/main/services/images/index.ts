// images/: importing photos into an edition (see README.md). Print preparation of placed images
// is export/images/.
export { type ImageSessionView, importImageForSession, prewarmScreenRenditions, readScreenRendition } from './hostImage';
export { type ImageColorSpace, type ImageFacts, type ImageFormat, ImageImportError, readImageFacts } from './imageFacts';
export { importImageFile, type ImportImageOptions } from './importImage';
export { makePreview, needsPreview, PREVIEW_MAX_PX } from './preview';
export { isReoriented, UPRIGHT, uprightSize } from './orientation';
