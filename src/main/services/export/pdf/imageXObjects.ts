// imageXObjects.ts: print images (PrintImage, already in the output CMYK or grey at print
// resolution: export/images) → Image XObjects. Each distinct image is written once per document
// whatever the number of frames and pages showing it: images are keyed by their sample bytes,
// which preparePrintImages shares between frames that show the same variant of an asset.
import type { PDFDocument, PDFRef } from 'pdf-lib';
import type { Asset, Frame } from '../../../../shared/model';
import { imageKey, type PrintImage } from '../printTypes';
import type { PageImages, PlacedImage } from './imageOperators';

export interface EmbeddedImage {
  /** The page resource name (Im1, Im2 …): the same on every page of the document. */
  readonly name: string;
  readonly ref: PDFRef;
}

export interface ImageXObjects {
  embed(image: PrintImage): EmbeddedImage;
  /**
   * The images of one page's image frames (`frames`: its master's and its own), embedded, for
   * pageContent; `used` is what goes into the page's /XObject resources. Frames without a
   * prepared image (none in `images`, or no asset record) are left out and print empty.
   */
  forPage(pageId: string, frames: readonly Frame[], images: ReadonlyMap<string, PrintImage> | undefined, assets: readonly Asset[]): PageImages & { readonly used: ReadonlyMap<string, PDFRef> };
  /** How many XObjects were written (for tests and the log). */
  readonly count: number;
}

export function createImageXObjects(doc: PDFDocument): ImageXObjects {
  const byData = new Map<Uint8Array, EmbeddedImage>();
  const xobjects: ImageXObjects = {
    embed(image) {
      const known = byData.get(image.data);
      if (known) return known;
      const dict = {
        Type: 'XObject',
        Subtype: 'Image',
        Width: image.width,
        Height: image.height,
        ColorSpace: image.colorSpace,
        BitsPerComponent: image.bitsPerComponent,
        Filter: image.filter,
        ...(image.decode ? { Decode: [...image.decode] } : {}),
      };
      // The data is already encoded (a JPEG file, or zlib-compressed samples): written as is.
      const ref = doc.context.register(doc.context.stream(image.data, dict));
      const embedded = { name: `Im${byData.size + 1}`, ref };
      byData.set(image.data, embedded);
      return embedded;
    },
    forPage(pageId, frames, images, assets) {
      const placed = new Map<string, PlacedImage>();
      const used = new Map<string, PDFRef>();
      for (const frame of frames) {
        if (frame.kind !== 'image' || frame.assetId === null) continue;
        const image = images?.get(imageKey(pageId, frame.id));
        const asset = assets.find((a) => a.id === frame.assetId);
        if (!image || !asset) continue;
        const { name, ref } = xobjects.embed(image);
        placed.set(frame.id, { name, pixels: asset });
        used.set(name, ref);
      }
      return { placed: (frameId) => placed.get(frameId), used };
    },
    get count() {
      return byData.size;
    },
  };
  return xobjects;
}
