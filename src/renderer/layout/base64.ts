// base64.ts: font files arrive from the host as base64 (readFont); a CJK face is 10–15 MB, so
// the decoder uses the engine's native one where it exists.
type NativeBase64 = { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> };

export function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as NativeBase64).fromBase64;
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
