// The font service: default fonts from npm, user fonts from the system folders and the
// edition's fonts/ folder, by content-hash id; and LayoutEnvs for composing in main.
export { DEFAULT_FAMILIES, DEFAULT_FONT_FILES, type DefaultFontFile, type FontLicence, resolveDefaultFont } from './defaultFonts';
export { FontFileError } from './FontFileError';
export { describeFontBytes, type FileSignature, FONT_EXTENSIONS, type FontFileRecord, readFontFile, sameSignature, sha256Hex, signatureOf } from './fontFile';
export { defaultCacheDir, FONT_INDEX_FILE, type FontIndex, type IndexedResult, openFontIndex } from './fontIndexCache';
export { EDITION_FONTS_DIR, type FolderProblem, scanEditionFonts, scanSystemFolders, systemFontDirs } from './fontFolders';
export { createFontService, type FontEntry, type FontListing, type FontService, type FontServiceOptions, type FontSource } from './fontService';
export { loadHarfBuzzShaper } from './harfbuzz';
export { lazyFace } from './lazyFace';
export { loadLayoutEnv, type LayoutEnvOptions, rememberMatches } from './layoutEnv';
export { createFontSubsetCache, editionCodePoints, type FontSubsetCache, LAYOUT_EXTRA_TEXT, prewarmFontSubsets } from './fontSubsets';
export { createUnicodeSubsetter, UnicodeSubsetError, type UnicodeSubsetter } from './unicodeSubset';
