// The generated Unicode table: up to date with the packages it is generated from (so nobody
// edits it by hand), and decoded correctly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLineBreakData, OUTPUT } from '../../../../../scripts/gen-unicode-data.mjs';
import { eastAsianWidth, lineBreakClass } from '../../../../../src/shared/layout/inline';

describe('lineBreakData.ts', () => {
  it('is exactly what scripts/gen-unicode-data.mjs generates from the installed Unicode packages', async () => {
    const committed = readFileSync(OUTPUT, 'utf8');
    expect(committed === (await generateLineBreakData()), 'stale: run node scripts/gen-unicode-data.mjs').toBe(true);
  });

  it('stays small enough to ship in every bundle', () => {
    expect(readFileSync(OUTPUT, 'utf8').length).toBeLessThan(100_000);
  });
});

describe('lineBreakClass / eastAsianWidth', () => {
  it.each([
    ['。', 'CL', 'W'],
    ['，', 'CL', 'F'],
    ['：', 'NS', 'F'],
    ['？', 'EX', 'F'],
    ['“', 'QU', 'A'],
    ['（', 'OP', 'F'],
    ['—', 'B2', 'A'],
    ['…', 'IN', 'A'],
    ['·', 'AI', 'A'],
    ['／', 'ID', 'F'],
    ['/', 'SY', 'Na'],
    ['‐', 'HH', 'A'],
    ['中', 'ID', 'W'],
    ['a', 'AL', 'Na'],
    ['\u202f', 'GL', 'N'],
    ['\u{10AF6}', 'IN', 'N'],
    ['\u{2B820}', 'ID', 'W'],
  ])('%s is lb=%s, ea=%s', (ch, lb, ea) => {
    const cp = ch.codePointAt(0) ?? 0;
    expect(lineBreakClass(cp)).toBe(lb);
    expect(eastAsianWidth(cp)).toBe(ea);
  });

  it('gives unassigned code points the defaults of LineBreak.txt: ID in the CJK planes and emoji ranges, else XX', () => {
    expect(lineBreakClass(0x2fffd)).toBe('ID');
    expect(lineBreakClass(0x1f8ff)).toBe('ID');
    expect(lineBreakClass(0xe0080)).toBe('XX');
    expect(lineBreakClass(0x10ffff)).toBe('XX');
  });
});
