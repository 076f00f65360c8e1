// How the window names the edition's styles and swatches in each language.
import { describe, expect, it } from 'vitest';
import { dataName, translator } from '../../../../src/renderer/i18n';
import { defaultStyles, defaultSwatches } from '../../../../src/shared/model';

const en = translator('en');
const zh = translator('zh-CN');

describe('dataName', () => {
  it('names every default style and swatch in English, and as they are in Chinese', () => {
    const styles = defaultStyles(9, 15);
    const items = [...styles.paragraph, ...styles.character, ...defaultSwatches()];
    for (const item of items) {
      expect(dataName(zh, item)).toBe(item.name);
      expect(dataName(en, item), item.id).toMatch(/^[A-Za-z][A-Za-z0-9 %]+$/u);
    }
    expect(dataName(en, styles.paragraph.find((s) => s.id === 'p-zhuti')!)).toBe('Headline');
  });

  it('keeps a name staff gave: a renamed default, or a style of their own', () => {
    expect(dataName(en, { id: 'p-zhuti', name: '大标题' })).toBe('大标题');
    expect(dataName(en, { id: 'p-mine', name: '编者按' })).toBe('编者按');
  });
});
