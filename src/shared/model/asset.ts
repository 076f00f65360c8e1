// asset.ts: files the edition refers to, kept under its assets/ folder.
import { z } from 'zod';

/** A path relative to the edition folder, inside assets/, with no way out of it. */
export const AssetPathSchema = z
  .string()
  .regex(/^assets\/[^/\\]+$/u, 'must be a file directly inside assets/')
  .refine((p) => !p.includes('..') && !p.includes('\0'), 'must not contain ".." or NUL');

export const AssetSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.literal('image'),
  path: AssetPathSchema,
  mime: z.enum(['image/png', 'image/jpeg', 'image/tiff']),
  /** Pixel size, so effective resolution can be checked without decoding. */
  pixelWidth: z.number().int().positive(),
  pixelHeight: z.number().int().positive(),
  /** Where the file came from and what it shows, for the caption desk and preflight. */
  description: z.string(),
  /** The file's colour space, when known (import reads it). */
  colorSpace: z.enum(['rgb', 'cmyk', 'grey']).nullable(),
  /** The resolution the file declares, in ppi, when it declares one. */
  ppi: z.number().positive().nullable(),
  /** IPTC/EXIF caption and credit (by-line) found in the file, or ''. */
  caption: z.string(),
  credit: z.string(),
  /**
   * A screen rendition (PNG or JPEG inside assets/) for files the page view cannot show itself,
   * such as TIFF or CMYK JPEG; print always uses `path`.
   */
  preview: AssetPathSchema.nullable(),
});
export type Asset = z.infer<typeof AssetSchema>;
