import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, readPngInfo } from '../../../../src/main/services/sample';
import { decodeRgbPng } from './pngDecode';

function testImage(width: number, height: number): Uint8Array {
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      rgb[i] = (x * 37) & 0xff;
      rgb[i + 1] = (y * 53) & 0xff;
      rgb[i + 2] = ((x ^ y) * 11) & 0xff;
    }
  }
  return rgb;
}

function hasImageMagick(): boolean {
  try {
    execFileSync('identify', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe('encodePng', () => {
  it('round-trips pixels through an independent decoder', () => {
    const rgb = testImage(37, 23);
    const png = encodePng({ width: 37, height: 23, rgb });
    const decoded = decodeRgbPng(png);
    expect([decoded.width, decoded.height]).toEqual([37, 23]);
    expect(Buffer.from(decoded.rgb).equals(Buffer.from(rgb))).toBe(true);
  });

  it('writes signature, IHDR, pHYs, IDAT, IEND with valid CRCs', () => {
    const png = encodePng({ width: 4, height: 3, rgb: testImage(4, 3) }, { ppi: 300 });
    expect(readPngInfo(png)).toEqual({ width: 4, height: 3, bitDepth: 8, colorType: 2, chunks: ['IHDR', 'pHYs', 'IDAT', 'IEND'] });
  });

  it('refuses pixel data of the wrong size', () => {
    expect(() => encodePng({ width: 2, height: 2, rgb: new Uint8Array(11) })).toThrow(/expected 12 RGB bytes/u);
  });

  it.skipIf(!hasImageMagick())('produces a file ImageMagick reads at the stated size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-png-'));
    try {
      const path = join(dir, 'x.png');
      writeFileSync(path, encodePng({ width: 40, height: 30, rgb: testImage(40, 30) }));
      expect(execFileSync('identify', ['-format', '%m %w %h', path], { encoding: 'utf8' })).toBe('PNG 40 30');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readPngInfo', () => {
  it('rejects a bad signature and a corrupted chunk', () => {
    expect(() => readPngInfo(Uint8Array.of(1, 2, 3))).toThrow(/signature/u);
    const png = encodePng({ width: 4, height: 3, rgb: testImage(4, 3) });
    png[20] = (png[20] ?? 0) ^ 0xff; // inside IHDR's data
    expect(() => readPngInfo(png)).toThrow(/IHDR .* bad CRC/u);
  });
});
