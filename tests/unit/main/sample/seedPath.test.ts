import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findProjectRoot, SAMPLE_SEED_PATH, sampleSeedPath } from '../../../../src/main/services/sample';

const ROOT = join(import.meta.dirname, '../../../..');

describe('sampleSeedPath', () => {
  it('finds resources/sample/seed-page.txt from the module itself, whatever the working directory', () => {
    const path = sampleSeedPath();
    expect(path).toBe(join(ROOT, SAMPLE_SEED_PATH));
    expect(existsSync(path)).toBe(true);
  });

  it('works from where the electron-vite bundle lives (out/main/index.js), given as a file URL', () => {
    expect(sampleSeedPath(pathToFileURL(join(ROOT, 'out', 'main', 'index.js')).href)).toBe(join(ROOT, SAMPLE_SEED_PATH));
  });

  it('skips package.json files of other packages on the way up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-root-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'galley' }));
      mkdirSync(join(dir, 'node_modules', 'dep', 'dist'), { recursive: true });
      writeFileSync(join(dir, 'node_modules', 'dep', 'package.json'), JSON.stringify({ name: 'dep' }));
      expect(findProjectRoot(join(dir, 'node_modules', 'dep', 'dist'))).toBe(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so when no Galley project is above the start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-none-'));
    try {
      expect(() => findProjectRoot(dir)).toThrow(/cannot find the Galley project folder/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
