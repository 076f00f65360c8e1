import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReaderAssets, loadReaderAssets, READER_OUT_DIR, writeReaderAssets } from '../../../../../src/main/services/export/epaper/html';

const ROOT = resolve(import.meta.dirname, '../../../../..');

/** A copy of the project's reader sources and configs, with node_modules linked, to edit freely. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'galley-reader-assets-'));
  for (const path of ['package.json', 'tsconfig.base.json', 'tsconfig.reader.json', 'src/epaper-reader', 'src/shared/epaper']) cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('buildReaderAssets', () => {
  it('builds the same bytes twice: one classic script, no modules, ASCII only', async () => {
    const [a, b] = [await buildReaderAssets(ROOT), await buildReaderAssets(ROOT)];
    expect(a.script).toBe(b.script);
    expect(a.style).toBe(b.style);
    // An IIFE: Chromium will not load a module script's imports from file://.
    expect(a.script.startsWith('"use strict";(()=>{')).toBe(true);
    expect(a.script.trimEnd().endsWith('})();')).toBe(true);
    expect(a.script).not.toMatch(/\bimport\s*[({"'*]|\bexport\s*[{*]|\brequire\(/u);
    // ASCII, so no server's or browser's guess at the charset can garble the Chinese in it.
    const nonAscii = /[^\t\n\r\x20-\x7e]/u;
    expect(a.script).not.toMatch(nonAscii);
    expect(a.style).not.toMatch(nonAscii);
  });

  it('asks nothing of the network: no fetch, no XHR, no absolute URL but the SVG namespace', async () => {
    const { script, style } = await buildReaderAssets(ROOT);
    expect(script).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|importScripts/u);
    expect(script.match(/https?:\/\/[^"'`\s]*/gu)).toEqual(['http://www.w3.org/2000/svg']);
    expect(style).not.toMatch(/url\(|@import|https?:/u);
  });

  it('bundles the search query from src/shared but not the model (no zod in the reader)', async () => {
    const { inputs, script } = await buildReaderAssets(ROOT);
    expect(inputs).toContain('src/shared/epaper/searchQuery.ts');
    expect(inputs.filter((i) => i.includes('node_modules') || i.startsWith('src/shared/model'))).toEqual([]);
    expect(script.length).toBeLessThan(60_000);
  });
});

describe('loadReaderAssets', () => {
  let project: string;
  beforeAll(() => {
    project = projectCopy();
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('builds in memory when nothing is prebuilt', async () => {
    expect(await loadReaderAssets(project)).toEqual({ script: (await buildReaderAssets(project)).script, style: (await buildReaderAssets(project)).style });
  });

  it('answers from a current prebuilt copy, byte for byte what a build gives', async () => {
    await writeReaderAssets(project);
    const out = join(project, READER_OUT_DIR);
    const loaded = await loadReaderAssets(project);
    expect(loaded.script).toBe(readFileSync(join(out, 'reader.js'), 'utf8'));
    const built = await buildReaderAssets(project);
    expect(loaded).toEqual({ script: built.script, style: built.style });
    // Proof that the copy on disk is what answers: a copy consistent with its manifest is taken as is.
    const marked = `/*prebuilt*/${loaded.script}`;
    writeFileSync(join(out, 'reader.js'), marked);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { script: string };
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ ...manifest, script: createHash('sha256').update(marked).digest('hex') }));
    expect((await loadReaderAssets(project)).script).toBe(marked);
  });

  it('rebuilds when a source changed since the prebuilt copy', async () => {
    await writeReaderAssets(project);
    const stale = readFileSync(join(project, READER_OUT_DIR, 'reader.css'), 'utf8');
    appendFileSync(join(project, 'src/epaper-reader/reader.css'), '\n.probe-rule { color: #123456; }\n');
    const loaded = await loadReaderAssets(project);
    expect(stale).not.toContain('.probe-rule');
    expect(loaded.style).toContain('.probe-rule');
  });

  it('takes the prebuilt copy as it is where the reader sources are not installed', async () => {
    await writeReaderAssets(project);
    const built = readFileSync(join(project, READER_OUT_DIR, 'reader.js'), 'utf8');
    const installed = mkdtempSync(join(tmpdir(), 'galley-reader-installed-'));
    try {
      cpSync(join(project, READER_OUT_DIR), join(installed, READER_OUT_DIR), { recursive: true });
      expect((await loadReaderAssets(installed)).script).toBe(built);
    } finally {
      rmSync(installed, { recursive: true, force: true });
    }
  });

  it('does not take a prebuilt copy that was cut short or edited', async () => {
    await writeReaderAssets(project);
    const file = join(project, READER_OUT_DIR, 'reader.js');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.slice(0, 100));
    expect((await loadReaderAssets(project)).script).toBe(good);
  });
});
