// zlibStream: Flate streams made with node:zlib decode back to what went in, carry /FlateDecode
// and keep the caller's entries. reverseCmap: text for the wanted glyphs only, stopping early.
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, type PDFNumber } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { zlibStream } from '../../../../src/main/services/export/pdf/flate';
import { reverseCmap } from '../../../../src/main/services/export/pdf/glyphUsage';

describe('zlibStream', () => {
  it('deflates a content string byte for byte and marks it /FlateDecode, keeping the dict', async () => {
    const doc = await PDFDocument.create();
    const content = 'BT /F1 12 Tf <00410042> Tj ET\n0 0 0 1 k 10 10 5 5 re f\n'.repeat(50);
    const stream = zlibStream(doc.context, content, { Length1: 123 });
    expect(stream.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
    expect((stream.dict.get(PDFName.of('Length1')) as PDFNumber).asNumber()).toBe(123);
    const bytes = stream.getContents();
    expect(bytes.byteLength).toBeLessThan(content.length / 10);
    expect(inflateSync(bytes).toString('latin1')).toBe(content);
  });

  it('takes bytes as they are', async () => {
    const doc = await PDFDocument.create();
    const data = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) % 256);
    expect(new Uint8Array(inflateSync(zlibStream(doc.context, data).getContents()))).toEqual(data);
  });
});

describe('reverseCmap', () => {
  /** A face mapping 'A'–'Z' to glyphs 1–26, U+4E00 to 100 and U+4E01 to 100 again. */
  function face() {
    let calls = 0;
    const glyphIndex = (cp: number): number => {
      calls++;
      if (cp >= 0x41 && cp <= 0x5a) return cp - 0x40;
      if (cp === 0x4e00 || cp === 0x4e01) return 100;
      return 0;
    };
    return { face: { glyphIndex }, calls: () => calls };
  }

  it('gives each wanted glyph its lowest code point and nothing for glyphs not asked for', () => {
    const f = face();
    const out = reverseCmap(f.face, new Set([3, 100]));
    expect([...out].sort((a, b) => a[0] - b[0])).toEqual([
      [3, 'C'],
      [100, '\u4e00'],
    ]);
  });

  it('stops once every wanted glyph is found instead of walking all code points', () => {
    const f = face();
    reverseCmap(f.face, new Set([1, 26]));
    expect(f.calls()).toBe(0x5a - 0x20 + 1);
    const g = face();
    // A glyph no code point reaches walks to the end (surrogates skipped), and is left out.
    expect(reverseCmap(g.face, new Set([1, 999])).has(999)).toBe(false);
    expect(g.calls()).toBe(0x3ffff - 0x20 + 1 - 0x800);
  });

  it('does nothing for no glyphs', () => {
    const f = face();
    expect(reverseCmap(f.face, new Set()).size).toBe(0);
    expect(f.calls()).toBe(0);
  });
});
