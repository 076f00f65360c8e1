import { describe, expect, it } from 'vitest';
import { formatTimings, timePhase, timePhaseSync, timingsEnabled } from '../../../src/main/services/timings';

describe('phase timings', () => {
  it('are off unless GALLEY_TIMINGS=1, and then only pass results and errors through', async () => {
    expect(process.env['GALLEY_TIMINGS']).not.toBe('1');
    expect(timingsEnabled()).toBe(false);
    expect(timePhaseSync('x', () => 42)).toBe(42);
    expect(await timePhase('x', async () => 'done')).toBe('done');
    await expect(timePhase('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });

  it('print one line per phase in the order first seen, with the peak RSS when it ended, then the age and peak of the process', () => {
    const text = formatTimings(
      new Map([
        ['fonts: list', { ms: 12.34, count: 1, peakKb: 60 * 1024 }],
        ['pdf: hb-subset', { ms: 101.5, count: 5, peakKb: 140 * 1024 }],
      ]),
      456.78,
      150 * 1024,
    );
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^galley-timing fonts: list +12\.3 ms {2}peak RSS +60 MB {2}\(1×\)$/u);
    expect(lines[1]).toMatch(/^galley-timing pdf: hb-subset +101\.5 ms {2}peak RSS +140 MB {2}\(5×\)$/u);
    expect(lines[2]).toMatch(/^galley-timing exit \(since process start\) +456\.8 ms {2}peak RSS +150 MB$/u);
    expect(lines[3]).toBe('');
    // Columns line up: every figure ends at the same place.
    expect(new Set(lines.slice(0, 3).map((l) => l.indexOf(' ms')))).toHaveProperty('size', 1);
  });
});
