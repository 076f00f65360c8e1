// migrations.ts: every loaded edition passes through migrate() before validate().
// One entry per version step; each `up` takes the raw JSON of version N and returns N + 1.
import { CURRENT_SCHEMA_VERSION } from './edition';
import { defaultOutputSettings, defaultSwatches } from './output';
import { CharacterStyleIds } from './styles';
import { labelPattern } from './pageLabel';
import { DEFAULT_SIZE_NAMES } from './units';

export interface Migration {
  readonly from: number;
  readonly description: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    description: 'format.sizeNames: the 字号 table became per-edition data',
    up(doc) {
      const format = isRecord(doc.format) ? doc.format : {};
      const sizeNames = format.sizeNames ?? DEFAULT_SIZE_NAMES.map((e) => ({ ...e }));
      return { ...doc, schemaVersion: 2, format: { ...format, sizeNames } };
    },
  },
  {
    from: 2,
    description: 'paragraph styles: minLastLineChars (2), hangingPunctuation (off), hanLatinSpacingEm (¼), sizeName (the 字号 the size matches)',
    up(doc) {
      const format = isRecord(doc.format) ? doc.format : {};
      const table = Array.isArray(format.sizeNames) ? format.sizeNames.filter(isRecord) : [];
      const styles = isRecord(doc.styles) ? doc.styles : null;
      // Anything not shaped like a style list is left for validation to report with its path.
      if (!styles || !Array.isArray(styles.paragraph)) return { ...doc, schemaVersion: 3 };
      const paragraph = styles.paragraph.map((style: unknown) => {
        if (!isRecord(style)) return style;
        const named = table.find((entry) => typeof entry.name === 'string' && entry.pt === style.size);
        return {
          ...style,
          minLastLineChars: style.minLastLineChars ?? 2,
          hangingPunctuation: style.hangingPunctuation ?? false,
          hanLatinSpacingEm: style.hanLatinSpacingEm ?? 0.25,
          sizeName: style.sizeName ?? (named ? named.name : null),
        };
      });
      return { ...doc, schemaVersion: 3, styles: { ...styles, paragraph } };
    },
  },
  {
    from: 3,
    description: 'print output: swatches, output settings (PDF/X-4, 240 % ink, 300/150/100 ppi), paragraph styles marginText (off)',
    up(doc) {
      const styles = isRecord(doc.styles) ? doc.styles : null;
      const paragraph =
        styles && Array.isArray(styles.paragraph)
          ? styles.paragraph.map((style: unknown) => (isRecord(style) ? { ...style, marginText: style.marginText ?? false } : style))
          : null;
      return {
        ...doc,
        schemaVersion: 4,
        ...(styles && paragraph ? { styles: { ...styles, paragraph } } : {}),
        swatches: doc.swatches ?? defaultSwatches(),
        output: doc.output ?? defaultOutputSettings(),
      };
    },
  },
  {
    from: 4,
    description: 'layout editor: frames groupId (none), pages and masters guides (none), assets colorSpace/ppi (unknown), caption/credit (empty), preview (none)',
    up(doc) {
      const withFrames = (holder: unknown): unknown => {
        if (!isRecord(holder)) return holder;
        const frames = Array.isArray(holder.frames) ? holder.frames.map((f: unknown) => (isRecord(f) ? { ...f, groupId: f.groupId ?? null } : f)) : holder.frames;
        return { ...holder, frames, guides: holder.guides ?? { vertical: [], horizontal: [] } };
      };
      const assets = Array.isArray(doc.assets)
        ? doc.assets.map((a: unknown) =>
            isRecord(a) ? { ...a, colorSpace: a.colorSpace ?? null, ppi: a.ppi ?? null, caption: a.caption ?? '', credit: a.credit ?? '', preview: a.preview ?? null } : a,
          )
        : doc.assets;
      return {
        ...doc,
        schemaVersion: 5,
        pages: Array.isArray(doc.pages) ? doc.pages.map(withFrames) : doc.pages,
        masters: Array.isArray(doc.masters) ? doc.masters.map(withFrames) : doc.masters,
        assets,
      };
    },
  },
  {
    from: 5,
    description:
      'character styles: 粗体着重 (bold with emphasis dots), unless one is already bold with dots; paragraph styles balanceLines (off); pages labelFollowsNumber (when the label’s number is the page’s); text frames templateAlign (start)',
    up(raw) {
      // Templates were set at the start of their frame.
      const withAlign = (holder: unknown): unknown => {
        if (!isRecord(holder) || !Array.isArray(holder.frames)) return holder;
        return { ...holder, frames: holder.frames.map((f: unknown) => (isRecord(f) && f.kind === 'text' ? { ...f, templateAlign: f.templateAlign ?? 'start' } : f)) };
      };
      // Before, a label followed its page whenever its number happened to be the page's.
      const pages = Array.isArray(raw.pages)
        ? raw.pages.map(withAlign).map((page: unknown) =>
            isRecord(page) && typeof page.label === 'string' && typeof page.number === 'number' ? { ...page, labelFollowsNumber: page.labelFollowsNumber ?? labelPattern(page.label, page.number) !== null } : page,
          )
        : raw.pages;
      const masters = Array.isArray(raw.masters) ? raw.masters.map(withAlign) : raw.masters;
      const doc: Record<string, unknown> = { ...raw, pages, masters };
      const styles = isRecord(doc.styles) ? doc.styles : null;
      if (!styles || !Array.isArray(styles.character) || !Array.isArray(styles.paragraph)) return { ...doc, schemaVersion: 6 };
      // Off, also for headlines: the lines of an edition already set stay where staff saw them.
      const paragraph = styles.paragraph.map((style: unknown) => (isRecord(style) ? { ...style, balanceLines: style.balanceLines ?? false } : style));
      const character: unknown[] = styles.character;
      // Without it, dots put on bold text replace the bold (and the reverse): the story editor
      // gives both at once only when the sheet has a style that is both.
      const hasBoth = character.some((s) => isRecord(s) && s.weight === 'bold' && s.emphasisDots === true);
      const idTaken = character.some((s) => isRecord(s) && s.id === CharacterStyleIds.boldEmphasis);
      const added = hasBoth || idTaken ? [] : [{ id: CharacterStyleIds.boldEmphasis, name: '粗体着重', weight: 'bold', emphasisDots: true }];
      return { ...doc, schemaVersion: 6, styles: { ...styles, paragraph, character: [...character, ...added] } };
    },
  },
];

export type MigrationResult =
  | { ok: true; doc: Record<string, unknown>; applied: string[] }
  | { ok: false; path: string; reason: string };

/**
 * Brings a raw edition document up to `target` (CURRENT_SCHEMA_VERSION), or says why it cannot.
 * `target` is a parameter so a chain longer than today's can be tested end to end.
 */
export function migrate(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  if (!isRecord(raw)) return { ok: false, path: '$', reason: 'the edition must be a JSON object' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, path: '$.schemaVersion', reason: 'must be a positive integer' };
  }
  if (version > target) {
    return {
      ok: false,
      path: '$.schemaVersion',
      reason: `version ${version} is newer than this Galley understands (${target}); update Galley to open it`,
    };
  }
  let doc = raw;
  const applied: string[] = [];
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, path: '$.schemaVersion', reason: `no migration from version ${v}` };
    doc = step.up(doc);
    applied.push(`${v}→${v + 1}: ${step.description}`);
  }
  return { ok: true, doc, applied };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
