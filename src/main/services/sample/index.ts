// Sample edition: the seed page set on a broadsheet page, with a generated photo.
export { buildSampleEdition, runningHeadFrames, SAMPLE_META, type SampleEdition } from './buildSampleEdition';
export { ensureSampleEdition } from './ensureSample';
export { estimateDepth } from './estimate';
export { buildMasthead, MASTHEAD_INFO_TEMPLATE, MASTHEAD_LINES, MASTHEAD_NAME, type Masthead } from './masthead';
export { packModules, PageOverflowError, type Placement } from './pack';
export { paintSchoolFairPhoto } from './photo';
export { crc32, encodePng, type PngInfo, readPngInfo } from './png';
export { findProjectRoot, SAMPLE_SEED_PATH, sampleSeedPath } from './seedPath';
