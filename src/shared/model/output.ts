// output.ts: how this edition is delivered to its printing plant. Per edition because each paper
// prints at its own plant; the defaults follow typesetting-cjk.md §13 and the print-PDF issue.
import { z } from 'zod';
import { AssetPathSchema } from './asset';
import { type Cmyk, CmykSchema } from './styles';

export const SwatchSchema = z.strictObject({
  id: z.string().min(1),
  /** The name staff pick it by: 黑, 报红 … */
  name: z.string().min(1),
  color: CmykSchema,
});
export type Swatch = z.infer<typeof SwatchSchema>;

export const PdfxVersionSchema = z.enum(['4', '1a']);
export type PdfxVersion = z.infer<typeof PdfxVersionSchema>;

export const OutputSettingsSchema = z
  .strictObject({
    /** PDF/X-4 by default; PDF/X-1a (flattened, PDF 1.4, no ICC-based colour) for plants that ask. */
    pdfx: PdfxVersionSchema,
    /**
     * The plant's output profile (a CMYK ICC file inside assets/), or null for the built-in
     * newsprint profile. `outputCondition` names the printing condition it characterises.
     */
    profile: z
      .strictObject({ path: AssetPathSchema, outputConditionIdentifier: z.string().min(1), outputCondition: z.string() })
      .nullable(),
    /** Total area coverage limit in percent (C+M+Y+K), checked on images by preflight. */
    inkLimit: z.number().min(100).max(400),
    /** Images above this effective resolution are downsampled to it on export. */
    imageCeilingPpi: z.number().positive(),
    /** Effective resolution below which preflight warns, and below which it refuses. */
    imageWarnPpi: z.number().positive(),
    imageErrorPpi: z.number().positive(),
    /** File name pattern for the PDFs: {date} (yyyymmdd), {label}, {paper}, {issue}. */
    fileNamePattern: z.string().min(1),
    /** Crop marks and a slug outside the bleed; off for plant delivery (the imposition adds them). */
    marks: z.boolean(),
  })
  .refine((s) => s.imageErrorPpi <= s.imageWarnPpi, { message: 'imageErrorPpi must not exceed imageWarnPpi', path: ['imageErrorPpi'] });
export type OutputSettings = z.infer<typeof OutputSettingsSchema>;

export function defaultOutputSettings(): OutputSettings {
  return {
    pdfx: '4',
    profile: null,
    inkLimit: 240,
    imageCeilingPpi: 300,
    imageWarnPpi: 150,
    imageErrorPpi: 100,
    fileNamePattern: '{date}_{label}.pdf',
    marks: false,
  };
}

const ink = (c: number, m: number, y: number, k: number): Cmyk => ({ c, m, y, k });

/** The swatches a new edition starts with: black for text and rules, the paper's red, greys. */
export function defaultSwatches(): Swatch[] {
  return [
    { id: 'sw-black', name: '黑', color: ink(0, 0, 0, 100) },
    { id: 'sw-paper', name: '纸色', color: ink(0, 0, 0, 0) },
    { id: 'sw-red', name: '报红', color: ink(0, 100, 100, 0) },
    { id: 'sw-grey-10', name: '灰 10%', color: ink(0, 0, 0, 10) },
    { id: 'sw-grey-30', name: '灰 30%', color: ink(0, 0, 0, 30) },
    { id: 'sw-blue', name: '蓝', color: ink(100, 60, 0, 0) },
  ];
}
