// raster.ts: a tiny software painter for the generated sample photo: an RGB float buffer with
// anti-aliased ellipses and rounded rectangles (coverage from a signed distance), vertical
// gradients, grain and a vignette. Deterministic: randomness comes from a seeded generator.

export type Rgb = readonly [number, number, number];

/** mulberry32: a small, fast, seedable PRNG, so the same seed paints the same picture. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

export function shade(c: Rgb, f: number): Rgb {
  return [c[0] * f, c[1] * f, c[2] * f];
}

export class Raster {
  readonly data: Float32Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Float32Array(width * height * 3);
  }

  /** Blends `color` into one pixel with opacity `alpha` (0–1). */
  blend(x: number, y: number, color: Rgb, alpha: number): void {
    if (alpha <= 0 || x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 3;
    const a = Math.min(1, alpha);
    for (let k = 0; k < 3; k++) this.data[i + k] = (this.data[i + k] ?? 0) * (1 - a) + (color[k] ?? 0) * a;
  }

  /** Fills rows y0..y1 with a gradient from `top` to `bottom`. */
  verticalGradient(y0: number, y1: number, top: Rgb, bottom: Rgb): void {
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(this.height, Math.ceil(y1)); y++) {
      const c = mix(top, bottom, (y - y0) / Math.max(1, y1 - y0));
      for (let x = 0; x < this.width; x++) this.blend(x, y, c, 1);
    }
  }

  /**
   * Paints a shape given by a signed distance (negative inside, in pixels) over a bounding box.
   * `soft` widens the edge, which stands in for depth of field on things far from the lens.
   */
  private shape(x0: number, y0: number, x1: number, y1: number, distance: (x: number, y: number) => number, color: Rgb | ((x: number, y: number) => Rgb), opacity: number, soft: number): void {
    const edge = Math.max(0.5, soft);
    for (let y = Math.max(0, Math.floor(y0 - edge)); y < Math.min(this.height, Math.ceil(y1 + edge)); y++) {
      for (let x = Math.max(0, Math.floor(x0 - edge)); x < Math.min(this.width, Math.ceil(x1 + edge)); x++) {
        const d = distance(x + 0.5, y + 0.5);
        const coverage = Math.min(1, Math.max(0, 0.5 - d / (2 * edge)));
        if (coverage > 0) this.blend(x, y, typeof color === 'function' ? color(x, y) : color, coverage * opacity);
      }
    }
  }

  ellipse(cx: number, cy: number, rx: number, ry: number, color: Rgb | ((x: number, y: number) => Rgb), opacity = 1, soft = 0.5): void {
    const r = Math.min(rx, ry);
    this.shape(cx - rx, cy - ry, cx + rx, cy + ry, (x, y) => (Math.hypot((x - cx) / rx, (y - cy) / ry) - 1) * r, color, opacity, soft);
  }

  roundRect(x: number, y: number, w: number, h: number, radius: number, color: Rgb | ((x: number, y: number) => Rgb), opacity = 1, soft = 0.5): void {
    const cx = x + w / 2;
    const cy = y + h / 2;
    const r = Math.min(radius, w / 2, h / 2);
    const distance = (px: number, py: number): number => {
      const qx = Math.abs(px - cx) - (w / 2 - r);
      const qy = Math.abs(py - cy) - (h / 2 - r);
      return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
    };
    this.shape(x, y, x + w, y + h, distance, color, opacity, soft);
  }

  /** Film-like grain and a soft vignette, then 8-bit RGB. */
  finish(random: () => number, grain: number, vignette: number): Uint8Array {
    const out = new Uint8Array(this.width * this.height * 3);
    const cx = this.width / 2;
    const cy = this.height / 2;
    const reach = Math.hypot(cx, cy);
    for (let y = 0; y < this.height; y++) {
      for (let x = 0; x < this.width; x++) {
        const i = (y * this.width + x) * 3;
        const fall = 1 - vignette * (Math.hypot(x - cx, y - cy) / reach) ** 2;
        const noise = (random() + random() - 1) * grain;
        for (let k = 0; k < 3; k++) out[i + k] = Math.max(0, Math.min(255, Math.round((this.data[i + k] ?? 0) * fall + noise)));
      }
    }
    return out;
  }
}
