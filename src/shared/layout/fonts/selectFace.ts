// selectFace.ts: picks a face of a collection by name, the way stack-notes §2.1 picks
// NotoSerifCJKsc-Regular out of NotoSerifCJK-Regular.ttc. A PostScript name is unique and wins;
// then the full name; then a family name, preferring the upright face nearest to 400.
import { FontFormatError } from './binary';
import { readFaceMetadata } from './face';
import { faceCount } from './sfnt';

const fold = (s: string): string => s.normalize('NFC').toLowerCase();

/** The index of the face called `name` (PostScript, full or family name, any case). */
export function findFaceIndex(bytes: Uint8Array, name: string): number {
  const wanted = fold(name);
  const faces = Array.from({ length: faceCount(bytes) }, (_, i) => readFaceMetadata(bytes, i));
  const byPostscript = faces.find((f) => fold(f.postscriptName) === wanted);
  if (byPostscript) return byPostscript.faceIndex;
  const byFullName = faces.find((f) => fold(f.fullName) === wanted);
  if (byFullName) return byFullName.faceIndex;
  const byFamily = faces
    .filter((f) => f.familyNames.some((n) => fold(n) === wanted))
    .sort((a, b) => Number(a.italic) - Number(b.italic) || Math.abs(a.weight - 400) - Math.abs(b.weight - 400) || a.faceIndex - b.faceIndex);
  const first = byFamily[0];
  if (first) return first.faceIndex;
  const available = faces.map((f) => `${f.faceIndex}: ${f.postscriptName} (${f.family} ${f.style})`).join('; ');
  throw new FontFormatError(`no face named "${name}"; the file has ${available}`);
}
