import { describe, expect, it } from 'vitest';
import { parseIptc } from '../../../../src/main/services/images/iptc';

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
const GBK_WANG_LE_PING = [0xcd, 0xf5, 0xc0, 0xd6, 0xc6, 0xbd]; // 王乐平 in GBK

/** One IIM dataset: 0x1C, record, dataset, 2-byte length (or the extended form for long data). */
function dataset(record: number, number: number, data: number[], extended = false): number[] {
  if (extended) return [0x1c, record, number, 0x80, 0x04, (data.length >>> 24) & 0xff, (data.length >>> 16) & 0xff, (data.length >>> 8) & 0xff, data.length & 0xff, ...data];
  return [0x1c, record, number, (data.length >> 8) & 0xff, data.length & 0xff, ...data];
}

const UTF8_MARKER = dataset(1, 90, [0x1b, 0x25, 0x47]);

/** The APP13 form sharp gives for JPEG: "Photoshop 3.0\0", then 8BIM resources. */
function photoshopBlock(resources: Array<{ id: number; name?: string; data: number[] }>): Uint8Array {
  const out: number[] = [...utf8('Photoshop 3.0'), 0];
  for (const r of resources) {
    const name = utf8(r.name ?? '');
    const pascal = [name.length, ...name];
    if (pascal.length % 2) pascal.push(0);
    const size = r.data.length;
    out.push(...utf8('8BIM'), (r.id >> 8) & 0xff, r.id & 0xff, ...pascal, (size >>> 24) & 0xff, (size >>> 16) & 0xff, (size >>> 8) & 0xff, size & 0xff, ...r.data);
    if (size % 2) out.push(0);
  }
  return Uint8Array.from(out);
}

describe('parseIptc', () => {
  it('reads caption, every by-line and credit from bare IIM (a TIFF tag) marked UTF-8', () => {
    const iim = Uint8Array.from([
      ...UTF8_MARKER,
      ...dataset(2, 0, [0, 4]),
      ...dataset(2, 120, utf8('科技节上，学生展示机器人。')),
      ...dataset(2, 80, utf8('王乐平')),
      ...dataset(2, 80, utf8('董宏涛')),
      ...dataset(2, 110, utf8('县融媒体中心')),
    ]);
    expect(parseIptc(iim)).toEqual({ caption: '科技节上，学生展示机器人。', bylines: ['王乐平', '董宏涛'], credit: '县融媒体中心' });
  });

  it('finds the IIM in resource 0x0404 of a Photoshop block, past other resources and odd sizes', () => {
    const iim = [...UTF8_MARKER, ...dataset(2, 120, utf8('Caption é'))];
    const block = photoshopBlock([
      { id: 0x03ed, name: 'x', data: [1, 2, 3] },
      { id: 0x0404, data: iim },
    ]);
    expect(parseIptc(block)?.caption).toBe('Caption é');
  });

  it('reads undeclared GBK text (older Photoshop on Chinese Windows) as Chinese', () => {
    const iim = Uint8Array.from([...dataset(2, 80, GBK_WANG_LE_PING), ...dataset(2, 120, [...utf8('ASCII and '), ...GBK_WANG_LE_PING])]);
    expect(parseIptc(iim)).toMatchObject({ caption: 'ASCII and 王乐平', bylines: ['王乐平'] });
  });

  it('reads undeclared bytes that are valid UTF-8 as UTF-8, and others as Windows-1252', () => {
    const latin1 = [0x43, 0x61, 0x66, 0xe9, 0x20, 0x21]; // "Café !" in Latin-1; 0xE9 0x20 is no GBK pair
    const iim = Uint8Array.from([...dataset(2, 120, utf8('照片')), ...dataset(2, 110, latin1)]);
    expect(parseIptc(iim)).toMatchObject({ caption: '照片', credit: 'Café !' });
  });

  it('takes the extended length form and trims NUL padding and surrounding spaces', () => {
    const iim = Uint8Array.from([...UTF8_MARKER, ...dataset(2, 120, [...utf8('  long caption '), 0, 0], true)]);
    expect(parseIptc(iim)?.caption).toBe('long caption');
  });

  it('keeps the whole datasets of a truncated block and drops the cut one', () => {
    const whole = [...UTF8_MARKER, ...dataset(2, 80, utf8('王乐平'))];
    const cut = dataset(2, 120, utf8('this caption is cut off')).slice(0, 12);
    expect(parseIptc(Uint8Array.from([...whole, ...cut]))).toEqual({ caption: '', bylines: ['王乐平'], credit: '' });
  });

  it('answers null for data that holds no IIM', () => {
    expect(parseIptc(Uint8Array.from(utf8('not iptc at all')))).toBeNull();
    expect(parseIptc(photoshopBlock([{ id: 0x03ed, data: [1, 2] }]))).toBeNull();
    expect(parseIptc(new Uint8Array(0))).toBeNull();
  });
});
