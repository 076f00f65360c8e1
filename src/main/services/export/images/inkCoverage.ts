// inkCoverage.ts: the highest total area coverage (C+M+Y+K, percent) of any pixel in 8-bit
// samples as they go into the PDF: what preflight checks against the plant's ink limit.

/**
 * `samples` are interleaved 8-bit pixels: 4 channels are CMYK with 255 = full ink; 1 channel is
 * DeviceGray with 0 = black (so its ink is 100 − value).
 */
export function maxInkPercent(samples: Uint8Array, channels: 1 | 4): number {
  let max = 0;
  if (channels === 1) {
    let darkest = 255;
    for (const v of samples) if (v < darkest) darkest = v;
    max = 255 - darkest;
  } else {
    for (let i = 0; i + 3 < samples.length; i += 4) {
      const total = (samples[i] ?? 0) + (samples[i + 1] ?? 0) + (samples[i + 2] ?? 0) + (samples[i + 3] ?? 0);
      if (total > max) max = total;
    }
  }
  return Math.round((max / 255) * 100 * 100) / 100;
}
