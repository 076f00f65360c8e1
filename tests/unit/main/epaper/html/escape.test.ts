import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../../../../../src/main/services/export/epaper/html/escape';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('leaves Chinese text and its own punctuation alone', () => {
    expect(escapeHtml('区退役军人事务员培训班开班，“线上培训+线下授课”')).toBe('区退役军人事务员培训班开班，“线上培训+线下授课”');
  });

  it('writes NFC, so a decomposed character reads and searches like the composed one', () => {
    const decomposed = 'Cafe\u0301';
    expect(escapeHtml(decomposed)).toBe('Café');
    expect(escapeHtml(decomposed).length).toBe(4);
  });
});

describe('jsonForScript', () => {
  it('cannot end the script element or open a comment, and still parses to the same value', () => {
    const value = { headline: '</script><script>alert(1)</script><!--', amp: 'a & b', sep: 'x\u2028y' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/<|>|\u2028/u);
    expect(JSON.parse(text)).toEqual(value);
  });
});
