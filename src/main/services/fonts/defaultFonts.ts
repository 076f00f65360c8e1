// defaultFonts.ts: the fonts that come with Galley (design.md, Fonts; stack-notes §5, §8.6).
// They are npm packages, so `npm install` is all that is needed; the files are found with
// Node's resolver from the project root (not the working directory), like the sample seed.
// Each has a licence text in resources/fonts/licenses/, which listings point to.
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface FontLicence {
  /** SPDX identifier. */
  readonly spdx: string;
  /** The licence text, relative to the project root. */
  readonly file: string;
}

export interface DefaultFontFile {
  /** Package path for require.resolve. */
  readonly specifier: string;
  readonly family: string;
  readonly weight: 'regular' | 'bold';
  readonly licence: FontLicence;
}

/** The default families: 宋体-style serif for body text, 黑体-style sans for headlines, a Latin serif. */
export const DEFAULT_FAMILIES = {
  cjkSerif: 'Noto Serif SC',
  cjkSans: 'Noto Sans SC',
  latinSerif: 'Source Serif 4',
} as const;

const ofl = (file: string): FontLicence => ({ spdx: 'OFL-1.1', file: `resources/fonts/licenses/${file}` });
const NOTO_SERIF = ofl('OFL-NotoSerifSC.txt');
const NOTO_SANS = ofl('OFL-NotoSansSC.txt');
const SOURCE_SERIF = ofl('OFL-SourceSerif4.txt');

/** One file per weight; styles map 'bold' to the Bold file (never a synthesized bold). */
export const DEFAULT_FONT_FILES: readonly DefaultFontFile[] = [
  { specifier: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf', family: DEFAULT_FAMILIES.cjkSerif, weight: 'regular', licence: NOTO_SERIF },
  { specifier: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf', family: DEFAULT_FAMILIES.cjkSerif, weight: 'bold', licence: NOTO_SERIF },
  { specifier: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', family: DEFAULT_FAMILIES.cjkSans, weight: 'regular', licence: NOTO_SANS },
  { specifier: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf', family: DEFAULT_FAMILIES.cjkSans, weight: 'bold', licence: NOTO_SANS },
  { specifier: 'source-serif/OTF/SourceSerif4-Regular.otf', family: DEFAULT_FAMILIES.latinSerif, weight: 'regular', licence: SOURCE_SERIF },
  { specifier: 'source-serif/OTF/SourceSerif4-Bold.otf', family: DEFAULT_FAMILIES.latinSerif, weight: 'bold', licence: SOURCE_SERIF },
];

/** The absolute path of a default font file, or null when its package is not installed. */
export function resolveDefaultFont(projectRoot: string, specifier: string): string | null {
  try {
    return createRequire(join(projectRoot, 'package.json')).resolve(specifier);
  } catch {
    return null;
  }
}
