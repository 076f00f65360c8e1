// units.ts: the model stores points; the UI speaks millimetres, 字 and 行.
// Conversions live here and nowhere else, so rounding is decided once.

/** Points per millimetre: 72 pt per inch, 25.4 mm per inch. */
export const PT_PER_MM = 72 / 25.4;

/** Layout arithmetic rounds to 1/1000 pt so every process produces the same numbers. */
export function roundPt(pt: number): number {
  return Math.round(pt * 1000) / 1000;
}

export function mmToPt(mm: number): number {
  return roundPt(mm * PT_PER_MM);
}

export function ptToMm(pt: number): number {
  return Math.round((pt / PT_PER_MM) * 1000) / 1000;
}

/** Width of `n` Han characters (字) set solid at `bodySize` pt: each advances by 1 em. */
export function ziToPt(n: number, bodySize: number): number {
  return roundPt(n * bodySize);
}

export function ptToZi(pt: number, bodySize: number): number {
  return pt / bodySize;
}

/** Depth of `n` lines (行) on a baseline grid of `pitch` pt. */
export function hangToPt(n: number, pitch: number): number {
  return roundPt(n * pitch);
}

export function ptToHang(pt: number, pitch: number): number {
  return pt / pitch;
}

/**
 * 字号 (hào) sizes, digital values (typesetting-cjk.md §10). It is data, not code: an edition
 * carries its own copy in `format.sizeNames` and may change it.
 */
export const DEFAULT_SIZE_NAMES: ReadonlyArray<{ readonly name: string; readonly pt: number }> = [
  { name: '初号', pt: 42 },
  { name: '小初', pt: 36 },
  { name: '一号', pt: 26 },
  { name: '小一', pt: 24 },
  { name: '二号', pt: 22 },
  { name: '小二', pt: 18 },
  { name: '三号', pt: 16 },
  { name: '小三', pt: 15 },
  { name: '四号', pt: 14 },
  { name: '小四', pt: 12 },
  { name: '五号', pt: 10.5 },
  { name: '小五', pt: 9 },
  { name: '六号', pt: 7.5 },
  { name: '小六', pt: 6.5 },
  { name: '七号', pt: 5.5 },
  { name: '八号', pt: 5 },
];

/** Looks a 字号 name up in a size table; undefined when the table has no such name. */
export function sizeByName(
  table: ReadonlyArray<{ readonly name: string; readonly pt: number }>,
  name: string,
): number | undefined {
  return table.find((entry) => entry.name === name)?.pt;
}
