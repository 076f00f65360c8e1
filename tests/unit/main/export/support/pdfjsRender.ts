// pdfjsRender.ts: loads a PDF with pdf.js (pdfjs-dist 5, legacy build: the modern one needs
// browser globals Node 20 lacks, docs/stack-notes.md §4.2) and renders every page to greyscale,
// recording every message pdf.js prints. The canvas comes from the @napi-rs/canvas copy that
// pdfjs-dist itself resolves: a canvas from another copy fails inside pdf.js.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { GreyImage } from './pixels';

const root = join(import.meta.dirname, '..', '..', '..', '..', '..');
const pdfjsPackage = createRequire(join(root, 'package.json')).resolve('pdfjs-dist/package.json');

interface NapiCanvas {
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}
interface NapiCanvasModule {
  createCanvas(width: number, height: number): NapiCanvas;
}

export interface PdfjsResult {
  readonly pages: readonly GreyImage[];
  /** Everything pdf.js printed (warnings are "Warning: …"), in order. */
  readonly messages: readonly string[];
}

/** Renders every page of `file` at `scale` (1 = 72 dpi) with pdf.js, its messages captured. */
export async function renderWithPdfjs(file: string, scale: number): Promise<PdfjsResult> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // The package exports no types for the nested canvas; the shape used is declared above.
  const canvasLib = createRequire(pdfjsPackage)('@napi-rs/canvas') as NapiCanvasModule;
  const messages: string[] = [];
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  // pdf.js reports through the console (warn() → console.log("Warning: …")), worker included:
  // in Node its "fake worker" runs in this thread.
  for (const key of ['log', 'warn', 'error', 'info'] as const) console[key] = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  try {
    const data = new Uint8Array(await readFile(file));
    const task = pdfjs.getDocument({ data, verbosity: pdfjs.VerbosityLevel.WARNINGS, disableFontFace: true, useSystemFonts: false, isEvalSupported: false });
    try {
      const doc = await task.promise;
      const pages: GreyImage[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale });
        const width = Math.ceil(viewport.width);
        const height = Math.ceil(viewport.height);
        const canvas = canvasLib.createCanvas(width, height);
        const context = canvas.getContext('2d');
        // pdf.js types its canvas as the DOM's; @napi-rs/canvas implements the part it uses.
        await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport, background: 'white' }).promise;
        const rgba = context.getImageData(0, 0, width, height).data;
        const pixels = new Uint8Array(width * height);
        for (let i = 0; i < pixels.length; i++) pixels[i] = Math.round(0.299 * rgba[4 * i]! + 0.587 * rgba[4 * i + 1]! + 0.114 * rgba[4 * i + 2]!);
        pages.push({ width, height, pixels });
        page.cleanup();
      }
      return { pages, messages };
    } finally {
      await task.destroy();
    }
  } finally {
    Object.assign(console, saved);
  }
}
