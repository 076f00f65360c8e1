// httpFont.ts: readFont over `galley serve`. A font file is 10–15 MB, so it comes as the body of
// `GET /api/readFont/<id>` (src/main/http/fontRoute.ts), not base64 inside the JSON envelope:
// no 48 MB JSON parse or base64 decode before the first composed paint, and being a GET named by
// the content hash, the browser's HTTP cache keeps it for the next opening.
import type { HostRequest, HostResponse } from '../../shared/host-api';
import { isFontId } from '../../shared/layout/fonts';
import { HostError, throwRefusal } from './types';

/** @param sent the answer to the same request sent early (host/early.ts), if it was. */
export async function fetchFontFile(req: HostRequest<'readFont'>, token: string, sent?: Promise<Response | null>): Promise<HostResponse<'readFont'>> {
  // The id goes into a URL path: check it against the contract's pattern before it does. (Not
  // with the zod schema: its first parse in a page cost ~20 ms, just before the downloads.)
  const { id } = req;
  if (typeof id !== 'string' || !isFontId(id)) throw new HostError('invalid-request', `readFont: not a font id: "${String(id).slice(0, 100)}"`);
  let response: Response;
  try {
    const query = req.subset === true ? '?subset=edition' : '';
    response = (await sent) ?? (await fetch(`/api/readFont/${encodeURIComponent(id)}${query}`, { headers: { Authorization: `Bearer ${token}` } }));
  } catch (error) {
    throw new HostError('transport', `readFont: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (response.status === 401) throw new HostError('unauthorized', 'readFont: the server refused the access token (HTTP 401)');
  const type = response.headers.get('Content-Type') ?? '';
  if (response.ok && type.startsWith('application/octet-stream')) {
    try {
      // Through a Blob: Chromium keeps the body out of the page while it downloads and hands it
      // over in one piece. response.arrayBuffer() copied it in on the main thread as it came,
      // which blocked the page for 0.15–0.25 s per opening and made the 36 MB slower to arrive.
      const blob = await response.blob();
      const bytes = new Uint8Array(await blob.arrayBuffer());
      // src/main/http/fontRoute.ts FONT_SUBSET_HEADER: a subset, or the whole file.
      return response.headers.get('X-Galley-Font') === 'subset' ? { id, bytes, subset: true } : { id, bytes };
    } catch (error) {
      throw new HostError('transport', `readFont: the font file was cut off (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  // Refusals come in the HostResult envelope, as from every other method.
  return throwRefusal(response, 'readFont', 'a font');
}
