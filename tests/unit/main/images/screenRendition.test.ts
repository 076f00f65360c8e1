// readScreenRendition: a photo larger than the screen needs is answered as a JPEG at most
// SCREEN_MAX_PX on its long side, made once; small files and stored previews are answered as before.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readScreenRendition, type ImageSessionView } from '../../../../src/main/services/images';
import { SCREEN_MAX_PX } from '../../../../src/main/services/images/preview';
import type { Asset, Edition } from '../../../../src/shared/model';

async function png(width: number, height: number): Promise<Uint8Array> {
  // Fully opaque: an alpha channel that says nothing, as many PNG photos have.
  const pixels = Buffer.alloc(width * height * 4);
  for (let i = 0; i < pixels.length; i++) pixels[i] = i % 4 === 3 ? 255 : (i * 2654435761) >>> 24;
  return new Uint8Array(await sharp(pixels, { raw: { width, height, channels: 4 } }).png().toBuffer());
}

function session(asset: Pick<Asset, 'pixelWidth' | 'pixelHeight'>, file: { mime: string; bytes: Uint8Array }): ImageSessionView & { reads: number } {
  const edition = { assets: [{ id: 'a1', path: 'assets/a.png', mime: file.mime, preview: null, ...asset }] } as unknown as Edition;
  const view = {
    dir: '/nowhere',
    name: 'x.galley',
    edition,
    readOnly: false,
    reads: 0,
    async readAsset() {
      view.reads += 1;
      return file;
    },
  };
  return view;
}

describe('readScreenRendition', () => {
  it('answers a large photo as a screen-sized JPEG, made once', async () => {
    const bytes = await png(2600, 1300);
    const s = session({ pixelWidth: 2600, pixelHeight: 1300 }, { mime: 'image/png', bytes });
    const first = await readScreenRendition(s, 'a1');
    expect(first.mime).toBe('image/jpeg');
    const meta = await sharp(first.bytes).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.width).toBe(SCREEN_MAX_PX);
    expect(meta.height).toBe(SCREEN_MAX_PX / 2);
    const again = await readScreenRendition(s, 'a1');
    expect(again.bytes).toBe(first.bytes);
  });

  it('answers a small file as it is', async () => {
    const bytes = await png(40, 30);
    const s = session({ pixelWidth: 40, pixelHeight: 30 }, { mime: 'image/png', bytes });
    const answer = await readScreenRendition(s, 'a1');
    expect(answer.mime).toBe('image/png');
    expect(answer.bytes).toBe(bytes);
  });
});
