import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../src/main/services/store/atomicWrite';
import { firstInvalidUtf8, parseJsonBytes, parseJsonText } from '../../../../src/main/services/store/jsonText';
import { containedPath } from '../../../../src/main/services/store/paths';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file', async () => {
    const dir = await temp.make();
    const file = path.join(dir, 'a.json');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('leaves the old file and no temp file when the write fails', async () => {
    const dir = await temp.make();
    // The target is a folder: rename(file → folder) fails after the temp file was written.
    await writeFile(path.join(dir, 'keep'), 'x');
    await expect(writeFileAtomic(dir, 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['keep']);
  });
});

describe('parseJsonText', () => {
  it.each([
    ['{"a": 1,}', 1, 9, 'a string'],
    ['{\n  "a": [1, 2\n}', 3, 1, '"," or "]"'],
    ['{"a": tru}', 1, 10, '"true"'],
    ['{"a": "x\ny"}', 1, 9, 'a closing quote before the control character'],
    ['', 1, 1, 'a value'],
    ['{"a": "\\q"}', 1, 9, 'a valid escape after \\'],
    ['[1] [2]', 1, 5, 'the end of the file'],
    ['{"a": -}', 1, 7, 'a value'],
  ])('locates the error in %j at line %i, column %i', (text, line, column, expected) => {
    const result = parseJsonText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(`line ${line}, column ${column}: expected ${expected}`);
  });

  it('parses valid JSON and tolerates a byte-order mark', () => {
    expect(parseJsonBytes(new TextEncoder().encode('\ufeff{"标题": "新港口码头"}'))).toEqual({ ok: true, value: { 标题: '新港口码头' } });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x61, 0xe4, 0xb8, 0xad], -1],
    [[0x61, 0xc0, 0xaf], 1], // overlong "/"
    [[0x61, 0x62, 0xe4, 0xb8], 2], // truncated 中
    [[0xed, 0xa0, 0x80], 0], // a UTF-16 surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
    [[0xf0, 0x9f, 0x93, 0xb0, 0x80], 4], // 📰 then a stray continuation byte
  ])('finds the bad byte in %j at %i', (bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });
});

describe('containedPath', () => {
  it('refuses lexical escapes before touching the disk', async () => {
    const dir = await temp.make();
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'C:\\x', 'a\\b', 'a//b', './a', 'a\0b']) {
      expect((await containedPath(dir, bad)).ok, bad).toBe(false);
    }
  });
});
