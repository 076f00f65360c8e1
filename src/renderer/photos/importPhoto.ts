// importPhoto.ts: one picked or dropped file to an Asset record through the host's importImage.
// The obvious refusals (not a JPEG/PNG/TIFF by name or type, over the size limit) are made here
// before any bytes travel; the host reads the content and has the last word on everything else.
// Failures come back as notices (message key + params) so they follow a language switch; the
// host's refusals carry their own key (HostErrorReason), so they are worded here too.
import { IMAGE_IMPORT_EXTENSIONS, MAX_IMAGE_IMPORT_BYTES } from '../../shared/image-api';
import type { Asset } from '../../shared/model';
import type { Host } from '../host';
import { hostRefusalOf } from '../i18n';
import type { Notice } from '../state';

/** What is needed of a File (a Blob with a name), so specs can pass plain objects. */
export interface PhotoFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** On success, the file's bytes too: the page can show them at once instead of fetching them back. */
export type PhotoImportResult = { readonly ok: true; readonly asset: Asset; readonly bytes: Uint8Array<ArrayBuffer> } | { readonly ok: false; readonly notice: Notice };

const TYPES = new Set(['image/jpeg', 'image/png', 'image/tiff']);
const MB = 1024 * 1024;

/** Whether a file looks like something importImage takes: by its type or its extension. */
export function isPhotoFile(file: Pick<PhotoFile, 'name' | 'type'>): boolean {
  const lower = file.name.toLowerCase();
  return TYPES.has(file.type) || IMAGE_IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** The refusal for a file that cannot be imported, or null when it may be sent. */
export function checkPhotoFile(file: Pick<PhotoFile, 'name' | 'type' | 'size'>): Notice | null {
  if (!isPhotoFile(file)) return { key: 'photos.error.type', params: { name: file.name }, tone: 'error' };
  if (file.size > MAX_IMAGE_IMPORT_BYTES) {
    return { key: 'photos.refused.tooLarge', params: { name: file.name, size: (file.size / MB).toFixed(1), limit: MAX_IMAGE_IMPORT_BYTES / MB }, tone: 'error' };
  }
  return null;
}

export async function importPhotoFile(host: Pick<Host, 'importImage'>, file: PhotoFile): Promise<PhotoImportResult> {
  const refusal = checkPhotoFile(file);
  if (refusal) return { ok: false, notice: refusal };
  let bytes: Uint8Array<ArrayBuffer>;
  let base64: string;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
    base64 = bytesToBase64(bytes);
  } catch (error) {
    return { ok: false, notice: { key: 'photos.error.read', params: { name: file.name, message: messageOf(error) }, tone: 'error' } };
  }
  try {
    const { asset } = await host.importImage({ name: baseName(file.name), base64 });
    return { ok: true, asset, bytes };
  } catch (error) {
    // The host's refusal, in the window's language.
    const refusal = hostRefusalOf(error);
    if (refusal) return { ok: false, notice: { ...refusal, tone: 'error' } };
    // Anything else (a host that gave no reason, a transport failure): its message names the file and the reason.
    return { ok: false, notice: { key: 'photos.error.failed', params: { message: messageOf(error) }, tone: 'error' } };
  }
}

/** Base64 in slices, so a 40 MB file does not blow the argument limit of String.fromCharCode. */
export function bytesToBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}

/** Browsers give bare names; a path from elsewhere (a test, a drop from some file managers) is cut. */
function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1) || 'image';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
