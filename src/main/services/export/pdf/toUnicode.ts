// toUnicode.ts: the ToUnicode CMap of a Type0 font (PDF 32000-1 §9.10.3), CID → the text the
// glyph stands for, so that copying and searching return the edition's text, Chinese included.
// The text comes from the layout's clusters (a ligature maps to all its letters).

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/** UTF-16BE hex of `text` (surrogate pairs stay pairs, as the CMap wants). */
function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

/** A ToUnicode CMap for 2-byte CIDs (Identity-H). */
export function toUnicodeCmap(textByCid: ReadonlyMap<number, string>): string {
  const entries = [...textByCid].filter(([, t]) => t !== '').sort((a, b) => a[0] - b[0]);
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ];
  // At most 100 entries per bfchar block (the CMap format's limit).
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    lines.push(`${block.length} beginbfchar`);
    for (const [cid, text] of block) lines.push(`<${hex4(cid)}> <${utf16Hex(text)}>`);
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return `${lines.join('\n')}\n`;
}
