// image-api.ts: the photo part of the host contract (host-api.ts lists the methods): importing an
// image file into the open edition, and which rendition of an asset the page view asks for.
import { z } from 'zod';
import { AssetSchema } from './model';

/**
 * The largest image file an import accepts. Press photos are a few MB as JPEG; a scanned CMYK
 * TIFF for a full page runs to tens of MB. The bytes cross the boundary as base64 in one JSON
 * request, so the HTTP host's body limit is set from this (a third larger, plus room).
 */
export const MAX_IMAGE_IMPORT_BYTES = 40 * 1024 * 1024;

/** Length of the base64 text for MAX_IMAGE_IMPORT_BYTES bytes. */
export const MAX_IMAGE_IMPORT_BASE64 = Math.ceil(MAX_IMAGE_IMPORT_BYTES / 3) * 4;

/**
 * Why an import is refused, as the window words it: the host's error reason carries the key
 * `${IMAGE_REFUSAL_KEY_PREFIX}<kind>` (HostErrorReason), the window's catalogs hold one message each.
 */
export const IMAGE_REFUSALS = ['unreadable', 'format', 'colour', 'damaged', 'tooLarge', 'empty'] as const;
export type ImageRefusal = (typeof IMAGE_REFUSALS)[number];
export const IMAGE_REFUSAL_KEY_PREFIX = 'photos.refused.';

/** The file types an import accepts, by extension (the content decides in the end). */
export const IMAGE_IMPORT_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.tif', '.tiff'] as const;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/u;

export const ImportImageRequestSchema = z.strictObject({
  /** The file's own name as the user picked it (no folders): kept as the asset's description. */
  name: z
    .string()
    .min(1)
    .max(255)
    .refine((n) => !/[/\\\0]/u.test(n), 'must be a file name without folders'),
  base64: z
    .string()
    .min(1, 'the file is empty')
    .max(MAX_IMAGE_IMPORT_BASE64, `the file is larger than ${MAX_IMAGE_IMPORT_BYTES / (1024 * 1024)} MB`)
    .regex(BASE64, 'is not base64'),
});
export type ImportImageRequest = z.infer<typeof ImportImageRequestSchema>;

export const ImportImageResponseSchema = z.strictObject({
  /**
   * The asset record for the copied file. It is not in the edition yet: the window adds it with
   * an addAsset op, so the import is one undoable step with the frame change that shows it.
   */
  asset: AssetSchema,
});

/**
 * Which bytes readAsset returns: `original` is the file print uses; `screen` is the preview made
 * for files a browser cannot show (TIFF, CMYK), or the original where there is none.
 */
export const AssetRenditionSchema = z.enum(['original', 'screen']);
export type AssetRendition = z.infer<typeof AssetRenditionSchema>;
