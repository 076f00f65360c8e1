import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { textImportHandlers } from '../../../../src/main/services/editions';
import { ServiceError } from '../../../../src/main/services/errors';
import { HostApi } from '../../../../src/shared/host-api';
import { counterIds, ParagraphStyleIds } from '../../../../src/shared/model';

const SEED = new URL('../../../../resources/sample/seed-page.txt', import.meta.url);

describe('importText', () => {
  it('parses the seed page into stories without touching any edition, with a report in the asked language', async () => {
    const { importText } = textImportHandlers(counterIds());
    const text = await readFile(SEED, 'utf8');
    const answer = await importText({ name: 'seed-page.txt', text, locale: 'en' });
    const articles = answer.stories.filter((s) => s.paragraphs.some((p) => p.style === ParagraphStyleIds.headline));
    expect(articles.length).toBeGreaterThanOrEqual(3);
    expect(answer.stories.map((s) => s.id)).toEqual(answer.stories.map((_, i) => `story-${i + 1}`));
    expect(answer.report.join('\n')).toMatch(/stor/iu);
    const zh = await textImportHandlers(counterIds()).importText({ name: 'seed-page.txt', text, locale: 'zh-CN' });
    expect(zh.report.join('\n')).not.toBe(answer.report.join('\n'));
  });

  it('decodes file bytes strictly and says where a GBK file is not UTF-8', async () => {
    const { importText } = textImportHandlers(counterIds());
    // 中文 in GBK
    const gbk = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a]).toString('base64');
    const error = await importText({ name: 'gbk.txt', base64: gbk, locale: 'zh-CN' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toMatch(/gbk\.txt: byte 0 \(line 1\): not valid UTF-8/u);
  });

  it('reads Markdown by its file name and plain text otherwise', async () => {
    const { importText } = textImportHandlers(counterIds());
    const md = await importText({ name: 'a.md', base64: Buffer.from('# 标题\n\n正文**一**段。\n').toString('base64'), locale: 'zh-CN' });
    expect(md.stories[0]?.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toContain('正文一段。');
    const plain = await importText({ name: 'a.txt', text: '短标题\n\n第一段正文。\n\n第二段正文。', locale: 'zh-CN' });
    expect(plain.stories).toHaveLength(1);
  });

  it('refuses empty text, and a request with both or neither of text and base64', async () => {
    const { importText } = textImportHandlers(counterIds());
    await expect(importText({ name: 'blank.txt', text: ' \n ', locale: 'en' })).rejects.toBeInstanceOf(ServiceError);
    const schema = HostApi.importText.req;
    expect(schema.safeParse({ name: 'a', text: 'x', base64: 'eA==', locale: 'en' }).success).toBe(false);
    expect(schema.safeParse({ name: 'a', locale: 'en' }).success).toBe(false);
    expect(schema.safeParse({ name: 'a', text: 'x', locale: 'en' }).success).toBe(true);
  });
});
