import { describe, expect, it } from 'vitest';
import { createFontCatalog, type Face, FontNotFoundError, makeFontId, resolveComposite } from '../../../../../src/shared/layout/fonts';
import { loadFace } from '../../../../fixtures/fonts/fontFiles';

/** The Source Serif 4 face dressed up with another id, weight or slant, for matching rules. */
function variant(n: number, weight: number, italic = false): Face {
  return { ...loadFace('latinRegular'), id: makeFontId(n.toString(16).padStart(64, '0'), 0), weight, italic };
}

describe('createFontCatalog', () => {
  const regular = loadFace('serifRegular');
  const bold = loadFace('serifBold');

  it('finds faces by id and by any family name, in any case', () => {
    const catalog = createFontCatalog([regular, bold]);
    expect(catalog.byId(bold.id)).toBe(bold);
    expect(catalog.match('noto serif sc', 400)).toBe(regular);
    expect(catalog.match('NOTO SERIF SC', 700)).toBe(bold);
    expect(catalog.match('Noto Sans SC', 400)).toBeUndefined();
    expect(catalog.families()).toEqual(['Noto Serif SC']);
  });

  it('picks the nearest weight by the CSS rules', () => {
    const faces = [variant(1, 300), variant(2, 400), variant(3, 600), variant(4, 900)];
    const catalog = createFontCatalog(faces);
    const weightFor = (w: number): number | undefined => catalog.match('Source Serif 4', w)?.weight;
    expect(weightFor(400)).toBe(400);
    expect(weightFor(500)).toBe(400); // 400–500 look down before up past 500
    expect(weightFor(700)).toBe(900); // above 500 looks up first
    expect(weightFor(200)).toBe(300); // below 400: nothing lighter, so up
    expect(createFontCatalog([variant(1, 300), variant(3, 600)]).match('Source Serif 4', 450)?.weight).toBe(300);
  });

  it('prefers the slant asked for over a nearer weight', () => {
    const catalog = createFontCatalog([variant(1, 400, true), variant(2, 700, false)]);
    expect(catalog.match('Source Serif 4', 400)?.weight).toBe(700);
    expect(catalog.match('Source Serif 4', 400, true)?.italic).toBe(true);
  });

  it('lets the earlier of two equal faces win, so list order is priority', () => {
    const editionCopy = variant(5, 400);
    const defaultCopy = variant(6, 400);
    expect(createFontCatalog([editionCopy, defaultCopy]).match('Source Serif 4', 400)).toBe(editionCopy);
    expect(createFontCatalog([defaultCopy, editionCopy]).match('Source Serif 4', 400)).toBe(defaultCopy);
    expect(createFontCatalog([editionCopy, editionCopy]).faces).toHaveLength(1);
  });
});

describe('resolveComposite', () => {
  it('names the family and weight it cannot find, and the families it knows', () => {
    const catalog = createFontCatalog([loadFace('serifRegular'), loadFace('latinRegular')]);
    expect(() => resolveComposite(catalog, { cjk: '方正书宋', latin: 'Source Serif 4' }, 'regular')).toThrow(FontNotFoundError);
    expect(() => resolveComposite(catalog, { cjk: '方正书宋', latin: 'Source Serif 4' }, 'bold')).toThrow('no font of the family "方正书宋" (bold) is available; known families: Noto Serif SC, Source Serif 4');
  });

  it('falls back to the nearest weight when a family has no bold file', () => {
    const catalog = createFontCatalog([loadFace('serifRegular'), loadFace('latinRegular'), loadFace('latinBold')]);
    const font = resolveComposite(catalog, { cjk: 'Noto Serif SC', latin: 'Source Serif 4' }, 'bold');
    expect(font.cjk.weight).toBe(400);
    expect(font.latin.weight).toBe(700);
  });
});
