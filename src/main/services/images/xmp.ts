// xmp.ts: caption and credit from XMP, for files whose tools wrote only XMP (Lightroom and
// Photoshop write IPTC Core there first). A small scanner, not an XML parser: it reads the three
// properties where the IPTC Core mapping puts them, in element or attribute form:
//   dc:description (rdf:Alt, x-default first) ← caption
//   dc:creator (rdf:Seq)                      ← by-line
//   photoshop:Credit                          ← credit

export interface XmpText {
  readonly description: string;
  readonly creators: readonly string[];
  readonly credit: string;
}

export function parseXmp(xml: string): XmpText {
  return {
    description: altText(xml, 'dc:description'),
    creators: listItems(xml, 'dc:creator'),
    credit: simpleProperty(xml, 'photoshop:Credit'),
  };
}

function elementBody(xml: string, name: string): string | null {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'u').exec(xml);
  return match?.[1] ?? null;
}

function items(body: string): Array<{ lang: string | null; text: string }> {
  const out: Array<{ lang: string | null; text: string }> = [];
  for (const match of body.matchAll(/<rdf:li(\s[^>]*)?>([\s\S]*?)<\/rdf:li>/gu)) {
    const lang = /xml:lang="([^"]*)"/u.exec(match[1] ?? '')?.[1] ?? null;
    const text = unescapeXml(match[2] ?? '').trim();
    if (text !== '') out.push({ lang, text });
  }
  return out;
}

function altText(xml: string, name: string): string {
  const body = elementBody(xml, name);
  if (body === null) return '';
  const all = items(body);
  return (all.find((i) => i.lang === 'x-default') ?? all[0])?.text ?? '';
}

function listItems(xml: string, name: string): string[] {
  const body = elementBody(xml, name);
  return body === null ? [] : items(body).map((i) => i.text);
}

function simpleProperty(xml: string, name: string): string {
  const attribute = new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(xml)?.[1];
  if (attribute !== undefined) return unescapeXml(attribute).trim();
  const body = elementBody(xml, name);
  return body === null ? '' : unescapeXml(body).trim();
}

function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/gu, (whole, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (hex !== undefined) return safeCodePoint(parseInt(hex, 16), whole);
    if (dec !== undefined) return safeCodePoint(parseInt(dec, 10), whole);
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named as 'amp'] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
