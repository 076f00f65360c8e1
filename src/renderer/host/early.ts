// early.ts: the requests an opening needs first, sent by the renderer's first script (main.tsx)
// before the chunks with the model, zod, the layout engine and React are even evaluated (~0.2 s
// of script on two cores). It imports nothing heavy: the answers are handed, unread, to the
// host made later (createHost(early)), which checks them at the boundary exactly as it checks
// its own (http.ts, bridge.ts). HarfBuzz's wasm is fetched and compiled meanwhile too.
// As soon as the edition and the font listing are in, it also asks for the font subsets the
// edition's paragraph styles can use (a guess by family, as the host's prewarm makes them:
// services/fonts/fontSubsets.ts), so they are here by the time the layout asks for them.
import type { GalleyBridge } from '../../shared/host-api';
import { readToken } from './token';

/** Methods asked for at once; both take the empty request. */
export type EarlyMethod = 'getDocument' | 'listFonts';
const EARLY_METHODS: readonly EarlyMethod[] = ['getDocument', 'listFonts'];

/** What a transport got back: an HTTP response (galley serve) or the preload bridge's answer. */
export type EarlyAnswer = { readonly transport: 'http'; readonly response: Response } | { readonly transport: 'electron'; readonly result: unknown };

export interface EarlyCalls {
  /**
   * The answer to `method`'s early request, once: the first caller takes it (a rejected promise
   * is the transport's failure), later callers get null and ask the host themselves.
   */
  take(method: EarlyMethod): Promise<EarlyAnswer> | null;
  /** The answer to an early `readFont({ id, subset: true })`, once, or null when none was sent. */
  takeSubset(id: string): Promise<EarlyAnswer> | null;
}

export function startEarlyCalls(): EarlyCalls {
  const pending = new Map<string, Promise<EarlyAnswer>>();
  const bridge = (window as { galley?: GalleyBridge }).galley;
  const token = bridge ? null : readToken();
  const send = (method: EarlyMethod | 'readFont', req: Record<string, unknown>, path: string): Promise<EarlyAnswer> | null => {
    let answer: Promise<EarlyAnswer> | null = null;
    if (bridge) {
      // Each bridge function is typed for its own method; these requests match them.
      const fn = bridge[method] as (req: unknown) => Promise<unknown>;
      answer = fn(req).then((result) => ({ transport: 'electron' as const, result }));
    } else if (token) {
      const headers = { Authorization: `Bearer ${token}` };
      const init: RequestInit = method === 'readFont' ? { headers } : { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(req) };
      answer = fetch(path, init).then((response) => ({ transport: 'http' as const, response }));
    }
    // Whoever takes it handles a failure; until then it must not count as unhandled.
    answer?.catch(() => {});
    return answer;
  };
  for (const method of EARLY_METHODS) {
    const answer = send(method, {}, `/api/${method}`);
    if (answer) pending.set(method, answer);
  }
  const [edition, listing] = [pending.get('getDocument'), pending.get('listFonts')];
  if (edition && listing) {
    void Promise.all([valueOf(edition), valueOf(listing)]).then(([doc, fonts]) => {
      for (const id of guessFaces(doc, fonts)) {
        const answer = send('readFont', { id, subset: true }, `/api/readFont/${encodeURIComponent(id)}?subset=edition`);
        if (answer) pending.set(`subset ${id}`, answer);
      }
    });
  }
  // Evaluating harfbuzzjs fetches and compiles its wasm; layout/harfbuzz.ts imports the same module.
  import('harfbuzzjs').catch(() => {});
  const take = (key: string): Promise<EarlyAnswer> | null => {
    const answer = pending.get(key) ?? null;
    pending.delete(key);
    return answer;
  };
  return { take, takeSubset: (id) => take(`subset ${id}`) };
}

/** The value of an answer for guessing only (a copy of the body; null when it failed). */
async function valueOf(answer: Promise<EarlyAnswer>): Promise<unknown> {
  try {
    const got = await answer;
    const body: unknown = got.transport === 'http' ? await got.response.clone().json() : got.result;
    return typeof body === 'object' && body !== null && 'ok' in body && body.ok === true && 'value' in body ? body.value : null;
  } catch {
    return null;
  }
}

/**
 * Ids of the listed faces, not italic, of the families the paragraph styles name. Unchecked
 * input, read defensively: a wrong guess only costs a request; the layout asks for what it
 * needs through the host as always.
 */
function guessFaces(doc: unknown, fonts: unknown): string[] {
  const styles = (doc as { edition?: { styles?: { paragraph?: unknown } } } | null)?.edition?.styles?.paragraph;
  const listed = (fonts as { fonts?: unknown } | null)?.fonts;
  if (!Array.isArray(styles) || !Array.isArray(listed)) return [];
  const families = new Set<string>();
  for (const style of styles as Array<{ font?: { cjk?: unknown; latin?: unknown } }>) {
    for (const family of [style.font?.cjk, style.font?.latin]) if (typeof family === 'string') families.add(family.toLowerCase());
  }
  const ids: string[] = [];
  for (const face of listed as Array<{ id?: unknown; family?: unknown; italic?: unknown }>) {
    if (typeof face.id === 'string' && typeof face.family === 'string' && face.italic !== true && families.has(face.family.toLowerCase())) ids.push(face.id);
  }
  return ids;
}
