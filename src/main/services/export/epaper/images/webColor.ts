// webColor.ts: the page image's colours. The image is sRGB for the web; the edition's colours are
// CMYK (process, or a spot ink's process alternate). They are converted naively, as the page view
// does (renderer/canvas/geometry.ts cmykToCss): each channel is (1 − ink) × (1 − K). Going
// through the output profile's inverse would match print more closely for coloured boxes, but
// newspaper pages are nearly all black text and K-only rules, for which both give black.
import type { Cmyk } from '../../../../../shared/model';

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

/** `#rrggbb` for a CMYK colour (0–100 per ink). */
export function cmykToHex(color: Cmyk): string {
  const k = 1 - clamp(color.k) / 100;
  const channel = (ink: number): number => Math.round(255 * (1 - clamp(ink) / 100) * k);
  return `#${hex2(channel(color.c))}${hex2(channel(color.m))}${hex2(channel(color.y))}`;
}

function clamp(ink: number): number {
  return Math.min(100, Math.max(0, ink));
}

/** [r, g, b] for a CMYK colour (0–100 per ink). */
export function cmykToRgb(color: Cmyk): [number, number, number] {
  const hex = cmykToHex(color);
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
}

const TEXT_INK: Cmyk = { c: 0, m: 0, y: 0, k: 100 };
/** Text is painted as print paints it: 100 % K (pdf/pageContent.ts). */
export const TEXT_COLOR = cmykToHex(TEXT_INK);
export const TEXT_RGB: readonly [number, number, number] = cmykToRgb(TEXT_INK);
