// printModel.mjs: a colorimetric model of four-colour coldset printing on newsprint, used to
// write characterization data (a .ti3) for ArgyllCMS's colprof when no press measurements exist.
//
// 1. Solids. Paper and the C, M, Y, K solids are CIELAB (D50) values of the printing condition.
//    They are taken into a spectrally sharpened tristimulus space (the Bradford cone matrix), where
//    inks mix far more nearly multiplicatively than in XYZ, whose channels overlap.
// 2. Overprints (the other 11 Neugebauer primaries) multiply the inks' internal transmittances
//    over a first-surface reflectance `s` that no amount of ink removes (matte newsprint reflects
//    a few percent at its surface; without it four solids would predict an impossible L* of 8).
// 3. Halftones: Yule–Nielsen modified Neugebauer with Demichel weights, on effective (physical)
//    coverages chosen per ink so that the print's apparent tone value (Murray–Davies, in the
//    ink's strongest channel, as a densitometer reads it) follows a tone value increase curve
//    with the condition's TVI at 40 % (26 % for ISO 12647-3 newsprint).
const D50 = [96.422, 100, 82.521];
const BRADFORD = [
  [0.8951, 0.2664, -0.1614],
  [-0.7502, 1.7135, 0.0367],
  [0.0389, -0.0685, 1.0296],
];

function inverse3(m) {
  const [[a, b, c], [d, e, f], [g, h, i]] = m;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [
    [A / det, -(b * i - c * h) / det, (b * f - c * e) / det],
    [B / det, (a * i - c * g) / det, -(a * f - c * d) / det],
    [C / det, -(a * h - b * g) / det, (a * e - b * d) / det],
  ];
}
const BRADFORD_INV = inverse3(BRADFORD);
const apply = (m, v) => m.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2]);

const EPS = 216 / 24389;
const KAPPA = 24389 / 27;
const f = (t) => (t > EPS ? Math.cbrt(t) : (KAPPA * t + 16) / 116);
const fInv = (t) => (t ** 3 > EPS ? t ** 3 : (116 * t - 16) / KAPPA);

export function labToXyz([L, a, b]) {
  const fy = (L + 16) / 116;
  return [fInv(fy + a / 500) * D50[0], fInv(fy) * D50[1], fInv(fy - b / 200) * D50[2]];
}

export function xyzToLab([X, Y, Z]) {
  const fx = f(X / D50[0]);
  const fy = f(Y / D50[1]);
  const fz = f(Z / D50[2]);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

export function deltaE76(p, q) {
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

const toSharp = (lab) => apply(BRADFORD, labToXyz(lab).map((v) => v / 100));
const fromSharp = (v) => xyzToLab(apply(BRADFORD_INV, v).map((q) => q * 100));

const INKS = ['C', 'M', 'Y', 'K'];

/** Printed tone value for a nominal one, on a curve 1 − (1 − v)^γ through (0.4, 0.4 + tvi40). */
export function toneValueCurve(tvi40) {
  const gamma = Math.log(1 - (0.4 + tvi40)) / Math.log(0.6);
  return (v) => 1 - (1 - v) ** gamma;
}

/**
 * The model of `condition` (newsprint26.condition.json): `lab([c, m, y, k])` with tone values
 * 0–100 gives the printed CIELAB; `primaries` are the 16 Neugebauer primaries' CIELAB values.
 */
export function createPrintModel(condition) {
  const s = condition.surfaceReflectance;
  const n = condition.yuleNielsenN;
  const paper = toSharp(condition.paper);
  const transmittance = Object.fromEntries(INKS.map((ink) => [ink, toSharp(condition.solids[ink]).map((v, i) => (v - s) / (paper[i] - s))]));
  // Primary index bit i set = ink INKS[i] printed solid.
  const primaries = [];
  for (let mask = 0; mask < 16; mask++) {
    primaries.push(paper.map((w, ch) => s + (w - s) * INKS.reduce((t, ink, i) => (mask & (1 << i) ? t * transmittance[ink][ch] : t), 1)));
  }
  for (const p of primaries) for (const v of p) if (!(v > 0)) throw new Error(`a Neugebauer primary has a non-positive channel (${p.join(', ')}); check the condition`);
  const rooted = primaries.map((p) => p.map((v) => v ** (1 / n)));

  const reflect = (coverage) => {
    const out = [0, 0, 0];
    for (let mask = 0; mask < 16; mask++) {
      let w = 1;
      for (let i = 0; i < 4; i++) w *= mask & (1 << i) ? coverage[i] : 1 - coverage[i];
      if (w === 0) continue;
      for (let ch = 0; ch < 3; ch++) out[ch] += w * rooted[mask][ch];
    }
    return out.map((v) => v ** n);
  };

  // Per ink: the channel where it absorbs most, and effective coverage for each nominal value.
  const target = toneValueCurve(condition.toneValueIncreaseAt40 / 100);
  const effective = INKS.map((ink, i) => {
    const solid = primaries[1 << i];
    let ch = 0;
    for (let c = 1; c < 3; c++) if (paper[c] - solid[c] > paper[ch] - solid[ch]) ch = c;
    const single = (a) => ((1 - a) * rooted[0][ch] + a * rooted[1 << i][ch]) ** n;
    const apparent = (a) => (paper[ch] - single(a)) / (paper[ch] - solid[ch]);
    return (v) => {
      if (v <= 0) return 0;
      if (v >= 1) return 1;
      const want = target(v);
      let lo = 0;
      let hi = 1;
      for (let k = 0; k < 60; k++) {
        const mid = (lo + hi) / 2;
        if (apparent(mid) < want) lo = mid;
        else hi = mid;
      }
      return (lo + hi) / 2;
    };
  });

  return {
    primaries: primaries.map(fromSharp),
    lab: (cmyk) => fromSharp(reflect(cmyk.map((v, i) => effective[i](v / 100)))),
    /** Apparent tone value increase of one ink at nominal `v` percent (Murray–Davies, as above). */
    effectiveCoverage: (ink, v) => effective[INKS.indexOf(ink)](v / 100),
  };
}
