// fontLoader.ts: font bytes from the host, once per session. Each FILE is fetched once (a TTC's
// faces share it), as raw bytes (readFont is binary on both transports), and opened with the
// same openFace main uses; the id's hash names the bytes, so the face here is the face main
// measured with. Each file's arrival is a performance measure (`galley:font-fetch <file>`), so
// the bench's trace shows where the opening time goes.
import type { FontListing } from '../../shared/host-api';
import { type Face, type FontId, openFace, parseFontId } from '../../shared/layout/fonts';
import type { HostMethods } from '../host';

export interface FontLoadStats {
  /** Font files fetched so far, and their size in bytes. */
  readonly files: number;
  readonly bytes: number;
}

export interface FontLoader {
  /** The host's faces in priority order (fetched once). */
  listing(): Promise<readonly FontListing[]>;
  /** The listing when it has arrived, else null: lets a caller start fetching in the same task. */
  listed(): readonly FontListing[] | null;
  /**
   * Opens the faces, fetching the files not fetched yet; faces come back in the order asked.
   * When the listing has arrived, the fetches start before this returns.
   */
  faces(ids: readonly FontId[]): Promise<Face[]>;
  /**
   * For the first paint: the faces as the host's subsets of the open edition's characters
   * (readFont `subset`), each under the id of its whole face; a face the host answers whole is
   * kept as the whole face, so faces() does not fetch it again. A subset shapes like its face for
   * the characters it holds; hasGlyph is false for the others.
   */
  subsetFaces(ids: readonly FontId[]): Promise<Face[]>;
  stats(): FontLoadStats;
}

/** A font file the host could not deliver, or delivered in a form that cannot be opened. */
export class FontLoadError extends Error {
  override readonly name = 'FontLoadError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function createFontLoader(host: Pick<HostMethods, 'listFonts' | 'readFont'>): FontLoader {
  let listing: Promise<readonly FontListing[]> | null = null;
  let listed: readonly FontListing[] | null = null;
  const files = new Map<string, Promise<Uint8Array>>();
  const opened = new Map<FontId, Face>();
  let stats: FontLoadStats = { files: 0, bytes: 0 };

  const list = (): Promise<readonly FontListing[]> => {
    if (!listing) {
      listing = host.listFonts({}).then((r) => (listed = r.fonts));
      listing.catch(() => (listing = null));
    }
    return listing;
  };

  const fileBytes = (id: FontId, name: string, sha256: string): Promise<Uint8Array> => {
    let entry = files.get(sha256);
    if (!entry) {
      const started = performance.now();
      entry = host.readFont({ id }).then(({ bytes }) => {
        stats = { files: stats.files + 1, bytes: stats.bytes + bytes.byteLength };
        performance.measure(`galley:font-fetch ${name}`, { start: started, detail: { bytes: bytes.byteLength } });
        return bytes;
      });
      // A failed fetch is not remembered, so a later attempt can succeed.
      entry.catch(() => files.delete(sha256));
      files.set(sha256, entry);
    }
    return entry.catch((error: unknown) => {
      throw new FontLoadError(name, error instanceof Error ? error.message : String(error));
    });
  };

  const open = (known: readonly FontListing[], ids: readonly FontId[]): Promise<Face[]> =>
    Promise.all(
      ids.map(async (id) => {
        const cached = opened.get(id);
        if (cached) return cached;
        const parsed = parseFontId(id);
        const name = known.find((f) => f.id === id)?.file ?? id;
        if (!parsed) throw new FontLoadError(name, 'not a font id');
        const bytes = await fileBytes(id, name, parsed.sha256);
        let face: Face;
        const opening = performance.now();
        try {
          face = openFace(bytes, parsed.sha256, parsed.faceIndex);
          performance.measure(`galley:font-open ${name}`, { start: opening });
        } catch (error) {
          throw new FontLoadError(name, error instanceof Error ? error.message : String(error));
        }
        opened.set(id, face);
        return face;
      }),
    );

  const subsetFace = async (known: readonly FontListing[], id: FontId): Promise<Face> => {
    const cached = opened.get(id);
    if (cached) return cached;
    const parsed = parseFontId(id);
    const name = known.find((f) => f.id === id)?.file ?? id;
    if (!parsed) throw new FontLoadError(name, 'not a font id');
    const started = performance.now();
    let answer: { bytes: Uint8Array; subset?: boolean | undefined };
    try {
      answer = await host.readFont({ id, subset: true });
    } catch (error) {
      throw new FontLoadError(name, error instanceof Error ? error.message : String(error));
    }
    const { bytes } = answer;
    stats = { files: stats.files + 1, bytes: stats.bytes + bytes.byteLength };
    performance.measure(`galley:font-subset-fetch ${name}`, { start: started, detail: { bytes: bytes.byteLength, subset: answer.subset === true } });
    if (answer.subset !== true) {
      // The whole file after all (the host could not subset it): it is the face itself.
      if (!files.has(parsed.sha256)) files.set(parsed.sha256, Promise.resolve(bytes));
      return open(known, [id]).then(([face]) => face as Face);
    }
    try {
      // A subset is one face (index 0) whatever the index in its file; it keeps the whole face's
      // id, as the layout must name the face it will be composed with once that is here.
      return { ...openFace(bytes, parsed.sha256, 0), id };
    } catch (error) {
      throw new FontLoadError(name, `its subset cannot be opened: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return {
    listing: list,
    subsetFaces: (ids) => {
      const all = (known: readonly FontListing[]): Promise<Face[]> => Promise.all(ids.map((id) => subsetFace(known, id)));
      return listed ? all(listed) : list().then(all);
    },
    listed: () => listed,
    // No await before the fetches when the listing is here: an await would let React's render of
    // the workspace (a microtask queued by the same store update) run first, ~0.2 s.
    faces: (ids) => (listed ? open(listed, ids) : list().then((known) => open(known, ids))),
    stats: () => stats,
  };
}
