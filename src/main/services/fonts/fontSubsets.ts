// fontSubsets.ts: small fonts for the page view's first paint (issue 5 §6). The default CJK faces
// are 10–15 MB each, and an opening that waits for all of them waits ~0.5 s for bytes it mostly
// does not need. So the host makes, per face, a subset holding every character of the open
// edition plus what layout and the running heads add (LAYOUT_EXTRA_TEXT), with the glyph ids,
// features and metrics of the whole face (unicodeSubset.ts); the page view composes and paints
// with those, keeps downloading the whole faces and switches to them when they are in.
// Subsets are cached per face and grow: a later request whose characters the cached subset
// already holds gets it as it is; one with new characters gets a subset of the union.
import { type FontId, parseFontId } from '../../../shared/layout/fonts';
import type { Edition } from '../../../shared/model';
import type { HostHandlers } from '../hostDispatch';
import { createUnicodeSubsetter, UnicodeSubsetError, type UnicodeSubsetter } from './unicodeSubset';

/** Number characters of running heads and jump lines (dates, 第…版, 星期…). */
const NUMBERS = '0123456789〇零一二三四五六七八九十百千年月日星期第版期共续转接见上下页';

function range(from: number, to: number): string {
  let s = '';
  for (let c = from; c <= to; c++) s += String.fromCodePoint(c);
  return s;
}

/**
 * Characters layout may set that the edition's own text does not hold: every printable ASCII
 * character, the spaces, dashes, hyphens, quotes and ellipsis of General Punctuation (the
 * engine's hyphen and ellipsis among them), CJK symbols and punctuation, the fullwidth forms,
 * and the characters of dates, page numbers and jump lines.
 */
export const LAYOUT_EXTRA_TEXT = range(0x20, 0x7e) + '\u00a0\u00ad\u00b7' + range(0x2000, 0x206f) + range(0x3000, 0x303f) + range(0xff01, 0xff65) + NUMBERS;

const editionMemory = new WeakMap<Edition, ReadonlySet<number>>();

/** Every code point of the edition (text, styles, templates, metadata) plus LAYOUT_EXTRA_TEXT. */
export function editionCodePoints(edition: Edition): ReadonlySet<number> {
  let known = editionMemory.get(edition);
  if (!known) {
    const found = new Set<number>();
    // The whole document as JSON: whatever text a frame can show is a string somewhere in it.
    for (const ch of JSON.stringify(edition) + LAYOUT_EXTRA_TEXT) found.add(ch.codePointAt(0) ?? 0);
    editionMemory.set(edition, (known = found));
  }
  return known;
}

export interface FontSubsetCache {
  /**
   * A subset of face `id` holding `codePoints`, or null when the face cannot be subset (the
   * caller then serves the whole file). Errors reading the face itself (an unknown id, a file
   * that changed) are thrown as readFont throws them.
   */
  read(id: FontId, codePoints: ReadonlySet<number>, readFont: (id: FontId) => Promise<Uint8Array>): Promise<Uint8Array | null>;
}

interface Cached {
  readonly codePoints: ReadonlySet<number>;
  readonly bytes: Promise<Uint8Array | null>;
}

export function createFontSubsetCache(subsetter: UnicodeSubsetter = createUnicodeSubsetter(), log: (message: string, error: unknown) => void = () => {}): FontSubsetCache {
  const cache = new Map<FontId, Cached>();
  return {
    read(id, codePoints, readFont) {
      const known = cache.get(id);
      if (known && covers(known.codePoints, codePoints)) return known.bytes;
      const wanted = known ? new Set([...known.codePoints, ...codePoints]) : codePoints;
      const parsed = parseFontId(id);
      const bytes = (async () => {
        const whole = await readFont(id);
        try {
          return await subsetter.subset(whole, parsed?.faceIndex ?? 0, wanted, id);
        } catch (error) {
          if (!(error instanceof UnicodeSubsetError)) throw error;
          log(`font ${id} cannot be subset; the page view gets the whole file`, error);
          return null;
        }
      })();
      const entry: Cached = { codePoints: wanted, bytes };
      cache.set(id, entry);
      // A failed read is not remembered (a subset that cannot be made is: null).
      bytes.catch(() => {
        if (cache.get(id) === entry) cache.delete(id);
      });
      return bytes;
    },
  };
}

function covers(have: ReadonlySet<number>, want: ReadonlySet<number>): boolean {
  if (have === want) return true;
  for (const cp of want) if (!have.has(cp)) return false;
  return true;
}

/**
 * Makes the subsets of the open edition's faces before the window asks for them: every listed
 * face of a family its paragraph styles name (a superset of what the page view asks for, which
 * also depends on weights). Run when an edition is opened; failures are the window's to meet.
 */
export async function prewarmFontSubsets(handlers: Pick<HostHandlers, 'getDocument' | 'listFonts' | 'readFont'>): Promise<number> {
  const [{ edition }, { fonts }] = await Promise.all([handlers.getDocument({}), handlers.listFonts({})]);
  const families = new Set(edition.styles.paragraph.flatMap((s) => [s.font.cjk, s.font.latin]).map(fold));
  let made = 0;
  for (const face of fonts) {
    if (!families.has(fold(face.family)) || face.italic) continue;
    // One at a time: hb-subset takes the CPU, and the window's own requests come first.
    await handlers.readFont({ id: face.id, subset: true }).then(
      () => (made += 1),
      () => {},
    );
  }
  return made;
}

function fold(name: string): string {
  return name.toLowerCase();
}
