// pdfx.ts: what makes the file PDF/X (ISO 15930-7 PDF/X-4:2010, ISO 15930-4 PDF/X-1a:2003):
//   - Catalog /OutputIntents: one GTS_PDFX intent naming the printing condition, with the CMYK
//     output profile embedded as an ICCBased stream (N 4);
//   - Info: GTS_PDFXVersion (and GTS_PDFXConformance for X-1a, as Acrobat writes it), Trapped
//     /False (PDF/X forbids Unknown), Title, CreationDate, ModDate, Producer;
//   - Catalog /Metadata: the XMP packet (xmp.ts), agreeing with Info;
//   - trailer /ID, derived from a hash of the document;
//   - the header version: 1.6 for X-4 (object streams, PDF 1.5, are fine), 1.4 for X-1a, which
//     also means a classic xref table and no object streams.
// pdf-lib always writes "%PDF-1.7"; the version digit is rewritten after saving (same length,
// so no offset moves).
import { PDFDict, type PDFDocument, PDFHexString, PDFName, type PDFObject, PDFString } from 'pdf-lib';
import type { PdfxVersion } from '../../../../shared/model';
import { ServiceError } from '../../errors';
import type { OutputProfile } from '../printTypes';
import { zlibStream } from './flate';
import { pdfxVersionString, xmpPacket } from './xmp';

export const PRODUCER = 'Galley';

/** The output profile cannot serve as a PDF/X output intent: the user's to fix, so a ServiceError. */
export class OutputProfileError extends ServiceError {
  constructor(
    /** Where the profile came from (its file, or the built-in one's name). */
    readonly source: string,
    message: string,
  ) {
    super('invalid-request', message);
  }
}

const tag = (bytes: Uint8Array, at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));

/**
 * Refuses what cannot be a PDF/X output intent: not an ICC profile, not an output ('prtr')
 * profile, not CMYK, or (for X-1a, whose PDF 1.4 knows ICC v2 only) a v4 profile.
 */
export function checkOutputProfile(profile: OutputProfile, pdfx: PdfxVersion): void {
  const { bytes } = profile;
  const where = `the output profile ${profile.source}${profile.description ? ` ("${profile.description}")` : ''}`;
  if (bytes.byteLength < 132 || tag(bytes, 36) !== 'acsp') throw new OutputProfileError(profile.source, `${where} is not an ICC profile (no "acsp" signature at byte 36)`);
  if (tag(bytes, 12) !== 'prtr') throw new OutputProfileError(profile.source, `${where} is a "${tag(bytes, 12)}" profile; a PDF/X output intent needs an output ("prtr") profile`);
  if (tag(bytes, 16) !== 'CMYK') throw new OutputProfileError(profile.source, `${where} describes "${tag(bytes, 16).trim()}" data; the output intent of a newspaper PDF needs a CMYK profile`);
  const major = bytes[8] ?? 0;
  if (pdfx === '1a' && major > 2) throw new OutputProfileError(profile.source, `${where} is ICC version ${major}; PDF/X-1a (PDF 1.4) takes ICC version 2 profiles only`);
}

/** A PDF text string: a literal for plain ASCII, UTF-16BE hex for anything else. */
function textString(s: string): PDFObject {
  return /^[\x20-\x27\x2a-\x5b\x5d-\x7e]*$/u.test(s) ? PDFString.of(s) : PDFHexString.fromText(s);
}

export interface PdfxFacts {
  readonly pdfx: PdfxVersion;
  readonly profile: OutputProfile;
  readonly title: string;
  readonly date: Date;
  /** A hash of everything the document shows (≥ 32 bytes): the source of /ID and the XMP ids. */
  readonly fingerprint: Uint8Array;
}

/** Writes the output intent, the Info keys, the XMP metadata and the trailer /ID into `doc`. */
export function applyPdfx(doc: PDFDocument, facts: PdfxFacts): void {
  checkOutputProfile(facts.profile, facts.pdfx);
  const ctx = doc.context;
  const version = pdfxVersionString(facts.pdfx);

  doc.setTitle(facts.title);
  doc.setProducer(PRODUCER);
  doc.setCreator(PRODUCER);
  doc.setCreationDate(facts.date);
  doc.setModificationDate(facts.date);
  const info = ctx.lookup(ctx.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('GTS_PDFXVersion'), PDFString.of(version));
  if (facts.pdfx === '1a') info.set(PDFName.of('GTS_PDFXConformance'), PDFString.of(version));
  info.set(PDFName.of('Trapped'), PDFName.of('False'));

  const { profile } = facts;
  const iccStream = ctx.register(zlibStream(ctx, profile.bytes, { N: 4 }));
  const intent: Record<string, PDFObject> = {
    Type: PDFName.of('OutputIntent'),
    S: PDFName.of('GTS_PDFX'),
    OutputConditionIdentifier: textString(profile.outputConditionIdentifier),
    OutputCondition: textString(profile.outputCondition),
    Info: textString(profile.description || profile.outputCondition || profile.outputConditionIdentifier),
    DestOutputProfile: iccStream,
  };
  if (profile.registryName !== '') intent['RegistryName'] = textString(profile.registryName);
  doc.catalog.set(PDFName.of('OutputIntents'), ctx.obj([ctx.register(ctx.obj(intent))]));

  const id = facts.fingerprint.subarray(0, 16);
  const xmp = xmpPacket({
    pdfx: facts.pdfx,
    title: facts.title,
    date: facts.date,
    producer: PRODUCER,
    creatorTool: PRODUCER,
    documentId: id,
    instanceId: facts.fingerprint.subarray(16, 32),
  });
  // Unfiltered, so that tools which scan for the packet (and PDF/X checkers) can read it.
  const metadata = ctx.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), ctx.register(metadata));

  const hex = Array.from(id, (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of(hex), PDFHexString.of(hex)]);
}

/** pdf-lib save options for the standard: X-1a (PDF 1.4) has no object or xref streams. */
export function pdfxSaveOptions(pdfx: PdfxVersion): { useObjectStreams: boolean } {
  return { useObjectStreams: pdfx === '4' };
}

/** The header version each standard needs: X-4 is PDF 1.6, X-1a:2003 is PDF 1.4. */
export function pdfxHeaderVersion(pdfx: PdfxVersion): '1.6' | '1.4' {
  return pdfx === '4' ? '1.6' : '1.4';
}

/** Rewrites pdf-lib's "%PDF-1.7" header to `version`, in place (same length). */
export function setHeaderVersion(bytes: Uint8Array, version: '1.6' | '1.4'): Uint8Array {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head !== '%PDF-1.7') throw new Error(`expected pdf-lib to write a %PDF-1.7 header, found "${head}"`);
  bytes[7] = version.charCodeAt(2);
  return bytes;
}
