import { describe, expect, it } from 'vitest';
import { clampStep, DEFAULT_STEP, readTextStep, safeStorage, TEXT_STEPS, writeTextStep } from '../../../src/epaper-reader/fontSize';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

const throwing = {
  getItem(): string | null {
    throw new Error('SecurityError: access denied for file://');
  },
  setItem(): void {
    throw new Error('QuotaExceededError');
  },
};

describe('text size storage', () => {
  it('remembers a step between pages', () => {
    const storage = memoryStorage();
    writeTextStep(storage, 4);
    expect(readTextStep(storage)).toBe(4);
    expect(TEXT_STEPS[4]).toBe(1.5);
  });

  it('falls back to 100 % for nothing stored, foreign values and steps out of range', () => {
    const storage = memoryStorage();
    expect(readTextStep(storage)).toBe(DEFAULT_STEP);
    for (const value of ['banana', '1.5', '-1', String(TEXT_STEPS.length), '']) {
      storage.setItem('galley-epaper.textSize', value);
      expect(readTextStep(storage)).toBe(DEFAULT_STEP);
    }
    expect(TEXT_STEPS[DEFAULT_STEP]).toBe(1);
  });

  it('works without storage, and with a storage that throws (file:// in a locked-down browser)', () => {
    expect(readTextStep(null)).toBe(DEFAULT_STEP);
    expect(readTextStep(throwing)).toBe(DEFAULT_STEP);
    expect(() => writeTextStep(throwing, 2)).not.toThrow();
    expect(() => writeTextStep(null, 2)).not.toThrow();
  });

  it('safeStorage answers null when even reaching the storage throws', () => {
    expect(
      safeStorage(() => {
        throw new Error('SecurityError');
      }),
    ).toBeNull();
    expect(safeStorage(() => throwing as unknown as Storage)).toBeNull();
    const storage = memoryStorage();
    expect(safeStorage(() => storage)).toBe(storage);
  });

  it('clampStep keeps the step on the scale', () => {
    expect(clampStep(-3)).toBe(0);
    expect(clampStep(99)).toBe(TEXT_STEPS.length - 1);
    expect(clampStep(2)).toBe(2);
  });
});
