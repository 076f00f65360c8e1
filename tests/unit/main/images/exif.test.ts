import { describe, expect, it } from 'vitest';
import { parseExif } from '../../../../src/main/services/images/exif';

interface Field {
  tag: number;
  type: number;
  bytes: number[];
}
const enc = (s: string): number[] => [...new TextEncoder().encode(s)];
const ascii = (tag: number, s: string): Field => ({ tag, type: 2, bytes: [...enc(s), 0] });
const ucs2 = (tag: number, s: string): Field => ({ tag, type: 1, bytes: [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).concat([0, 0]) });

/**
 * A TIFF structure (what EXIF is): header, IFD0 with `fields`, values after it; `exif` fields go
 * in a sub-IFD that IFD0 points at with tag 0x8769.
 */
function tiff(fields: Field[], options: { little?: boolean; exif?: Field[]; prefix?: boolean } = {}): Uint8Array {
  const little = options.little ?? true;
  const out: number[] = [];
  const u16 = (v: number): number[] => (little ? [v & 0xff, v >> 8] : [v >> 8, v & 0xff]);
  const u32 = (v: number): number[] => (little ? [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24] : [v >>> 24, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff]);
  out.push(...(little ? [0x49, 0x49] : [0x4d, 0x4d]), ...u16(42), ...u32(8));
  const ifd0 = [...fields];
  const exifFields = options.exif ?? [];
  if (exifFields.length > 0) ifd0.push({ tag: 0x8769, type: 4, bytes: [] });
  const ifdSize = (n: number): number => 2 + n * 12 + 4;
  let dataAt = 8 + ifdSize(ifd0.length);
  const exifAt = dataAt;
  if (exifFields.length > 0) dataAt += ifdSize(exifFields.length);
  const data: number[] = [];
  const writeIfd = (list: Field[]): void => {
    out.push(...u16(list.length));
    for (const f of list) {
      out.push(...u16(f.tag), ...u16(f.type));
      if (f.tag === 0x8769) {
        out.push(...u32(1), ...u32(exifAt));
        continue;
      }
      out.push(...u32(f.bytes.length));
      if (f.bytes.length <= 4) out.push(...f.bytes, ...new Array<number>(4 - f.bytes.length).fill(0));
      else {
        out.push(...u32(dataAt + data.length));
        data.push(...f.bytes);
        if (data.length % 2) data.push(0);
      }
    }
    out.push(...u32(0));
  };
  writeIfd(ifd0);
  if (exifFields.length > 0) writeIfd(exifFields);
  out.push(...data);
  return Uint8Array.from(options.prefix ? [...enc('Exif'), 0, 0, ...out] : out);
}

describe('parseExif', () => {
  it('reads ImageDescription and Artist as UTF-8 from EXIF with its Exif\\0\\0 prefix (JPEG)', () => {
    const block = tiff([ascii(0x010e, '学生展示机器人'), ascii(0x013b, '王乐平')], { prefix: true });
    expect(parseExif(block)).toMatchObject({ description: '学生展示机器人', artist: '王乐平' });
  });

  it('reads big-endian (Motorola) data and values short enough to sit in the entry itself', () => {
    const block = tiff([ascii(0x010e, 'Hi'), ascii(0x013b, 'Ann Lee')], { little: false });
    expect(parseExif(block)).toMatchObject({ description: 'Hi', artist: 'Ann Lee' });
  });

  it('reads Windows Explorer XP fields as UCS-2', () => {
    const block = tiff([ucs2(0x9c9b, '标题'), ucs2(0x9c9c, '备注 note'), ucs2(0x9c9d, '王五')]);
    expect(parseExif(block)).toMatchObject({ xpTitle: '标题', xpComment: '备注 note', xpAuthor: '王五' });
  });

  it('reads UserComment from the Exif sub-IFD in its UNICODE and ASCII forms', () => {
    const unicode = { tag: 0x9286, type: 7, bytes: [...enc('UNICODE'), 0, ...ucs2(0, '说明').bytes.slice(0, -2)] };
    expect(parseExif(tiff([], { exif: [unicode] }))?.userComment).toBe('说明');
    const plain = { tag: 0x9286, type: 7, bytes: [...enc('ASCII'), 0, 0, 0, ...enc('plain words')] };
    expect(parseExif(tiff([], { exif: [plain] }))?.userComment).toBe('plain words');
  });

  it('skips an entry whose value points past the end, and keeps the others', () => {
    const block = tiff([ascii(0x010e, 'a description long enough'), ascii(0x013b, 'Artist Name')]);
    // Entry 0's value offset (bytes 18–21 of the block) is pointed far outside.
    const broken = block.slice();
    broken.set([0xff, 0xff, 0x00, 0x00], 18);
    expect(parseExif(broken)).toMatchObject({ description: '', artist: 'Artist Name' });
  });

  it('answers null for data that is not TIFF-structured', () => {
    expect(parseExif(Uint8Array.from(enc('JFIF and nothing else')))).toBeNull();
    expect(parseExif(new Uint8Array(4))).toBeNull();
  });
});
