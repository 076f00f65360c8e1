// Preflight rules on frames and their colours: empty frames, objects outside the bleed, box and
// rule colours over the ink limit, rich black on thin lines and small solids.
import { describe, expect, it } from 'vitest';
import { type BoxFrame, type Cmyk, type Edition, type Frame, newImageFrame, NO_WRAP, type RuleFrame } from '../../../../src/shared/model';
import { RICH_BLACK_MIN_SIZE } from '../../../../src/shared/preflight';
import { edition, han, page, para, story, textFrame } from '../layout/flow/fixtures';
import { check, withCode } from './support';

const K100: Cmyk = { c: 0, m: 0, y: 0, k: 100 };
const RICH: Cmyk = { c: 40, m: 30, y: 30, k: 100 };

function rule(id: string, at: { x: number; y: number; width: number; height: number }, width: number, color: Cmyk): RuleFrame {
  return { id, kind: 'rule', name: '', ...at, locked: false, groupId: null, wrap: NO_WRAP, stroke: { width, color } };
}

function box(id: string, at: { x: number; y: number; width: number; height: number }, fill: Cmyk | null, stroke: RuleFrame['stroke'] | null = null): BoxFrame {
  return { id, kind: 'box', name: '底纹', ...at, locked: false, groupId: null, wrap: NO_WRAP, fill, stroke };
}

const on = (...frames: Frame[]): Edition => edition([page('p1', 1, frames)], []);

describe('preflight: empty frames', () => {
  it('warns about a text frame with no story and no template, and an image frame with no image', () => {
    const report = check(on(textFrame('t', { x: 50, y: 100, width: 100, height: 50 }, null), newImageFrame('i', { x: 200, y: 100, width: 100, height: 50 })));
    expect(withCode(report, 'empty-frame')).toEqual([
      expect.objectContaining({ severity: 'warning', frameId: 't', params: { kind: 'text' } }),
      expect.objectContaining({ severity: 'warning', frameId: 'i', params: { kind: 'image' } }),
    ]);
  });

  it('is quiet for furniture with a template and for frames with content', () => {
    const ed = edition([page('p1', 1, [textFrame('head', { x: 50, y: 60, width: 300, height: 20 }, null, { template: '{paper}' }), textFrame('t', { x: 50, y: 100, width: 100, height: 50 }, 's1')])], [story('s1', [para('a', 'p-plain', han(5))])]);
    expect(withCode(check(ed), 'empty-frame')).toEqual([]);
  });
});

describe('preflight: blank pages', () => {
  it('warns about a page with no frame of its own, even when its master prints a running head on it', () => {
    const master = { id: 'm1', name: '要闻版', frames: [textFrame('head', { x: 50, y: 60, width: 300, height: 20 }, null, { template: '{paper}' })] };
    const ed = edition([page('p1', 1, [textFrame('t', { x: 50, y: 100, width: 100, height: 50 }, 's1')]), page('p2', 2, [], 'm1'), page('p3', 3, [])], [story('s1', [para('a', 'p-plain', han(5))])], [master]);
    expect(withCode(check(ed), 'blank-page')).toEqual([
      expect.objectContaining({ severity: 'warning', pageId: 'p2', frameId: null }),
      expect.objectContaining({ severity: 'warning', pageId: 'p3', frameId: null }),
    ]);
  });
});

describe('preflight: page labels', () => {
  it('refuses a label two pages share, on each page after the first', () => {
    const frames = (id: string) => [textFrame(id, { x: 50, y: 100, width: 100, height: 50 }, 's1')];
    const pages = [page('p1', 1, frames('a')), { ...page('p2', 2, frames('b')), label: 'A01' }, page('p3', 3, frames('c')), { ...page('p4', 4, frames('d')), label: 'A01' }];
    const ed = edition(pages, [story('s1', [para('a', 'p-plain', han(5))])]);
    expect(withCode(check(ed), 'duplicate-label')).toEqual([
      expect.objectContaining({ severity: 'error', pageId: 'p2', params: { label: 'A01', first: 1 } }),
      expect.objectContaining({ severity: 'error', pageId: 'p4', params: { label: 'A01', first: 1 } }),
    ]);
    expect(withCode(check(edition(pages.slice(0, 1).concat(pages[2]!), [story('s1', [para('a', 'p-plain', han(5))])])), 'duplicate-label')).toEqual([]);
  });
});

describe('preflight: outside the bleed', () => {
  // Tabloid: trim 738.425 × 1063.; bleed 3 mm = 8.504 pt.
  it('refuses a frame entirely outside trim + bleed and warns about one partly outside', () => {
    const report = check(on(box('gone', { x: 760, y: 100, width: 50, height: 50 }, K100), box('half', { x: -30, y: 100, width: 100, height: 50 }, K100)));
    expect(withCode(report, 'outside-bleed')).toEqual([
      expect.objectContaining({ severity: 'error', frameId: 'gone', params: { extent: 'entire' } }),
      expect.objectContaining({ severity: 'warning', frameId: 'half', params: { extent: 'partial' } }),
    ]);
  });

  it('counts what a stroke paints: a rule on the bleed line with a thick stroke sticks out', () => {
    const ed = on(rule('r', { x: 0, y: -8.504, width: 100, height: 0 }, 2, K100));
    expect(withCode(check(ed), 'outside-bleed')).toEqual([expect.objectContaining({ severity: 'warning', frameId: 'r' })]);
  });

  it('is quiet for frames within the bleed, edges included', () => {
    const ed = on(box('bleeds', { x: -8.504, y: -8.504, width: 738.425 + 2 * 8.504, height: 100 }, K100), rule('r', { x: 50, y: 500, width: 600, height: 0 }, 1, K100));
    expect(withCode(check(ed), 'outside-bleed')).toEqual([]);
  });
});

describe('preflight: ink on boxes and rules', () => {
  it('refuses a fill or stroke whose C+M+Y+K exceeds the edition’s ink limit', () => {
    const heavy: Cmyk = { c: 80, m: 70, y: 70, k: 100 }; // 320 %
    const report = check(on(box('b', { x: 50, y: 100, width: 200, height: 200 }, heavy, { width: 12, color: heavy })));
    expect(withCode(report, 'ink-over-limit')).toEqual([
      expect.objectContaining({ severity: 'error', frameId: 'b', params: { ink: 320, limit: 240, part: 'fill' } }),
      expect.objectContaining({ severity: 'error', frameId: 'b', params: { ink: 320, limit: 240, part: 'stroke' } }),
    ]);
  });

  it('follows edition.output.inkLimit and is quiet at or under it', () => {
    const ed = on(box('b', { x: 50, y: 100, width: 200, height: 200 }, RICH)); // 200 %
    expect(withCode(check(ed), 'ink-over-limit')).toEqual([]);
    expect(withCode(check({ ...ed, output: { ...ed.output, inkLimit: 200 } }), 'ink-over-limit')).toEqual([]);
    expect(withCode(check({ ...ed, output: { ...ed.output, inkLimit: 180 } }), 'ink-over-limit')).toHaveLength(1);
  });
});

describe('preflight: rich black on small things', () => {
  it('warns about a thin rule and a narrow solid in rich black', () => {
    const report = check(on(rule('r', { x: 50, y: 500, width: 600, height: 0 }, 0.5, RICH), box('bar', { x: 50, y: 600, width: 600, height: 4 }, RICH)));
    expect(withCode(report, 'rich-black-small-text')).toEqual([
      expect.objectContaining({ severity: 'warning', frameId: 'r', params: { size: 0.5, ink: 200, part: 'stroke' } }),
      expect.objectContaining({ severity: 'warning', frameId: 'bar', params: { size: 4, ink: 200, part: 'fill' } }),
    ]);
  });

  it('is quiet for 100 % K, for dark colours below 85 % K, and for rich-black solids of 10 pt and more', () => {
    const dark: Cmyk = { c: 60, m: 40, y: 0, k: 80 };
    const report = check(on(
      rule('k', { x: 50, y: 500, width: 600, height: 0 }, 0.5, K100),
      rule('navy', { x: 50, y: 520, width: 600, height: 0 }, 0.5, dark),
      box('solid', { x: 50, y: 600, width: 600, height: RICH_BLACK_MIN_SIZE }, RICH),
    ));
    expect(withCode(report, 'rich-black-small-text')).toEqual([]);
  });
});
