// encodeBase64.ts: a file's bytes as base64 for the host (importText takes the bytes, so main
// can say exactly where a file is not UTF-8). Chunked: String.fromCharCode takes limited arguments.
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
