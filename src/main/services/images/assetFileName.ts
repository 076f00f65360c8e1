// assetFileName.ts: the name an imported file gets inside assets/. It keeps the user's own name
// (so the folder stays legible to staff, Chinese included) made safe for every desktop file
// system, plus the start of the content's SHA-256: the same photo imported twice lands on the
// same file, and two different photos called DSC_0001.JPG never collide. The extension comes
// from the detected format, not from whatever the name claimed.
import type { ImageFormat } from './imageFacts';

const EXTENSION: Readonly<Record<ImageFormat, string>> = { jpeg: 'jpg', png: 'png', tiff: 'tif' };
const MAX_STEM = 60;
/** Characters no desktop file system accepts in a name, and controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]/gu;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/iu;

/** The user's file name without its extension, made safe; 'image' when nothing usable is left. */
export function safeStem(name: string): string {
  const withoutExtension = name.normalize('NFC').replace(/\.[A-Za-z0-9]{1,5}$/u, '');
  let stem = withoutExtension
    .replace(UNSAFE, '-')
    .replace(/\s+/gu, '-')
    // Leading dots would hide the file; `.preview` is ours; trailing dots and spaces vanish on Windows.
    .replace(/^[.-]+|[.\s-]+$/gu, '')
    .replace(/\.+/gu, '.')
    .replace(/-{2,}/gu, '-');
  stem = [...stem].slice(0, MAX_STEM).join('').replace(/[.\s-]+$/u, '');
  if (stem === '' || WINDOWS_DEVICE.test(stem)) return stem === '' ? 'image' : `${stem}-image`;
  return stem;
}

/** `assets/<stem>-<hash12>[-n].<ext>`; `n` counts up only if that name holds other bytes. */
export function assetFileName(name: string, format: ImageFormat, sha256Hex: string, attempt = 0): string {
  const suffix = attempt === 0 ? '' : `-${attempt + 1}`;
  return `assets/${safeStem(name)}-${sha256Hex.slice(0, 12)}${suffix}.${EXTENSION[format]}`;
}

/** The screen preview beside it: `assets/<same stem>.preview.jpg` (or .png with transparency). */
export function previewFileName(assetPath: string, withAlpha: boolean): string {
  return `${assetPath.replace(/\.[a-z]+$/u, '')}.preview.${withAlpha ? 'png' : 'jpg'}`;
}
