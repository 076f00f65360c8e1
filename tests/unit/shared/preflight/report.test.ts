// The preflight report as a whole: sorted by page order, then severity, then the frame's place
// on the page; counts; the frame names staff know; and every code worded in both languages.
import { describe, expect, it } from 'vitest';
import { type Cmyk, type Edition, newImageFrame, newTextFrame, NO_WRAP } from '../../../../src/shared/model';
import { formatPreflightIssue, type PreflightCode, type PreflightIssue } from '../../../../src/shared/preflight';
import { edition, G, han, page, para, story, textFrame } from '../layout/flow/fixtures';
import { check } from './support';

const RICH: Cmyk = { c: 40, m: 30, y: 30, k: 100 };
const rule = (id: string, y: number) => ({ id, kind: 'rule' as const, name: '', x: 50, y, width: 600, height: 0, locked: false, groupId: null, wrap: NO_WRAP, stroke: { width: 0.5, color: RICH } });

function mixed(): Edition {
  const master = { id: 'm', name: '要闻', frames: [newTextFrame('head', { x: 50, y: 60, width: 300, height: 20 }, { template: '{paper}', name: '报眉' })] };
  const ed = edition(
    [
      page('p1', 1, [rule('r1', 500), textFrame('over', { x: 50, y: 100, width: 100, height: 24 }, 's1'), newImageFrame('empty', { x: 300, y: 100, width: 50, height: 50 })], 'm'),
      page('p2', 2, [textFrame('t2', { x: 50, y: 100, width: 100, height: 24 }, 's2'), rule('r2', 600)], 'm'),
    ],
    [story('s1', [para('a', G, han(50))]), { ...story('s2', [para('b', G, han(5))]), slug: '第二篇' }],
    [master],
  );
  return { ...ed, assets: [] };
}

describe('preflight report', () => {
  it('sorts by page, then errors before warnings before notes, then the frame’s place on the page', () => {
    const report = check(mixed(), { layout: null });
    expect(report.issues.map((i) => [i.pageLabel, i.severity, i.frameId, i.code])).toEqual([
      [null, 'error', null, 'layout-unavailable'],
      ['A01', 'warning', 'r1', 'rich-black-small-text'],
      ['A01', 'warning', 'empty', 'empty-frame'],
      ['A02', 'warning', 'r2', 'rich-black-small-text'],
    ]);
  });

  it('counts errors and warnings, and orders an overset error before the page’s warnings', () => {
    const report = check(mixed());
    expect(report.issues.map((i) => [i.pageLabel, i.severity, i.frameId])).toEqual([
      ['A01', 'error', 'over'],
      ['A01', 'warning', 'r1'],
      ['A01', 'warning', 'empty'],
      ['A02', 'warning', 'r2'],
    ]);
    expect([report.errors, report.warnings]).toEqual([1, 3]);
  });

  it('names frames as staff know them: the story’s slug, the image’s name or file, the furniture’s name', () => {
    const ed = mixed();
    const withImage: Edition = {
      ...ed,
      assets: [{ id: 'a', kind: 'image', path: 'assets/灯会.jpg', mime: 'image/jpeg', pixelWidth: 10, pixelHeight: 10, description: '', colorSpace: null, ppi: null, caption: '', credit: '', preview: null }],
      pages: ed.pages.map((p) => (p.id === 'p2' ? { ...p, frames: [...p.frames, newImageFrame('pic', { x: 300, y: 2000, width: 50, height: 50 }, { assetId: 'a' })] } : p)),
      masters: ed.masters.map((m) => ({ ...m, frames: m.frames.map((f) => ({ ...f, y: -100 })) })),
    };
    const names = new Map(check(withImage).issues.map((i) => [`${i.pageLabel}/${i.frameId}`, i.frameName]));
    expect(names.get('A01/over')).toBe('s1');
    expect(names.get('A02/pic')).toBe('灯会.jpg');
    expect(names.get('A01/head')).toBe('报眉');
    expect(names.get('A02/head')).toBe('报眉');
  });
});

const SAMPLES: Record<PreflightCode, PreflightIssue['params']> = {
  overset: { zi: 37, storyId: 's1', slug: '春耕' },
  'missing-glyph': { text: '䶮', font: 'Noto Serif SC' },
  'font-missing': { family: '方正书宋', weight: 'bold', style: '主题' },
  'font-not-embeddable': { family: 'FZShuSong', fsType: 2 },
  'image-low-res': { ppi: 96, threshold: 100 },
  'image-missing': { path: 'assets/photo.jpg' },
  'image-rgb-converted': { path: 'assets/photo.png' },
  'image-ink-over-limit': { ink: 262.4, limit: 240 },
  'ink-over-limit': { ink: 320, limit: 240, part: 'fill' },
  'empty-frame': { kind: 'image' },
  'blank-page': {},
  'duplicate-label': { label: 'A01', first: 1 },
  'outside-bleed': { extent: 'entire' },
  'text-in-margin': { style: '正文', lines: 3 },
  'rich-black-small-text': { size: 0.5, ink: 200, part: 'stroke' },
  'broken-thread': { detail: 'cycle', target: 'frame-9' },
  'layout-unavailable': { reason: 'no font of the family "X"' },
  'profile-unusable': { file: 'assets/plant.icc', reason: 'not a CMYK output profile' },
};

describe('formatPreflightIssue', () => {
  const issue = (code: PreflightCode): PreflightIssue => ({ code, severity: 'error', pageId: 'p1', pageLabel: 'A01', frameId: 'f', frameName: 'x', params: SAMPLES[code] });

  it('words every code in Chinese and English, with its figures and names', () => {
    for (const code of Object.keys(SAMPLES) as PreflightCode[]) {
      const zh = formatPreflightIssue(issue(code), 'zh-CN');
      const en = formatPreflightIssue(issue(code), 'en');
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/u);
      expect(en, code).not.toBe(zh);
      for (const [key, value] of Object.entries(SAMPLES[code])) {
        // Enumerations are worded, not printed; a story's id is for programs (its slug is shown).
        if (['weight', 'part', 'kind', 'extent', 'detail', 'storyId'].includes(key)) continue;
        expect(zh, `${code} zh`).toContain(String(value));
        expect(en, `${code} en`).toContain(String(value));
      }
    }
  });

  it('says the overset count in 字 and words thread problems by their reason', () => {
    expect(formatPreflightIssue(issue('overset'), 'zh-CN')).toBe('文字溢出 37 字：稿件「春耕」在文字框里排不下');
    expect(formatPreflightIssue({ ...issue('broken-thread'), params: { detail: 'not-in-thread', target: 'f1' } }, 'en')).toContain('not in its thread');
    expect(formatPreflightIssue({ ...issue('outside-bleed'), params: { extent: 'partial' } }, 'zh-CN')).toContain('部分超出出血');
  });
});
