// Opening the window: the edition, the font listing and then the font files are asked for before
// React renders anything, whichever of the edition and the listing arrives last; a host that is
// slow to list its fonts does not keep the window blank, and a failed load does not either.
import { describe, expect, it } from 'vitest';
import { startOpening } from '../../../../src/renderer/app/opening';
import { edition, G, page, para, story, textFrame } from '../../shared/layout/flow/fixtures';
import { FakeHost } from '../support/fakeHost';
import { listingOf, readFontOf, SERIF_AND_LATIN } from '../support/fontListing';

const ED = edition([page('p1', 1, [textFrame('a', { x: 50, y: 100, width: 200, height: 100 }, 's1')])], [story('s1', [para('x', G, '今日 Galley 出版')])]);
const IDS = SERIF_AND_LATIN.map((f) => listingOf(f).id);
const never = (): Promise<void> => new Promise(() => {});

function fontHost(): FakeHost {
  const host = new FakeHost(ED);
  const answerList = host.listFonts;
  host.listFonts = async (req) => {
    await answerList(req); // recorded, and held or failed as the spec says
    return { fonts: SERIF_AND_LATIN.map(listingOf), problems: [] };
  };
  const answerRead = host.readFont;
  host.readFont = async (req) => {
    await answerRead(req).catch(() => {});
    return readFontOf(SERIF_AND_LATIN)(req);
  };
  return host;
}

const asked = (host: FakeHost): string[] => host.callsOf('readFont').map((r) => r.id);

describe('startOpening', () => {
  it('asks for the edition and the font listing at once', () => {
    const host = fontHost();
    startOpening(host, never);
    expect(host.calls.map((c) => c.method).sort()).toEqual(['getDocument', 'listFonts']);
  });

  it('has asked for the font files when it lets the first render go, the listing arriving last', async () => {
    const host = fontHost();
    const releaseListing = host.hold('listFonts');
    const opening = startOpening(host, never);
    let requested = false;
    // What had been asked for at the moment the first render was let go.
    const atRelease = opening.requested.then(() => ((requested = true), asked(host)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(opening.store.getState().status).toBe('ready');
    expect(requested).toBe(false);
    releaseListing();
    expect(await atRelease).toEqual(IDS);
  });

  it('has asked for the font files when it lets the first render go, the edition arriving last', async () => {
    const host = fontHost();
    const releaseDocument = host.hold('getDocument');
    const opening = startOpening(host, never);
    const atRelease = opening.requested.then(() => asked(host));
    await opening.layout.listingSettled();
    expect(asked(host)).toEqual([]);
    releaseDocument();
    expect(await atRelease).toEqual(IDS);
  });

  it('lets the first render go after its wait when the listing is slow, and asks for the files when it comes', async () => {
    const host = fontHost();
    const releaseListing = host.hold('listFonts');
    let waited = (): void => {};
    const opening = startOpening(host, () => new Promise((resolve) => (waited = resolve)));
    waited();
    await opening.requested;
    expect(asked(host)).toEqual([]);
    releaseListing();
    await opening.layout.listingSettled();
    expect(asked(host)).toEqual(IDS);
  });

  it('lets the first render go when the edition cannot be loaded', async () => {
    const host = fontHost();
    host.failNext('getDocument', 'not-found', 'no edition here');
    const opening = startOpening(host, never);
    await opening.requested;
    expect(opening.store.getState().status).toBe('error');
    expect(asked(host)).toEqual([]);
  });
});
