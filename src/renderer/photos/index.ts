// photos/: placing pictures: import (dialog, drop), the photo panel (fit, crop, scale, ppi,
// caption), content-mode panning on the page, and the ppi badge. The page view draws pictures
// with the hooks in useImageContent.ts.
export { captionFollowOps } from './captionOps';
export { ImportPhotoButton } from './ImportPhotoButton';
export { PhotoDropZone } from './PhotoDropZone';
export { PhotoPanel } from './PhotoPanel';
export { type ImportTarget, type LiveCrop, PhotoProvider, type PhotoTools, usePhotoTools } from './PhotoProvider';
