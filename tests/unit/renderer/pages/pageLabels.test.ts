import { describe, expect, it } from 'vitest';
import { newPageLabel, relabelOps } from '../../../../src/renderer/pages/pageLabels';
import { applyOps, type Edition, formatLabel, labelPattern } from '../../../../src/shared/model';
import { sampleEdition } from '../../shared/model/fixtures';

function withLabels(labels: string[]): Edition {
  const base = sampleEdition();
  const pages = labels.map((label, i) => ({ ...(base.pages[i % 2] ?? base.pages[0]!), id: `p${i + 1}`, number: i + 1, label, frames: [] }));
  return { ...base, pages };
}

describe('labelPattern', () => {
  it('reads A01 on page 1 and 第3版 on page 3 as automatic, keeping prefix, padding and suffix', () => {
    expect(labelPattern('A01', 1)).toEqual({ prefix: 'A', width: 2, suffix: '' });
    expect(labelPattern('第3版', 3)).toEqual({ prefix: '第', width: 1, suffix: '版' });
    expect(formatLabel({ prefix: 'A', width: 2, suffix: '' }, 12)).toBe('A12');
    expect(formatLabel({ prefix: '第', width: 1, suffix: '版' }, 12)).toBe('第12版');
  });

  it('leaves labels set by hand alone: another number, or no number at all', () => {
    expect(labelPattern('B01', 9)).toBeNull();
    expect(labelPattern('头版', 1)).toBeNull();
    expect(labelPattern('', 1)).toBeNull();
  });
});

describe('newPageLabel', () => {
  it('follows the pattern of the page it is made next to, else the first automatic one, else 第N版', () => {
    expect(newPageLabel(withLabels(['A01', 'B01']), 2, 'p1')).toBe('A02');
    expect(newPageLabel(withLabels(['头版', '第2版']), 3, 'p1')).toBe('第3版');
    expect(newPageLabel(withLabels(['头版', '要闻']), 3, 'p1')).toBe('第3版');
  });
});

describe('relabelOps', () => {
  it('renumbers automatic labels of the pages a move shifts, and only those', () => {
    const edition = withLabels(['A01', 'A02', '特刊', 'A04']);
    const ops = relabelOps(edition, [{ type: 'movePage', pageId: 'p4', index: 0 }]);
    const after = applyOps(edition, [{ type: 'movePage', pageId: 'p4', index: 0 }, ...ops]).edition;
    expect(after.pages.map((p) => p.label)).toEqual(['A01', 'A02', 'A03', '特刊']);
    expect(after.pages.map((p) => p.id)).toEqual(['p4', 'p1', 'p2', 'p3']);
  });

  it('asks for nothing when no page changes its number', () => {
    const edition = withLabels(['A01', 'A02']);
    expect(relabelOps(edition, [{ type: 'updatePage', pageId: 'p1', patch: { section: '综合' } }])).toEqual([]);
  });
});
