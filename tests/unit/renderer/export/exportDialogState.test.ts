// The export dialog's decisions: Export waits for preflight and a folder, stays disabled while
// errors exist unless overridden, and the bar reads 100 % only when the job has finished.
import { describe, expect, it } from 'vitest';
import { canStartExport, PHASE_KEYS, progressPercent, type PreflightState } from '../../../../src/renderer/export/exportDialogState';
import { en } from '../../../../src/renderer/i18n/en';
import { EXPORT_PHASES } from '../../../../src/shared/export-api';

const clean: PreflightState = { kind: 'done', report: { issues: [], errors: 0, warnings: 0 } };
const withErrors: PreflightState = {
  kind: 'done',
  report: { issues: [{ code: 'overset', severity: 'error', pageId: 'p', pageLabel: 'A01', frameId: 'f', frameName: '头条', params: { zi: 3 } }], errors: 1, warnings: 0 },
};

describe('canStartExport', () => {
  it.each([
    ['a clean report and a folder', { preflight: clean, override: false, outDir: '/out', running: false }, true],
    ['preflight still running', { preflight: { kind: 'running' } as const, override: false, outDir: '/out', running: false }, false],
    ['preflight that failed', { preflight: { kind: 'failed', message: 'x' } as const, override: true, outDir: '/out', running: false }, false],
    ['no folder', { preflight: clean, override: false, outDir: '  ', running: false }, false],
    ['an export running', { preflight: clean, override: false, outDir: '/out', running: true }, false],
    ['errors, not overridden', { preflight: withErrors, override: false, outDir: '/out', running: false }, false],
    ['errors, overridden', { preflight: withErrors, override: true, outDir: '/out', running: false }, true],
  ])('with %s: %s', (_, conditions, expected) => {
    expect(canStartExport(conditions)).toBe(expected);
  });
});

describe('progressPercent', () => {
  it('rounds down and holds below 100 until the job is done', () => {
    expect(progressPercent({ done: 0, total: 12, state: 'running' })).toBe(0);
    expect(progressPercent({ done: 5, total: 12, state: 'running' })).toBe(41);
    expect(progressPercent({ done: 12, total: 12, state: 'running' })).toBe(99);
    expect(progressPercent({ done: 12, total: 12, state: 'done' })).toBe(100);
    expect(progressPercent({ done: 3, total: 12, state: 'failed' })).toBe(25);
  });
});

describe('PHASE_KEYS', () => {
  it('names every phase of the pipeline with a message of its own', () => {
    expect(Object.keys(PHASE_KEYS).sort()).toEqual([...EXPORT_PHASES].sort());
    const words = EXPORT_PHASES.map((p) => en[PHASE_KEYS[p]]);
    expect(new Set(words).size).toBe(EXPORT_PHASES.length);
  });
});
