import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { counterIds } from '../../../../src/shared/model';
import { formatImportReport, importSeedText } from '../../../../src/main/services/import';

const SEED = readFileSync(join(import.meta.dirname, '../../../../resources/sample/seed-page.txt'), 'utf8');
const result = importSeedText(SEED, { newId: counterIds(), sourceName: 'seed-page.txt' });

describe('formatImportReport', () => {
  it('summarises the import in Chinese, one line per story, repair and flag', () => {
    const lines = formatImportReport(result.report, 'zh-CN');
    expect(lines[0]).toBe(`导入 seed-page.txt（新闻稿）：10 篇稿件，其中文章 9 篇；修复 ${result.report.notes.filter((n) => n.repaired).length} 处，标记 2 处待核对`);
    expect(lines.filter((l) => l.includes('[文章]'))).toHaveLength(9);
    expect(lines.filter((l) => l.includes('[段落拼接]'))).toHaveLength(8);
    expect(lines.find((l) => l.includes('[疑似缺字]'))).toContain('源文件第 111 行');
    expect(lines.find((l) => l.includes('[夹杂英文]'))).toContain('and');
    expect(lines).toContain('图片：校园科技节引领绿 有图片说明（记者 郑晓琳 王乐平 摄），需要一个图片框');
    // The two flags someone must check come right after the summary, not after every repair.
    expect(lines[1]).toBe('标记（未修改，请核对原稿）：');
    expect([lines[2], lines[3]].map((l) => /\[(疑似缺字|夹杂英文)\]/u.test(l ?? ''))).toEqual([true, true]);
    expect(lines[4]).toBe('稿件：');
  });

  it('groups full-width punctuation per paragraph and lists every offset', () => {
    const lines = formatImportReport(result.report, 'en').filter((l) => l.includes('[full-width]'));
    const perParagraph = new Set(result.report.notes.filter((n) => n.kind === 'fullwidth-punctuation').map((n) => `${n.storyId}/${n.paragraphId}`));
    expect(lines).toHaveLength(perParagraph.size);
    const total = lines.reduce((n, l) => n + Number(/: (\d+) half-width/u.exec(l)?.[1] ?? 0), 0);
    expect(total).toBe(result.report.notes.filter((n) => n.kind === 'fullwidth-punctuation').length);
  });

  it('speaks English when asked', () => {
    const lines = formatImportReport(result.report, 'en');
    expect(lines[0]).toMatch(/^Imported seed-page\.txt \(seed page\): 10 stories, 9 of them articles; \d+ repairs, 2 flags to check$/u);
    expect(lines.find((l) => l.includes('[lost text?]'))).toContain('source line 111');
  });
});
