// The layout session asks the host for font files as early as it can: an opening of the page view
// waits for 36 MB of fonts, so the downloads must not wait for React to render the workspace.
import { describe, expect, it } from 'vitest';
import type { FontListing, HostRequest, HostResponse } from '../../../../src/shared/host-api';
import { createHarfBuzzShaper, FontNotFoundError } from '../../../../src/shared/layout/fonts';
import type { Edition } from '../../../../src/shared/model';
import { LayoutSession } from '../../../../src/renderer/layout/layoutSession';
import { FONT_FILES } from '../../../fixtures/fonts/fontFiles';
import { edition, G, page, para, story, textFrame } from '../../shared/layout/flow/fixtures';
import { listingOf, readFontOf, SERIF_AND_LATIN } from '../support/fontListing';

const FILES = SERIF_AND_LATIN;
const listing = listingOf;

/** A host that lists the serif and Latin faces and records which files are asked for. */
function fontHost(fonts: FontListing[] = FILES.map(listing)) {
  let release = (): void => {};
  const listed = new Promise<void>((resolve) => (release = resolve));
  const reads: string[] = [];
  return {
    reads,
    /** Lets listFonts answer (it waits until then). */
    releaseListing: release,
    listFonts: async (): Promise<HostResponse<'listFonts'>> => {
      await listed;
      return { fonts, problems: [] };
    },
    readFont: (req: HostRequest<'readFont'>): Promise<HostResponse<'readFont'>> => {
      reads.push(req.id);
      return readFontOf(FILES)(req);
    },
  };
}

// One placed paragraph in 正文-like style G: Noto Serif SC for Han, Source Serif 4 for Latin.
const ED = edition([page('p1', 1, [textFrame('a', { x: 50, y: 100, width: 200, height: 100 }, 's1')])], [story('s1', [para('x', G, '今日 Galley 出版')])]);
const never = (): Promise<never> => new Promise(() => {});
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('LayoutSession.ensureFonts', () => {
  it('asks the host for the files before it returns when the listing has arrived', async () => {
    const host = fontHost();
    const session = new LayoutSession(host, never);
    host.releaseListing();
    await settle();
    void session.ensureFonts(ED);
    // No await in between: the requests left in the same task as the call.
    expect(host.reads).toEqual(FILES.map((f) => listing(f).id));
    expect(session.getStatus().phase).toBe('loading');
  });

  it('asks for the files as soon as a late listing arrives', async () => {
    const host = fontHost();
    const session = new LayoutSession(host, never);
    void session.ensureFonts(ED);
    await settle();
    expect(host.reads).toEqual([]);
    host.releaseListing();
    await settle();
    expect(host.reads).toEqual(FILES.map((f) => listing(f).id));
  });

  it('is ready with the faces the edition needs once the files and HarfBuzz are here, each file fetched once', async () => {
    const host = fontHost();
    const session = new LayoutSession(host, async () => createHarfBuzzShaper(await import('harfbuzzjs')));
    host.releaseListing();
    await Promise.all([session.ensureFonts(ED), session.ensureFonts(ED)]);
    const status = session.getStatus();
    if (status.phase !== 'ready') throw new Error(`not ready: ${JSON.stringify(status)}`);
    expect(status.env.fonts.faces.map((f) => f.family)).toEqual(['Noto Serif SC', 'Source Serif 4']);
    expect(status.fonts.files).toBe(2);
    expect(host.reads).toHaveLength(2);
    const composed = session.composePage(ED, 'p1', status.env);
    expect(composed.page.frames.map((f) => f.columns.flatMap((c) => c.lines).length)).toEqual([1]);
    expect(composed.missingGlyphs).toEqual([]);
  });

  it('fails naming the families the styles want and the host does not have', async () => {
    const host = fontHost([listing(FONT_FILES.latinRegular)]);
    const session = new LayoutSession(host, never);
    host.releaseListing();
    await session.ensureFonts(ED);
    const status = session.getStatus();
    expect(status.phase).toBe('failed');
    expect(status.phase === 'failed' ? status.message : '').toMatch(/^Noto Serif SC \(regular\): the styles name these fonts, but the host has no such family$/u);
    // Named apart, so the window can say it in its language (LayoutBanner, layout.fontsMissing).
    expect(status.phase === 'failed' ? status.missingFonts : '').toBe('Noto Serif SC (regular)');
    expect(host.reads).toEqual([]);
  });
});

describe('LayoutSession.awaitsFonts', () => {
  /** ED with a second paragraph in a copy of style G set in `family`. */
  function withFamily(family: string): Edition {
    const g = ED.styles.paragraph.find((p) => p.id === G)!;
    const styled = { ...g, id: 'p-other', font: { ...g.font, cjk: family } };
    return {
      ...ED,
      styles: { ...ED.styles, paragraph: [...ED.styles.paragraph, styled] },
      stories: ED.stories.map((s) => ({ ...s, paragraphs: [...s.paragraphs, para('y', 'p-other', '新的段落')] })),
    };
  }

  it('says a story in a face the host lists but the page has not loaded yet is waiting, not failing', async () => {
    const host = fontHost([...FILES, FONT_FILES.sansRegular].map(listing));
    const session = new LayoutSession(host, async () => createHarfBuzzShaper(await import('harfbuzzjs')));
    expect(session.awaitsFonts(ED)).toBe(true);
    host.releaseListing();
    await session.ensureFonts(ED);
    const status = session.getStatus();
    if (status.phase !== 'ready') throw new Error(`not ready: ${JSON.stringify(status)}`);
    expect(session.awaitsFonts(ED)).toBe(false);
    // The sans face is listed but not loaded: composing now fails, and the page view waits.
    const sans = withFamily('Noto Sans SC');
    expect(() => session.composePage(sans, 'p1', status.env)).toThrow(FontNotFoundError);
    expect(session.awaitsFonts(sans)).toBe(true);
    // A family the host does not have is a failure to report.
    expect(session.awaitsFonts(withFamily('No Such Family'))).toBe(false);
    await session.ensureFonts(sans);
    expect(session.awaitsFonts(sans)).toBe(false);
  });
});

describe('LayoutSession.storyOverset', () => {
  it('says whether a story is overset as an edition places it, and has no answer while its faces load', async () => {
    const host = fontHost([...FILES, FONT_FILES.sansRegular].map(listing));
    const session = new LayoutSession(host, async () => createHarfBuzzShaper(await import('harfbuzzjs')));
    expect(session.storyOverset(ED, 's1')).toBeNull();
    host.releaseListing();
    await session.ensureFonts(ED);
    expect(session.storyOverset(ED, 's1')).toBe(false);
    const long = { ...ED, stories: ED.stories.map((s) => ({ ...s, paragraphs: [para('x', G, '今日出版'.repeat(200))] })) };
    expect(session.storyOverset(long, 's1')).toBe(true);
    // In no frame: nothing to say.
    expect(session.storyOverset(ED, 'no-such-story')).toBeNull();
    // Set in a face not loaded yet (FontNotFoundError inside the engine): no answer, not a failure.
    const g = ED.styles.paragraph.find((p) => p.id === G)!;
    const sans = {
      ...ED,
      styles: { ...ED.styles, paragraph: [...ED.styles.paragraph, { ...g, id: 'p-sans', font: { ...g.font, cjk: 'Noto Sans SC' } }] },
      stories: ED.stories.map((s) => ({ ...s, paragraphs: [para('y', 'p-sans', '新的段落')] })),
    };
    expect(session.storyOverset(sans, 's1')).toBeNull();
  });
});
