import { describe, expect, it } from 'vitest';
import { ppiLabel, ppiTone } from '../../../../src/renderer/photos/ppiTone';

const output = { imageWarnPpi: 150, imageErrorPpi: 100 };

describe('ppiTone', () => {
  it('uses the preflight thresholds: below error is red, below warning amber', () => {
    expect(ppiTone(300, output)).toBe('ok');
    expect(ppiTone(150, output)).toBe('ok');
    expect(ppiTone(149.99, output)).toBe('warn');
    expect(ppiTone(100, output)).toBe('warn');
    expect(ppiTone(99.9, output)).toBe('error');
    expect(ppiTone(200, { imageWarnPpi: 240, imageErrorPpi: 200 })).toBe('warn');
  });

  it('labels whole ppi rounded down, as preflight words it', () => {
    expect(ppiLabel(149.7)).toBe(149);
  });
});
