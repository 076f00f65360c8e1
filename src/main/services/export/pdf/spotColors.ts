// spotColors.ts: colour operators for the content streams. Process colours are DeviceCMYK
// (`k`/`K`); a colour with a `spot` ink paints in a Separation colour space named after the ink,
// with DeviceCMYK as its alternate through a Type 2 (exponential, N 1) tint transform from white
// to the ink's CMYK, so a plant without that ink prints its process equivalent. Registration
// (crop marks) is the Separation /All, which prints on every plate. One colour-space object per
// ink per document, listed only in the resources of the pages that use it. Separation and Type 2
// functions are PDF 1.3, so the same objects serve PDF/X-1a and PDF/X-4.
import type { PDFContext, PDFRef } from 'pdf-lib';
import { PDFName } from 'pdf-lib';
import type { Cmyk, Swatch } from '../../../../shared/model';
import { num } from './pageContent';

/** The resource name of the registration colour space (Separation /All). */
export const REGISTRATION_CS = 'CSAll';

/** Colour operators of one page; `used` collects the colour-space resources they name. */
export interface PageColors {
  fill(color: Cmyk): string;
  stroke(color: Cmyk): string;
  /** Registration colour (every plate at 100 %), for marks. */
  registrationStroke(): string;
  readonly used: ReadonlyMap<string, PDFRef>;
}

export interface InkSpaces {
  forPage(): PageColors;
  /** The spot inks painted so far, in order of first use, with their process alternates. */
  inks(): ReadonlyArray<{ readonly name: string; readonly resource: string; readonly alternate: Cmyk }>;
}

const cmykOperands = (c: Cmyk): string => [c.c, c.m, c.y, c.k].map((v) => num(v / 100)).join(' ');

/**
 * A PDF name for an ink name: its UTF-8 bytes (PDF 32000-1 §7.3.5), which pdf-lib then writes
 * with #xx escapes for everything outside the regular ASCII characters. Control characters have
 * no meaning in an ink name and are dropped.
 */
export function inkName(name: string): PDFName {
  // Control characters are exactly what this removes.
  // eslint-disable-next-line no-control-regex
  const bytes = new TextEncoder().encode(name.replace(/[\u0000-\u001f\u007f]/gu, ''));
  return PDFName.of(String.fromCharCode(...bytes));
}

/** The tint of `color` in its ink: the factor that scales the ink's alternate to it, else 1. */
export function spotTint(color: Cmyk, alternate: Cmyk): number {
  const a = [alternate.c, alternate.m, alternate.y, alternate.k];
  const c = [color.c, color.m, color.y, color.k];
  const max = Math.max(...a);
  if (max <= 0) return 1;
  const i = a.indexOf(max);
  const t = (c[i] ?? 0) / max;
  // Proportional within half a percent on every ink: a tint of the same ink.
  const proportional = a.every((v, j) => Math.abs(v * t - (c[j] ?? 0)) <= 0.5);
  return proportional && t > 0 && t <= 1 ? Math.round(t * 10000) / 10000 : 1;
}

function separation(ctx: PDFContext, name: PDFName, alternate: Cmyk): PDFRef {
  const c1 = [alternate.c, alternate.m, alternate.y, alternate.k].map((v) => Math.round(v * 100) / 10000);
  const tint = ctx.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: c1, N: 1 });
  return ctx.register(ctx.obj([PDFName.of('Separation'), name, PDFName.of('DeviceCMYK'), tint]));
}

/**
 * The document's ink colour spaces. An ink's process alternate is the CMYK of the first swatch
 * that names it, else of the first colour painted in it; a colour of that ink whose CMYK is a
 * uniform fraction of the alternate paints as that tint, any other as the solid ink.
 */
export function createInkSpaces(ctx: PDFContext, swatches: readonly Swatch[]): InkSpaces {
  const defined = new Map<string, Cmyk>();
  for (const s of swatches) if (s.color.spot !== undefined && !defined.has(s.color.spot)) defined.set(s.color.spot, s.color);
  const spaces = new Map<string, { resource: string; ref: PDFRef; alternate: Cmyk }>();
  let registration: PDFRef | null = null;

  const space = (ink: string, color: Cmyk): { resource: string; ref: PDFRef; alternate: Cmyk } => {
    let entry = spaces.get(ink);
    if (!entry) {
      const alternate = defined.get(ink) ?? color;
      entry = { resource: `CS${spaces.size + 1}`, ref: separation(ctx, inkName(ink), alternate), alternate };
      spaces.set(ink, entry);
    }
    return entry;
  };

  return {
    forPage(): PageColors {
      const used = new Map<string, PDFRef>();
      const paint = (color: Cmyk, stroke: boolean): string => {
        if (color.spot === undefined) return `${cmykOperands(color)} ${stroke ? 'K' : 'k'}`;
        const s = space(color.spot, color);
        used.set(s.resource, s.ref);
        return `/${s.resource} ${stroke ? 'CS' : 'cs'} ${num(spotTint(color, s.alternate))} ${stroke ? 'SCN' : 'scn'}`;
      };
      return {
        fill: (color) => paint(color, false),
        stroke: (color) => paint(color, true),
        registrationStroke: () => {
          registration ??= separation(ctx, PDFName.of('All'), { c: 100, m: 100, y: 100, k: 100 });
          used.set(REGISTRATION_CS, registration);
          return `/${REGISTRATION_CS} CS 1 SCN`;
        },
        used,
      };
    },
    inks: () => [...spaces].map(([name, s]) => ({ name, resource: s.resource, alternate: s.alternate })),
  };
}
