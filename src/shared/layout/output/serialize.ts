// serialize.ts: the layout as stable JSON, for golden files and for proving that Node and
// Chromium compose byte-identically. Object keys are sorted (UTF-16 order, as Array#sort
// compares), arrays keep their order, there is no whitespace, and every number is rounded to
// 1/1000 with -0 written as 0. ECMAScript fixes Number→String exactly (shortest round trip), so
// every conforming engine writes the same digits for the same rounded number.
import type { EditionLayout, PageLayout } from './PageLayout';

export function layoutToJson(layout: EditionLayout | PageLayout): string {
  return stableJson(layout);
}

/** JSON with sorted keys and rounded numbers. Throws on values JSON cannot hold faithfully. */
export function stableJson(value: unknown): string {
  return encode(value, '$');
}

function encode(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return encodeNumber(value, path);
    case 'object':
      if (Array.isArray(value)) return `[${value.map((item: unknown, i) => encode(item, `${path}[${i}]`)).join(',')}]`;
      return encodeObject(value as Record<string, unknown>, path);
    default:
      throw new Error(`${path}: cannot serialise a ${typeof value}`);
  }
}

function encodeNumber(n: number, path: string): string {
  if (!Number.isFinite(n)) throw new Error(`${path}: ${n} is not a finite number`);
  const rounded = Math.round(n * 1000) / 1000 + 0;
  return String(rounded);
}

function encodeObject(object: Record<string, unknown>, path: string): string {
  const parts: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined) continue; // as JSON.stringify does: an absent optional field
    parts.push(`${JSON.stringify(key)}:${encode(item, `${path}.${key}`)}`);
  }
  return `{${parts.join(',')}}`;
}
