// The line-breaking conformance vectors (tests/fixtures/conformance/linebreak-cjk.json, copied
// from ../shared/conformance), run by the harness semantics of that folder's README: complete
// break sets, partial assertions, and lines laid out by the reference composition model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakOpportunities, fitLinesEm, parseProhibitionLevel, type ProhibitionLevel } from '../../../../../src/shared/layout/inline';

interface Case {
  readonly id: string;
  readonly category: string;
  readonly text: string;
  readonly level: string;
  readonly widthEm?: number;
  readonly options?: { readonly orphanControl?: boolean };
  readonly expect: {
    readonly breaks?: readonly number[];
    readonly noBreakBetween?: ReadonlyArray<readonly [number, number]>;
    readonly breakBetween?: ReadonlyArray<readonly [number, number]>;
    readonly lines?: readonly string[];
  };
}

const FIXTURE = join(import.meta.dirname, '../../../../fixtures/conformance/linebreak-cjk.json');
const suite = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { schemaVersion: number; indexUnit: string; cases: Case[] };

function level(c: Case): ProhibitionLevel {
  const parsed = parseProhibitionLevel(c.level);
  if (parsed === null) throw new Error(`${c.id}: unknown level ${c.level}`);
  return parsed;
}

describe('linebreak-cjk conformance vectors', () => {
  it('is the suite the harness expects: schema 1, code-point indices, 179 cases with unique ids', () => {
    expect(suite.schemaVersion).toBe(1);
    expect(suite.indexUnit).toBe('codePoint');
    expect(suite.cases).toHaveLength(179);
    expect(new Set(suite.cases.map((c) => c.id)).size).toBe(179);
  });

  const breakCases = suite.cases.filter((c) => c.expect.lines === undefined);
  const lineCases = suite.cases.filter((c) => c.expect.lines !== undefined);

  it.each(breakCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const length = Array.from(c.text).length;
    const breaks = new Set(breakOpportunities(c.text, level(c)).filter((j) => j > 0 && j < length));
    if (c.expect.breaks !== undefined) {
      expect([...breaks].sort((a, b) => a - b)).toEqual(c.expect.breaks);
      return;
    }
    const missing = (c.expect.breakBetween ?? []).filter(([, j]) => !breaks.has(j));
    const extra = (c.expect.noBreakBetween ?? []).filter(([, j]) => breaks.has(j));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  // The README: the expected lines hold for any advance of the other characters in (0, 1] em.
  describe.each([0.05, 0.5, 1])('lines with other characters %s em wide', (latinAdvanceEm) => {
    it.each(lineCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
      const lines = fitLinesEm(c.text, {
        widthEm: c.widthEm ?? Number.NaN,
        level: level(c),
        orphanControl: c.options?.orphanControl ?? false,
        latinAdvanceEm,
      });
      expect(lines.map((l) => l.text)).toEqual(c.expect.lines);
      expect(lines.map((l) => l.text).join('')).toBe(c.text);
    });
  });
});

// The README's options are off unless a case says otherwise: hanging punctuation included. The
// option is live (some vectors change with it on), and with it explicitly off every vector passes.
describe('linebreak-cjk conformance vectors and hanging punctuation', () => {
  const lineCases = suite.cases.filter((c) => c.expect.lines !== undefined);
  const lines = (c: Case, hangingPunctuation: boolean): string[] =>
    fitLinesEm(c.text, { widthEm: c.widthEm ?? Number.NaN, level: level(c), orphanControl: c.options?.orphanControl ?? false, hangingPunctuation }).map((l) => l.text);

  it('passes every line vector with hanging explicitly off', () => {
    const failing = lineCases.filter((c) => JSON.stringify(lines(c, false)) !== JSON.stringify(c.expect.lines)).map((c) => c.id);
    expect(failing).toEqual([]);
  });

  it('changes some of them with hanging on, which is why the vectors pin it off', () => {
    const changed = lineCases.filter((c) => JSON.stringify(lines(c, true)) !== JSON.stringify(c.expect.lines));
    expect(changed.length).toBeGreaterThan(0);
    // What changes is a line now ending in the mark that the vector pushed to the next line.
    for (const c of changed) {
      const hung = fitLinesEm(c.text, { widthEm: c.widthEm ?? Number.NaN, level: level(c), hangingPunctuation: true, orphanControl: c.options?.orphanControl ?? false });
      expect(hung.some((l) => l.resolution === 'hang'), c.id).toBe(true);
    }
  });
});
