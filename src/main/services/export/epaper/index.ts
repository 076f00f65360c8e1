// The e-paper bundle (数字报, issue 7): exportEpaperBundle (epaperPipeline.ts) plans, prepares and
// paints with the print pipeline's steps, renders page images and photos (images/), builds the
// article pages and the reader (html/) from the records of src/shared/epaper, and writes the
// bundle folder (and its zip) whole.
export { exportEpaperBundle, type EpaperResult, epaperSteps, type ExportEpaperOptions } from './epaperPipeline';
export { checkZipTarget, epaperDate, GENERATOR_NAME, inspectBundleDir, type OutDirState, planEpaperPages, type PlannedPage, ZIP_COMMENT, zipPathFor } from './epaperPlan';
export { defaultEpaperStages, type EncodedImage, type EpaperStages, type PageImagesRequest, type PictureRequest } from './epaperStages';
export { type ZipEntry, zipFiles } from './zipWriter';
