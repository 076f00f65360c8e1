import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterIds, ParagraphStyleIds, paragraphText } from '../../../../src/shared/model';
import { detectFormat, firstInvalidUtf8Byte, ImportError, importFile } from '../../../../src/main/services/import';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function importError(path: string): Promise<ImportError> {
  const error: unknown = await importFile(path, { newId: counterIds() }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('importFile', () => {
  it('refuses a missing file, naming it', async () => {
    const error = await importError(join(dir, 'nope.txt'));
    expect(error.file).toBe(join(dir, 'nope.txt'));
    expect(error.reason).toContain('no such file');
  });

  it('refuses a folder', async () => {
    expect((await importError(dir)).reason).toContain('folder');
  });

  it('refuses an empty file and a whitespace-only file', async () => {
    expect((await importError(await file('empty.txt', ''))).reason).toBe('the file is empty');
    expect((await importError(await file('blank.txt', '\n  \n'))).reason).toContain('only whitespace');
  });

  it('refuses invalid UTF-8 with the byte offset and line of the first bad byte', async () => {
    // "第一行\n" is 10 bytes in UTF-8; then 0xB5 0xDA is GBK for 第.
    const bytes = Uint8Array.from([...new TextEncoder().encode('第一行\n'), 0xb5, 0xda, 0x0a]);
    const error = await importError(await file('gbk.txt', bytes));
    expect(error.location).toBe('byte 10 (line 2)');
    expect(error.reason).toContain('not valid UTF-8');
    expect(error.message).toBe(`${join(dir, 'gbk.txt')}: byte 10 (line 2): ${error.reason}`);
  });

  it('refuses UTF-16 and binary files', async () => {
    expect((await importError(await file('u16.txt', Uint8Array.from([0xff, 0xfe, 0x2c, 0x7b])))).reason).toContain('UTF-16');
    expect((await importError(await file('bin.txt', Uint8Array.from([0x61, 0x00, 0x62])))).reason).toContain('NUL');
  });

  it('reads a seed page, stripping a byte-order mark and CRLF line ends', async () => {
    const path = await file('page.txt', '\uFEFF## 标题一\r\n\r\n□记者 李森\r\n\r\n本报讯 正文。\r\n');
    const result = await importFile(path, { newId: counterIds() });
    expect(result.report.format).toBe('seed');
    expect(result.report.source).toBe('page.txt');
    expect(result.stories[0]?.paragraphs.map(paragraphText)).toEqual(['标题一', '□记者 李森', '本报讯 正文。']);
  });

  it('reads Markdown by extension: headings start stories, ### is a crosshead, emphasis is stripped', async () => {
    const path = await file('a.md', '导语段落。\n\n# 第一篇\n\n□记者 张三\n\n这是**重点**和*强调*，见[链接](http://x)。\n\n### 小标题\n正文继续。\n\n## 第二篇\n\n- 列表项。\n');
    const result = await importFile(path, { newId: counterIds() });
    expect(result.report.format).toBe('markdown');
    expect(result.stories.map((s) => s.paragraphs.map((p) => [p.style, paragraphText(p)]))).toEqual([
      [[ParagraphStyleIds.body, '导语段落。']],
      [
        [ParagraphStyleIds.headline, '第一篇'],
        [ParagraphStyleIds.byline, '□记者 张三'],
        [ParagraphStyleIds.body, '这是重点和强调，见链接。'],
        [ParagraphStyleIds.crosshead, '小标题'],
        [ParagraphStyleIds.body, '正文继续。'],
      ],
      [
        [ParagraphStyleIds.headline, '第二篇'],
        [ParagraphStyleIds.body, '列表项。'],
      ],
    ]);
    expect(result.stories[1]?.credits).toEqual([{ role: '记者', names: ['张三'] }]);
  });

  it('reads plain text: a short first line is the headline, wrapped lines join', async () => {
    const path = await file('plain.txt', '短标题\n\n第一段第一行\n第一段第二行。\n\nSecond paragraph\nwraps here.\n');
    const result = await importFile(path, { newId: counterIds() });
    expect(result.report.format).toBe('text');
    expect(result.stories[0]?.paragraphs.map((p) => [p.style, paragraphText(p)])).toEqual([
      [ParagraphStyleIds.headline, '短标题'],
      [ParagraphStyleIds.body, '第一段第一行第一段第二行。'],
      [ParagraphStyleIds.body, 'Second paragraph wraps here.'],
    ]);
  });

  it('keeps a plain-text first paragraph as body when it reads as a sentence', async () => {
    const path = await file('nohead.txt', '这是一个完整的句子。\n\n第二段。\n');
    const result = await importFile(path, { newId: counterIds() });
    expect(result.stories[0]?.paragraphs.map((p) => p.style)).toEqual([ParagraphStyleIds.body, ParagraphStyleIds.body]);
    expect(result.report.stories[0]?.kind).toBe('text');
    expect(result.stories[0]?.slug).toBe('这是一个完整的句');
  });
});

describe('detectFormat', () => {
  it('chooses by extension first, then by ## headlines', () => {
    expect(detectFormat('x.md', 'plain')).toBe('markdown');
    expect(detectFormat('x.MARKDOWN', 'plain')).toBe('markdown');
    expect(detectFormat('x.txt', 'intro\n## 标题\n')).toBe('seed');
    expect(detectFormat('x.txt', 'no headline\n#hashtag\n')).toBe('text');
  });
});

describe('firstInvalidUtf8Byte', () => {
  it.each([
    [[0x61, 0xe4, 0xb8, 0xad], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x61, 0xc0, 0xaf], 1], // overlong "/"
    [[0xed, 0xa0, 0x80], 0], // a UTF-16 surrogate
    [[0xe4, 0xb8], 0], // truncated at the end
    [[0x61, 0x80], 1], // a lone continuation byte
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
  ])('finds the first bad byte in %j', (bytes, expected) => {
    expect(firstInvalidUtf8Byte(Uint8Array.from(bytes))).toBe(expected);
  });
});
