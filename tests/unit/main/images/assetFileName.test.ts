import { describe, expect, it } from 'vitest';
import { assetFileName, previewFileName, safeStem } from '../../../../src/main/services/images/assetFileName';
import { AssetSchema } from '../../../../src/shared/model';

const HASH = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9';

describe('safeStem', () => {
  it('keeps Chinese names and turns spaces and unsafe characters into hyphens', () => {
    expect(safeStem('科技节 现场.JPG')).toBe('科技节-现场');
    expect(safeStem('a:b*c?"d<e>f|g.tif')).toBe('a-b-c-d-e-f-g');
  });

  it('removes folders, leading dots and ".." so the name cannot leave assets/', () => {
    expect(safeStem('../../etc/passwd')).toBe('etc-passwd');
    expect(safeStem('..\\..\\x.png')).toBe('x');
    expect(safeStem('.hidden.jpg')).toBe('hidden');
    expect(safeStem('a..b.jpg')).toBe('a.b');
  });

  it('falls back to "image" and avoids Windows device names', () => {
    expect(safeStem('.jpg')).toBe('image');
    expect(safeStem('   ')).toBe('image');
    expect(safeStem('CON.jpg')).toBe('CON-image');
  });

  it('shortens long names to 60 characters', () => {
    expect([...safeStem(`${'长'.repeat(100)}.jpg`)]).toHaveLength(60);
  });
});

describe('assetFileName', () => {
  it('uses the detected format for the extension and the hash prefix for uniqueness', () => {
    expect(assetFileName('photo.png', 'jpeg', HASH)).toBe('assets/photo-a1b2c3d4e5f6.jpg');
    expect(assetFileName('scan.TIFF', 'tiff', HASH, 2)).toBe('assets/scan-a1b2c3d4e5f6-3.tif');
  });

  it('gives names the asset schema accepts, for hostile input too', () => {
    for (const name of ['../../x.jpg', 'a/b\\c.jpg', '\u0000.jpg', '....jpg', 'CON', '照片 1.jpeg']) {
      const path = assetFileName(name, 'jpeg', HASH);
      expect(AssetSchema.shape.path.safeParse(path).success, path).toBe(true);
      expect(AssetSchema.shape.path.safeParse(previewFileName(path, false)).success).toBe(true);
    }
  });
});

describe('previewFileName', () => {
  it('sits beside the original, JPEG unless the picture has transparency', () => {
    expect(previewFileName('assets/scan-a1b2c3d4e5f6.tif', false)).toBe('assets/scan-a1b2c3d4e5f6.preview.jpg');
    expect(previewFileName('assets/scan-a1b2c3d4e5f6.tif', true)).toBe('assets/scan-a1b2c3d4e5f6.preview.png');
  });
});
