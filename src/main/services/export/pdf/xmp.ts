// xmp.ts: the document's XMP packet (the Catalog's /Metadata). PDF/X-4 (ISO 15930-7) identifies
// itself here, not only in the Info dictionary: pdfxid:GTS_PDFXVersion, plus the xmpMM ids,
// VersionID and RenditionClass preflight tools ask for, and pdf:Trapped. PDF/X-1a:2003 predates
// the pdfxid schema; its packet carries the Adobe pdfx: keys instead, mirroring its Info
// dictionary. Every value equals the Info dictionary's (same title, same instant), and nothing
// here is random: the ids come from a hash of the document, so the same input gives the same file.
import type { PdfxVersion } from '../../../../shared/model';

export interface XmpFacts {
  readonly pdfx: PdfxVersion;
  readonly title: string;
  /** CreationDate = ModDate = MetadataDate. */
  readonly date: Date;
  readonly producer: string;
  readonly creatorTool: string;
  /** 16 bytes each, written as uuid:…; the document's identity and this rendition's. */
  readonly documentId: Uint8Array;
  readonly instanceId: Uint8Array;
}

/** GTS_PDFXVersion as each standard spells it (also GTS_PDFXConformance for X-1a). */
export function pdfxVersionString(pdfx: PdfxVersion): string {
  return pdfx === '4' ? 'PDF/X-4' : 'PDF/X-1a:2003';
}

/** XMP dates are ISO 8601; the Info dictionary's D:…Z strings name the same UTC second. */
export function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
}

export function uuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

// XML 1.0 cannot hold most control characters at all; a title has no use for them.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

const escapeXml = (s: string): string =>
  s.replace(XML_FORBIDDEN, '').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

const element = (name: string, value: string): string => `   <${name}>${escapeXml(value)}</${name}>`;

/** The packet, UTF-8, with its xpacket wrapper (written unfiltered so tools can find it). */
export function xmpPacket(f: XmpFacts): string {
  const version = pdfxVersionString(f.pdfx);
  const when = xmpDate(f.date);
  const pdfxNs = f.pdfx === '4' ? 'xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"' : 'xmlns:pdfx="http://ns.adobe.com/pdfx/1.3/"';
  const pdfxKeys = f.pdfx === '4' ? [element('pdfxid:GTS_PDFXVersion', version)] : [element('pdfx:GTS_PDFXVersion', version), element('pdfx:GTS_PDFXConformance', version)];
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '  <rdf:Description rdf:about=""',
    '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"',
    '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    `    ${pdfxNs}>`,
    element('dc:format', 'application/pdf'),
    `   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(f.title)}</rdf:li></rdf:Alt></dc:title>`,
    element('xmp:CreateDate', when),
    element('xmp:ModifyDate', when),
    element('xmp:MetadataDate', when),
    element('xmp:CreatorTool', f.creatorTool),
    element('xmpMM:DocumentID', uuid(f.documentId)),
    element('xmpMM:InstanceID', uuid(f.instanceId)),
    element('xmpMM:VersionID', '1'),
    element('xmpMM:RenditionClass', 'default'),
    element('pdf:Producer', f.producer),
    element('pdf:Trapped', 'False'),
    ...pdfxKeys,
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
