// httpAsset.ts: pictures over `galley serve` as bytes: `GET /api/readAsset/<assetId>?rendition=…`
// (src/main/http/assetRoute.ts), not base64 inside the JSON envelope, so the page neither parses
// a few MB of JSON nor decodes base64 on its main thread before it can show the photo.
import type { HostRequest } from '../../shared/host-api';
import { HostError, throwRefusal } from './types';

export async function fetchAssetBytes(req: HostRequest<'readAsset'>, token: string): Promise<{ mime: string; bytes: Uint8Array<ArrayBuffer> }> {
  const query = req.rendition === undefined ? '' : `?rendition=${encodeURIComponent(req.rendition)}`;
  let response: Response;
  try {
    response = await fetch(`/api/readAsset/${encodeURIComponent(req.assetId)}${query}`, { headers: { Authorization: `Bearer ${token}` } });
  } catch (error) {
    throw new HostError('transport', `readAsset: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (response.status === 401) throw new HostError('unauthorized', 'readAsset: the server refused the access token (HTTP 401)');
  const type = response.headers.get('Content-Type') ?? '';
  if (response.ok && type.startsWith('image/')) {
    try {
      return { mime: type, bytes: new Uint8Array(await (await response.blob()).arrayBuffer()) };
    } catch (error) {
      throw new HostError('transport', `readAsset: the picture was cut off (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  // Refusals come in the HostResult envelope, as from every other method.
  return throwRefusal(response, 'readAsset', 'a picture');
}

/** readAsset's base64 answer as bytes (the Electron transport, where the contract's shape is all there is). */
export function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
