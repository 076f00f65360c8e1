// The opening composes with the host's font subsets first (small files, same glyphs), then
// switches to the whole faces after the first paint; the layout is the same, and a character
// typed meanwhile that a subset lacks is set properly once the whole face is in.
import { describe, expect, it } from 'vitest';
import { createUnicodeSubsetter, editionCodePoints } from '../../../../src/main/services/fonts';
import type { HostRequest, HostResponse } from '../../../../src/shared/host-api';
import { createHarfBuzzShaper } from '../../../../src/shared/layout/fonts';
import { LayoutSession } from '../../../../src/renderer/layout/layoutSession';
import { fontBytes } from '../../../fixtures/fonts/fontFiles';
import { edition, G, page, para, story, textFrame } from '../../shared/layout/flow/fixtures';
import { listingOf, readFontOf, SERIF_AND_LATIN } from '../support/fontListing';

const FILES = SERIF_AND_LATIN;
const ED = edition([page('p1', 1, [textFrame('a', { x: 50, y: 100, width: 200, height: 100 }, 's1')])], [story('s1', [para('x', G, '今日 Galley 出版，记者报道。')])]);
// The same page after typing a character the edition did not have when the subsets were made.
const TYPED = edition([page('p1', 1, [textFrame('a', { x: 50, y: 100, width: 200, height: 100 }, 's1')])], [story('s1', [para('x', G, '今日 Galley 出版，记者报道鼹。')])]);

/** A host whose readFont answers `subset: true` with real hb-subset subsets of ED's characters. */
function subsettingHost() {
  const subsetter = createUnicodeSubsetter();
  const whole = readFontOf(FILES);
  const reads: string[] = [];
  return {
    reads,
    listFonts: async (): Promise<HostResponse<'listFonts'>> => ({ fonts: FILES.map(listingOf), problems: [] }),
    readFont: async (req: HostRequest<'readFont'>): Promise<HostResponse<'readFont'>> => {
      reads.push(`${req.subset === true ? 'subset' : 'whole'} ${listingOf(FILES.find((f) => listingOf(f).id === req.id) ?? '').family}`);
      if (req.subset !== true) return whole(req);
      const file = FILES.find((f) => listingOf(f).id === req.id) ?? '';
      return { id: req.id, bytes: await subsetter.subset(fontBytes(file), 0, editionCodePoints(ED), file), subset: true };
    },
  };
}

const shaper = async () => createHarfBuzzShaper(await import('harfbuzzjs'));
const until = async (test: () => boolean): Promise<void> => {
  for (let i = 0; i < 500 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!test()) throw new Error('timed out');
};

describe('LayoutSession opening with font subsets', () => {
  it('paints with the subsets, fetches the whole faces only after the first paint, and lays out the same with them', async () => {
    const host = subsettingHost();
    const session = new LayoutSession(host, shaper, undefined, shaper);
    const done = session.ensureFonts(ED);
    await until(() => session.getStatus().phase === 'ready');
    const first = session.getStatus();
    if (first.phase !== 'ready') throw new Error('not ready');
    expect(first.subset).toBe(true);
    expect(host.reads.sort()).toEqual(['subset Noto Serif SC', 'subset Source Serif 4']);
    const withSubsets = session.composePage(ED, 'p1', first.env);
    expect(withSubsets.missingGlyphs).toEqual([]);
    // Typed before the whole faces are in: the subset lacks 鼹, so it is missing for now…
    expect(session.composePage(TYPED, 'p1', first.env).missingGlyphs.length).toBeGreaterThan(0);
    session.notePainted();
    await done;
    const second = session.getStatus();
    if (second.phase !== 'ready') throw new Error('not ready');
    expect(second.subset).toBe(false);
    expect(host.reads.filter((r) => r.startsWith('whole')).sort()).toEqual(['whole Noto Serif SC', 'whole Source Serif 4']);
    expect(JSON.stringify(session.composePage(ED, 'p1', second.env).page)).toBe(JSON.stringify(withSubsets.page));
    // …and set with the whole face once it is here: nothing typed is lost.
    expect(session.composePage(TYPED, 'p1', second.env).missingGlyphs).toEqual([]);
  }, 60_000);

  it('waits for the whole faces when the host cannot give subsets', async () => {
    const host = subsettingHost();
    const failing = { ...host, readFont: (req: HostRequest<'readFont'>) => (req.subset === true ? Promise.reject(new Error('no subsets here')) : host.readFont(req)) };
    const session = new LayoutSession(failing, shaper, undefined, shaper);
    await session.ensureFonts(ED);
    const status = session.getStatus();
    expect(status.phase === 'ready' && !status.subset).toBe(true);
  }, 60_000);
});
