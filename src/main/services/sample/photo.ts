// photo.ts: paints the sample edition's stand-in photo for the 校园科技节 story: a school
// courtyard with a banner on the teaching block, trees, exhibit tables with models and pupils in
// uniform, finished with grain and a vignette so that it reads as a photograph at a glance.
// It is generated, not taken: the asset's description says so.
import { mix, Raster, type Rgb, seededRandom, shade } from './raster';

const SKY_TOP: Rgb = [104, 152, 208];
const SKY_HORIZON: Rgb = [206, 222, 236];
const FACADE: Rgb = [232, 224, 206];
const BRICK: Rgb = [168, 74, 56];
const GLASS: Rgb = [70, 92, 112];
const BANNER: Rgb = [192, 32, 38];
const GOLD: Rgb = [246, 210, 110];
const LEAF: Rgb = [58, 112, 52];
const PAVING_FAR: Rgb = [186, 178, 164];
const PAVING_NEAR: Rgb = [150, 142, 130];
const CLOTH: Rgb = [36, 122, 78];
const SKIN: Rgb = [232, 194, 164];
const HAIR: Rgb = [28, 24, 22];
const UNIFORM_BLUE: Rgb = [36, 70, 150];
const SHIRT: Rgb = [238, 240, 244];

export interface PhotoOptions {
  readonly width: number;
  readonly height: number;
  readonly seed?: number;
}

/** Returns 8-bit RGB pixels, row-major. */
export function paintSchoolFairPhoto(options: PhotoOptions): Uint8Array {
  const { width: W, height: H } = options;
  const random = seededRandom(options.seed ?? 20230515);
  const r = new Raster(W, H);
  const u = Math.min(W, H) / 1000; // one "unit": sizes below read as if the short side were 1000

  r.verticalGradient(0, H * 0.5, SKY_TOP, SKY_HORIZON);
  for (let i = 0; i < 7; i++) {
    const cx = random() * W;
    const cy = H * (0.05 + random() * 0.15);
    for (let k = 0; k < 6; k++) r.ellipse(cx + (random() - 0.5) * 160 * u, cy + (random() - 0.5) * 30 * u, (40 + random() * 70) * u, (16 + random() * 18) * u, [250, 250, 252], 0.35, 18 * u);
  }
  trees(r, random, H * 0.34, H * 0.5, 0, W, 7 * u, 0.8, u);
  building(r, random, W, H, u);
  r.verticalGradient(H * 0.5, H, PAVING_FAR, PAVING_NEAR);
  // Paving joints converge on a vanishing point a little above the building's middle.
  for (let k = -14; k <= 14; k++) {
    const x1 = W / 2 + k * 150 * u;
    for (let y = Math.floor(H * 0.5); y < H; y++) {
      const t = (y - H * 0.5) / (H * 0.5);
      r.blend(Math.round(W / 2 + (x1 - W / 2) * t), y, [120, 114, 104], 0.35);
    }
  }
  trees(r, random, H * 0.02, H * 0.56, 0, W * 0.14, 9 * u, 1.4, u);
  trees(r, random, H * 0.04, H * 0.56, W * 0.86, W, 9 * u, 1.4, u);
  pupils(r, random, H * 0.6, W * 0.06, W * 0.94, 26 * u, 1.2 * u, false);
  for (const [a, b] of [[0.05, 0.47], [0.53, 0.95]] as const) {
    r.roundRect(W * a - 10 * u, H * 0.64 + 100 * u, W * (b - a) + 20 * u, 40 * u, 20 * u, [60, 56, 50], 0.35, 14 * u); // its shadow
    table(r, random, W * a, W * b, H * 0.64, u);
  }
  pupils(r, random, H * 1.04, W * 0.02, W * 0.98, 44 * u, 6 * u, true);
  texture(r, random, 0.07);
  // Afternoon sun from the left: a broad warm wash fading to the right.
  for (let x = 0; x < W; x += 1) {
    const a = 0.1 * (1 - x / W);
    for (let y = 0; y < H; y += 1) r.blend(x, y, [255, 236, 200], a);
  }
  return r.finish(random, 7, 0.32);
}

function trees(r: Raster, random: () => number, top: number, bottom: number, left: number, right: number, blob: number, scale: number, u: number): void {
  const count = Math.round(((right - left) * (bottom - top)) / (blob * blob * 6));
  for (let i = 0; i < count; i++) {
    const x = left + random() * (right - left);
    const y = top + random() * (bottom - top) * 0.85;
    const c = shade(mix(LEAF, [110, 150, 70], random() * 0.6), 0.7 + random() * 0.5);
    r.ellipse(x, y, blob * (1 + random() * 2) * scale, blob * (0.8 + random() * 1.6) * scale, c, 0.9, 1.5 * u);
    // sunlit leaves on the upper left of some clumps
    if (random() < 0.3) r.ellipse(x - blob * 0.6 * scale, y - blob * 0.6 * scale, blob * 0.7 * scale, blob * 0.5 * scale, shade(c, 1.35), 0.6, 1.5 * u);
  }
  const trunks = Math.max(1, Math.round((right - left) / (160 * u)));
  for (let i = 0; i < trunks; i++) {
    const x = left + (i + 0.5) * ((right - left) / trunks);
    r.roundRect(x - 6 * u * scale, bottom - 80 * u * scale, 12 * u * scale, 80 * u * scale, 3 * u, [84, 62, 46], 1, u);
  }
}

function building(r: Raster, random: () => number, W: number, H: number, u: number): void {
  const x0 = W * 0.17;
  const x1 = W * 0.83;
  const y0 = H * 0.14;
  const y1 = H * 0.5;
  r.roundRect(x0, y0, x1 - x0, y1 - y0, 2 * u, (x) => shade(FACADE, 0.92 + 0.08 * ((x - x0) / (x1 - x0))), 1, 0.8 * u);
  r.roundRect(x0 - 6 * u, y0 - 10 * u, x1 - x0 + 12 * u, 14 * u, 2 * u, shade(BRICK, 0.8), 1, 0.8 * u);
  const floors = 4;
  const bays = 14;
  const floorH = (y1 - y0 - 40 * u) / floors;
  const bayW = (x1 - x0) / bays;
  for (let f = 0; f < floors; f++) {
    const fy = y0 + 30 * u + f * floorH;
    r.roundRect(x0, fy + floorH - 8 * u, x1 - x0, 7 * u, 0, BRICK, 0.85, 0.8 * u);
    for (let b = 0; b < bays; b++) {
      if (f === 0 && (b === 6 || b === 7)) continue; // the banner hangs here
      const wx = x0 + b * bayW + bayW * 0.2;
      const glass = (x: number, y: number): Rgb => mix(GLASS, [170, 196, 214], Math.max(0, 0.55 - ((y - fy) / floorH) * 0.6 + ((x - wx) / bayW) * 0.3));
      r.roundRect(wx, fy + floorH * 0.18, bayW * 0.6, floorH * 0.55, 1.5 * u, glass, 1, 0.8 * u);
      if (random() < 0.3) r.roundRect(wx + bayW * 0.05, fy + floorH * 0.2, bayW * 0.2, floorH * 0.5, 1 * u, [226, 220, 200], 0.7, u);
    }
  }
  // The banner: red cloth with a row of gold blocks standing for its slogan.
  const bx0 = x0 + (x1 - x0) * 0.3;
  const bw = (x1 - x0) * 0.4;
  const by = y0 + 34 * u;
  r.roundRect(bx0, by, bw, 52 * u, 3 * u, BANNER, 1, 0.8 * u);
  const glyphs = 12;
  for (let g = 0; g < glyphs; g++) {
    const gx = bx0 + bw * 0.06 + g * ((bw * 0.88) / glyphs);
    for (let s = 0; s < 4; s++) r.roundRect(gx + random() * 14 * u, by + 10 * u + random() * 22 * u, (6 + random() * 14) * u, (3 + random() * 8) * u, 1 * u, GOLD, 0.9, 0.7 * u);
  }
  r.roundRect(W * 0.45, y1 - floorH * 0.9, W * 0.1, floorH * 0.9, 2 * u, [58, 52, 48], 1, u); // the entrance
}

function table(r: Raster, random: () => number, x0: number, x1: number, top: number, u: number): void {
  r.roundRect(x0, top, x1 - x0, 110 * u, 6 * u, (x, y) => shade(CLOTH, 1.05 - ((y - top) / (110 * u)) * 0.3 - ((x - x0) / (x1 - x0)) * 0.08), 1, u);
  r.roundRect(x0, top, x1 - x0, 10 * u, 3 * u, shade(CLOTH, 1.25), 1, u);
  let x = x0 + 20 * u;
  while (x < x1 - 80 * u) {
    const kind = Math.floor(random() * 4);
    if (kind === 0) {
      // a wind turbine model: mast and three blades
      r.roundRect(x + 28 * u, top - 120 * u, 5 * u, 120 * u, 2 * u, [236, 236, 236], 1, u);
      for (const [dx, dy] of [[0, -46], [40, 22], [-40, 22]] as const) r.ellipse(x + 30 * u + dx * u * 0.5, top - 120 * u + dy * u * 0.5, 22 * u, 5 * u, [244, 244, 244], 1, u);
    } else if (kind === 1) {
      // a solar panel on a stand
      r.roundRect(x, top - 60 * u, 70 * u, 44 * u, 2 * u, (px, py) => mix([30, 50, 110], [90, 130, 190], ((px - x) / (70 * u)) * 0.5 + ((py - top) / (60 * u)) * 0.2), 1, u);
      r.roundRect(x + 32 * u, top - 18 * u, 6 * u, 18 * u, 1 * u, [120, 120, 120], 1, u);
    } else if (kind === 2) {
      // a potted plant
      r.roundRect(x + 10 * u, top - 34 * u, 36 * u, 34 * u, 5 * u, [176, 96, 60], 1, u);
      for (let k = 0; k < 8; k++) r.ellipse(x + 28 * u + (random() - 0.5) * 40 * u, top - 50 * u - random() * 30 * u, 14 * u, 9 * u, shade(LEAF, 1.2 + random() * 0.3), 1, u);
    } else {
      // a cardboard model house
      r.roundRect(x, top - 50 * u, 64 * u, 50 * u, 2 * u, [214, 184, 140], 1, u);
      r.roundRect(x + 8 * u, top - 38 * u, 14 * u, 14 * u, 1 * u, [120, 160, 200], 1, u);
      r.roundRect(x - 4 * u, top - 60 * u, 72 * u, 12 * u, 2 * u, [180, 60, 50], 1, u);
    }
    x += (90 + random() * 60) * u;
  }
}

/**
 * Low-frequency brightness variation (value noise, three octaves): walls, paving and cloth are
 * never perfectly flat in a photograph.
 */
function texture(r: Raster, random: () => number, amount: number): void {
  const octaves = [48, 16, 5].map((cell) => {
    const cols = Math.ceil(r.width / cell) + 2;
    const rows = Math.ceil(r.height / cell) + 2;
    return { cell, cols, values: Float32Array.from({ length: cols * rows }, () => random() * 2 - 1) };
  });
  const noise = new Float32Array(r.width * r.height);
  for (const [k, o] of octaves.entries()) {
    const weight = 1 / (k + 1.5);
    for (let y = 0; y < r.height; y++) {
      const gy = y / o.cell;
      const iy = Math.floor(gy);
      const fy = gy - iy;
      const row0 = iy * o.cols;
      const row1 = row0 + o.cols;
      for (let x = 0; x < r.width; x++) {
        const gx = x / o.cell;
        const ix = Math.floor(gx);
        const fx = gx - ix;
        const a = o.values[row0 + ix] ?? 0;
        const b = o.values[row0 + ix + 1] ?? 0;
        const c = o.values[row1 + ix] ?? 0;
        const d = o.values[row1 + ix + 1] ?? 0;
        const top = a + (b - a) * fx;
        const n = top + (c + (d - c) * fx - top) * fy;
        noise[y * r.width + x] = (noise[y * r.width + x] ?? 0) + n * weight;
      }
    }
  }
  for (let p = 0; p < noise.length; p++) {
    const f = 1 + (noise[p] ?? 0) * amount;
    for (let c = 0; c < 3; c++) r.data[p * 3 + c] = (r.data[p * 3 + c] ?? 0) * f;
  }
}

/** A row of pupils: head, hair, white collar, uniform; `size` is the head radius. Seen from behind, hair covers the head. */
function pupils(r: Raster, random: () => number, baseline: number, x0: number, x1: number, size: number, soft: number, fromBehind: boolean): void {
  let x = x0 + random() * size * 2;
  while (x < x1) {
    const s = size * (0.85 + random() * 0.3);
    const y = baseline - s * (4.2 + random() * 0.8);
    const jacket = random() < 0.75 ? UNIFORM_BLUE : [200, 40, 50] as Rgb;
    r.roundRect(x - s * 1.6, y + s * 1.1, s * 3.2, baseline - y, s * 1.1, (px) => shade(jacket, 0.85 + 0.25 * ((px - x + s * 1.6) / (s * 3.2))), 1, soft);
    r.roundRect(x - s * 0.55, y + s * 0.85, s * 1.1, s * 0.9, s * 0.3, SHIRT, 1, soft);
    r.ellipse(x, y, s * 0.82, s, (px) => shade(SKIN, 0.88 + 0.2 * ((x + s - px) / (2 * s))), 1, soft);
    const back = fromBehind || random() < 0.2;
    r.ellipse(x, y - s * (back ? 0.05 : 0.38), s * 0.88, s * (back ? 1.02 : 0.68), HAIR, 1, soft);
    x += s * (2.6 + random() * 1.8);
  }
}
