// Preflight font rules: families the edition needs that no face provides, faces whose licence
// forbids embedding, and what happens to the layout checks when the edition cannot be composed.
import { describe, expect, it } from 'vitest';
import type { Edition } from '../../../../src/shared/model';
import { CharacterStyleIds } from '../../../../src/shared/model';
import { fontNeeds, preflightContext } from '../../../../src/shared/preflight';
import { edition, G, han, page, para, story, textFrame } from '../layout/flow/fixtures';
import { check, FAKE_FACE, fontFacts, withCode } from './support';

const box = { x: 50, y: 100, width: 100, height: 48 };

function sample(): Edition {
  const ed = edition([page('p1', 1, [textFrame('f1', box, 's1')]), page('p2', 2, [textFrame('f2', box, 's2')])], [
    story('s1', [para('a', G, han(10))]),
    story('s2', [{ id: 'b', style: 'p-zhuti', runs: [{ text: han(4), charStyle: null, marks: [] }] }, { id: 'c', style: G, runs: [{ text: han(3), charStyle: CharacterStyleIds.bold, marks: [] }] }]),
  ]);
  // s2's headline style is set in a family only it uses.
  return { ...ed, styles: { ...ed.styles, paragraph: ed.styles.paragraph.map((s) => (s.id === 'p-zhuti' ? { ...s, font: { cjk: '方正大标宋', latin: 'Source Serif 4' } } : s)) } };
}

describe('preflight: missing fonts', () => {
  it('names each needed family no face provides, with its weight and the style, where it is first set', () => {
    const report = check(sample(), { fonts: fontFacts({ missing: ['方正大标宋'] }), layout: null });
    expect(withCode(report, 'font-missing')).toEqual([
      expect.objectContaining({ severity: 'error', pageId: 'p2', frameId: 'f2', params: { family: '方正大标宋', weight: 'bold', style: '主题' } }),
    ]);
  });

  it('works out the needs as composition asks: style weights, character-style weights, both faces of the pair', () => {
    const needs = fontNeeds(preflightContext(sample())).map((n) => `${n.family}/${n.weight}`);
    expect(needs.sort()).toEqual(['Noto Serif SC/bold', 'Noto Serif SC/regular', 'Source Serif 4/bold', 'Source Serif 4/regular', '方正大标宋/bold'].sort());
  });

  it('is quiet when every needed family is there, and ignores styles no placed story uses', () => {
    const ed = sample();
    const unused: Edition = { ...ed, styles: { ...ed.styles, paragraph: ed.styles.paragraph.map((s) => (s.id === 'p-futi' ? { ...s, font: { cjk: 'Nobody Has This', latin: 'Nor This' } } : s)) } };
    expect(withCode(check(unused, { fonts: fontFacts({ missing: ['Nobody Has This', 'Nor This'] }) }), 'font-missing')).toEqual([]);
  });

  it('says the layout checks were skipped: a note beside the missing fonts, an error on its own', () => {
    const withFonts = check(sample(), { fonts: fontFacts({ missing: ['方正大标宋'] }), layout: null });
    expect(withCode(withFonts, 'layout-unavailable')).toEqual([expect.objectContaining({ severity: 'info', pageId: null })]);
    const alone = check(sample(), { layout: null });
    expect(withCode(alone, 'layout-unavailable')).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(alone.errors).toBe(1);
  });
});

describe('preflight: fonts that may not be embedded', () => {
  it('reports a face whose OS/2 fsType forbids embedding (restricted licence), once, where it is first used', () => {
    const restricted = { ...FAKE_FACE, fsType: 0x0002, embeddable: false };
    const report = check(sample(), { fonts: fontFacts({ face: restricted }) });
    expect(withCode(report, 'font-not-embeddable')).toEqual([
      expect.objectContaining({ severity: 'error', pageId: 'p1', frameId: 'f1', params: { family: FAKE_FACE.fullName, fsType: 2 } }),
    ]);
  });

  it('reports a face the layout used that the fonts no longer have', () => {
    expect(withCode(check(sample(), { fonts: fontFacts({ face: null }) }), 'font-missing')).toHaveLength(1);
  });

  it('is quiet for embeddable faces', () => {
    const report = check(sample());
    expect(withCode(report, 'font-not-embeddable')).toEqual([]);
    expect(withCode(report, 'font-missing')).toEqual([]);
  });
});
