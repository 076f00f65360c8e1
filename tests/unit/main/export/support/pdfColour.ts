// pdfColour.ts: every use of a colour space that is not CMYK, grey or a spot ink, found the way a
// preflight tool would: the object graph from `qpdf --json` (colour-space resources, image and
// shading colour spaces, transparency-group spaces, ICCBased streams by their /N) and every
// content stream decoded by qpdf and read operator by operator (rg/RG, /DeviceRGB or /CalRGB
// set with cs/CS, inline images with an RGB /CS).
import { tool, toolBytes } from './tools';

// qpdf's JSON v2: names are "/Name", references "12 0 R", strings "u:…"/"b:…".
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
interface QpdfObject {
  readonly value?: Json;
  readonly stream?: { readonly dict: { [key: string]: Json } };
}

const REF = /^\d+ \d+ R$/u;
const isDict = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function pdfObjects(file: string): Promise<Map<string, QpdfObject>> {
  const { code, stdout, stderr } = await tool('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=none', file]);
  if (code !== 0) throw new Error(`qpdf --json ${file}: exit ${code}\n${stderr}`);
  // qpdf's own JSON format, documented in qpdf --json-help; checked by the uses below.
  const parsed = JSON.parse(stdout) as { qpdf: [unknown, Record<string, QpdfObject>] };
  return new Map(Object.entries(parsed.qpdf[1]).filter(([k]) => k.startsWith('obj:')).map(([k, v]) => [k.slice(4), v]));
}

/** Follows a reference to its value (a stream gives its dictionary). */
function deref(objects: ReadonlyMap<string, QpdfObject>, v: Json | undefined): Json | undefined {
  if (typeof v === 'string' && REF.test(v)) {
    const o = objects.get(v);
    return o?.stream ? o.stream.dict : o?.value;
  }
  return v;
}

/** Why a colour space is not allowed in print output, or null when it is CMYK, grey, spot or a pattern. */
export function badColourSpace(objects: ReadonlyMap<string, QpdfObject>, cs: Json | undefined, depth = 0): string | null {
  const v = deref(objects, cs);
  if (depth > 8) return 'a colour space nested too deep';
  if (typeof v === 'string') return ['/DeviceCMYK', '/DeviceGray', '/Pattern', '/CalGray'].includes(v) ? null : v;
  if (!Array.isArray(v) || typeof v[0] !== 'string') return `a malformed colour space ${JSON.stringify(v)}`;
  const family = v[0];
  const inner = (x: Json | undefined, what: string): string | null => {
    const why = badColourSpace(objects, x, depth + 1);
    return why === null ? null : `${family} with ${what} ${why}`;
  };
  switch (family) {
    case '/ICCBased': {
      const dict = deref(objects, v[1]);
      const n = isDict(dict) ? dict['/N'] : undefined;
      return n === 4 || n === 1 ? null : `/ICCBased with /N ${String(n)} (${String(v[1])})`;
    }
    case '/Indexed':
      return inner(v[1], 'base');
    case '/Separation':
    case '/DeviceN':
      return inner(v[2], 'alternate');
    case '/Pattern':
      return v.length > 1 ? inner(v[1], 'underlying space') : null;
    case '/CalGray':
      return null;
    default:
      return family;
  }
}

/** Colour spaces in the object graph that are not CMYK, grey or spot, with where they are. */
export function badColourSpacesInObjects(objects: ReadonlyMap<string, QpdfObject>): string[] {
  const found: string[] = [];
  const check = (cs: Json | undefined, where: string): void => {
    const why = badColourSpace(objects, cs);
    if (why !== null) found.push(`${where}: ${why}`);
  };
  const visit = (node: Json | undefined, where: string): void => {
    if (Array.isArray(node)) return node.forEach((x, i) => visit(x, `${where}[${i}]`));
    if (!isDict(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '/ColorSpace') {
        const target = deref(objects, value);
        // In /Resources it maps names to spaces; in an image or shading it is the space itself.
        if (isDict(target)) for (const [name, cs] of Object.entries(target)) check(cs, `${where} /Resources /ColorSpace ${name}`);
        else check(value, `${where} /ColorSpace`);
      } else if (key === '/CS' && node['/S'] === '/Transparency') {
        check(value, `${where} transparency group /CS`);
      }
      visit(value, `${where} ${key}`);
    }
  };
  for (const [id, o] of objects) visit(o.stream ? o.stream.dict : o.value, `object ${id}`);
  return found;
}

/** The content streams: every page's /Contents, form XObjects and tiling patterns. */
export function contentStreams(objects: ReadonlyMap<string, QpdfObject>): string[] {
  const out = new Set<string>();
  for (const [id, o] of objects) {
    const dict = o.stream?.dict ?? o.value;
    if (!isDict(dict)) continue;
    if (dict['/Type'] === '/Page') {
      const contents = dict['/Contents'];
      for (const ref of Array.isArray(contents) ? contents : [contents]) if (typeof ref === 'string' && REF.test(ref)) out.add(ref);
    }
    if (o.stream && (dict['/Subtype'] === '/Form' || dict['/PatternType'] === 1)) out.add(id);
  }
  return [...out];
}

const WHITE = new Set(['\0', '\t', '\n', '\f', '\r', ' ']);
const DELIM = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);
const RGB_NAMES = new Set(['/DeviceRGB', '/CalRGB', '/RGB']);

/** RGB colour set by the operators of one decoded content stream (latin1 text). */
export function rgbOperators(content: string): string[] {
  const found: string[] = [];
  let operands: string[] = [];
  let i = 0;
  const regular = (): string => {
    const from = i;
    while (i < content.length && !WHITE.has(content[i]!) && !DELIM.has(content[i]!)) i++;
    return content.slice(from, i);
  };
  while (i < content.length) {
    const c = content[i]!;
    if (WHITE.has(c)) i++;
    else if (c === '%') while (i < content.length && content[i] !== '\n' && content[i] !== '\r') i++;
    else if (c === '(') {
      let depth = 0;
      do {
        if (content[i] === '\\') i++;
        else if (content[i] === '(') depth++;
        else if (content[i] === ')') depth--;
        i++;
      } while (i < content.length && depth > 0);
      operands.push('(string)');
    } else if (content.startsWith('<<', i) || content.startsWith('>>', i)) {
      operands.push(content.slice(i, i + 2));
      i += 2;
    } else if (c === '<') {
      i = content.indexOf('>', i) + 1 || content.length;
      operands.push('<hex>');
    } else if (c === '[' || c === ']' || c === '{' || c === '}') {
      operands.push(c);
      i++;
    } else if (c === '/') {
      i++;
      operands.push(`/${regular()}`);
    } else {
      const word = regular() || content[i++]!;
      if (/^[+\-.\d]/u.test(word) || word === 'true' || word === 'false' || word === 'null') {
        operands.push(word);
        continue;
      }
      const at = `"${operands.slice(-4).join(' ')} ${word}" at byte ${i - word.length}`;
      if (word === 'rg' || word === 'RG') found.push(`RGB colour operator ${at}`);
      if ((word === 'cs' || word === 'CS') && RGB_NAMES.has(operands.at(-1) ?? '')) found.push(`RGB colour space set ${at}`);
      if (word === 'ID') {
        // An inline image: its dictionary is the operands since BI; its data runs to " EI".
        const dict = operands.slice(operands.lastIndexOf('BI') + 1);
        const cs = dict.findIndex((t) => t === '/CS' || t === '/ColorSpace');
        if (cs >= 0 && RGB_NAMES.has(dict[cs + 1] ?? '')) found.push(`inline image in RGB ${at}`);
        const end = /\sEI(?=[\s]|$)/u.exec(content.slice(i + 1));
        i = end ? i + 1 + end.index + end[0].length : content.length;
      }
      operands = word === 'BI' ? ['BI'] : [];
    }
  }
  return found;
}

/** Every RGB use in the file: colour spaces in its objects and operators in its content streams. */
export async function rgbUses(file: string): Promise<{ findings: string[]; streams: number }> {
  const objects = await pdfObjects(file);
  const findings = badColourSpacesInObjects(objects);
  const streams = contentStreams(objects);
  for (const ref of streams) {
    const data = await toolBytes('qpdf', [`--show-object=${ref.replace(/ R$/u, '').replace(' ', ',')}`, '--filtered-stream-data', file]);
    for (const f of rgbOperators(data.toString('latin1'))) findings.push(`content stream ${ref}: ${f}`);
  }
  return { findings, streams: streams.length };
}
