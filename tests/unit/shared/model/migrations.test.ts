import { describe, expect, it } from 'vitest';
import {
  CharacterStyleIds,
  CURRENT_SCHEMA_VERSION,
  DEFAULT_SIZE_NAMES,
  defaultOutputSettings,
  defaultSwatches,
  EditionSchema,
  migrate,
  type Migration,
  MIGRATIONS,
  ParagraphStyleIds,
  parseEdition,
} from '../../../../src/shared/model';
import { deepFreeze, sampleEdition } from './fixtures';

type StyleJson = Record<string, unknown>;

type Holder = { frames: Array<Record<string, unknown>> } & Record<string, unknown>;

/** The sample edition as a version-5 file wrote it: no style both bold and dotted, no balanced lines, no labelFollowsNumber. */
function version5(): Record<string, unknown> {
  const doc = structuredClone(sampleEdition());
  const character = doc.styles.character.filter((s) => s.id !== CharacterStyleIds.boldEmphasis);
  const paragraph = doc.styles.paragraph.map(({ balanceLines: _b, ...rest }) => rest);
  const noAlign = <H extends { frames: readonly object[] }>(holder: H) => ({ ...holder, frames: holder.frames.map((f) => ('templateAlign' in f ? (({ templateAlign: _a, ...frame }) => frame)(f) : f)) });
  const pages = doc.pages.map(({ labelFollowsNumber: _l, ...rest }) => noAlign(rest));
  return { ...doc, schemaVersion: 5, pages, masters: doc.masters.map(noAlign), styles: { ...doc.styles, paragraph, character } };
}

/** The sample edition as a version-4 file wrote it: no frame groups, guides or asset metadata. */
function version4(): Record<string, unknown> {
  const doc = version5();
  const strip = ({ guides: _g, ...holder }: Holder) => ({ ...holder, frames: holder.frames.map(({ groupId: _id, ...frame }) => frame) });
  const assets = (doc.assets as Array<Record<string, unknown>>).map(({ colorSpace: _c, ppi: _p, caption: _t, credit: _r, preview: _v, ...asset }) => asset);
  return { ...doc, schemaVersion: 4, pages: (doc.pages as Holder[]).map(strip), masters: (doc.masters as Holder[]).map(strip), assets };
}

/** The sample edition as a version-3 file wrote it: no swatches, output settings or marginText. */
function version3(): Record<string, unknown> {
  const { swatches: _sw, output: _o, ...doc } = version4() as ReturnType<typeof sampleEdition>;
  const paragraph = doc.styles.paragraph.map(({ marginText: _m, ...rest }) => rest);
  return { ...doc, schemaVersion: 3, styles: { ...doc.styles, paragraph } };
}

/** The sample edition as a version-2 file wrote it: paragraph styles without the fields of version 3. */
function version2(): Record<string, unknown> {
  const doc = version3();
  const paragraph = stylesOf(doc).map(({ minLastLineChars: _m, hangingPunctuation: _h, hanLatinSpacingEm: _g, sizeName: _s, ...rest }) => rest);
  return { ...doc, schemaVersion: 2, styles: { ...(doc.styles as object), paragraph } };
}

/** The sample edition as a version-1 file wrote it: no per-edition 字号 table either. */
function version1(): Record<string, unknown> {
  const { sizeNames: _dropped, ...format } = sampleEdition().format;
  return { ...version2(), schemaVersion: 1, format };
}

function stylesOf(doc: Record<string, unknown>): StyleJson[] {
  return (doc.styles as { paragraph: StyleJson[] }).paragraph;
}

describe('migrate', () => {
  it('brings a version-1 edition through every step to the current version, and lists them', () => {
    const result = migrate(deepFreeze(version1()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.schemaVersion).toBe(6);
    expect((result.doc.format as { sizeNames: unknown }).sizeNames).toEqual(DEFAULT_SIZE_NAMES);
    expect(result.applied).toEqual([
      '1→2: format.sizeNames: the 字号 table became per-edition data',
      '2→3: paragraph styles: minLastLineChars (2), hangingPunctuation (off), hanLatinSpacingEm (¼), sizeName (the 字号 the size matches)',
      '3→4: print output: swatches, output settings (PDF/X-4, 240 % ink, 300/150/100 ppi), paragraph styles marginText (off)',
      '4→5: layout editor: frames groupId (none), pages and masters guides (none), assets colorSpace/ppi (unknown), caption/credit (empty), preview (none)',
      `5→6: ${MIGRATIONS[4]?.description}`,
    ]);
    expect(EditionSchema.safeParse(result.doc).success).toBe(true);
  });

  it('keeps a 字号 table a version-1 file already had', () => {
    const doc = version1();
    const own = [{ name: '新五号', pt: 9.75 }];
    doc.format = { ...(doc.format as object), sizeNames: own };
    const result = migrate(doc);
    expect(result.ok && (result.doc.format as { sizeNames: unknown }).sizeNames).toEqual(own);
  });

  it('gives version-2 paragraph styles the orphan rule, no hanging, and the 字号 their size matches', () => {
    const v2 = version2();
    const sizes = [9, 10.5, 22, 11, 7.5];
    stylesOf(v2).forEach((style, i) => (style.size = sizes[i % sizes.length]));
    const result = migrate(deepFreeze(v2));
    expect(result.ok && result.applied[0]).toEqual('2→3: paragraph styles: minLastLineChars (2), hangingPunctuation (off), hanLatinSpacingEm (¼), sizeName (the 字号 the size matches)');
    if (!result.ok) return;
    const migrated = stylesOf(result.doc);
    expect(migrated.slice(0, 5).map((s) => [s.size, s.sizeName])).toEqual([[9, '小五'], [10.5, '五号'], [22, '二号'], [11, null], [7.5, '六号']]);
    for (const style of migrated) expect([style.minLastLineChars, style.hangingPunctuation, style.hanLatinSpacingEm]).toEqual([2, false, 0.25]);
    const parsed = parseEdition(v2);
    expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues)).toBe(true);
  });

  it('names sizes from the edition’s own 字号 table, not the default one', () => {
    const v2 = version2();
    (v2.format as { sizeNames: unknown }).sizeNames = [{ name: '新五号', pt: 9 }];
    const result = migrate(v2);
    expect(result.ok && stylesOf(result.doc).find((s) => s.id === ParagraphStyleIds.body)?.sizeName).toBe('新五号');
    expect(result.ok && stylesOf(result.doc).find((s) => s.id === ParagraphStyleIds.headline)?.sizeName).toBe(null);
  });

  it('keeps version-3 fields a version-2 file already carried', () => {
    const v2 = version2();
    const body = stylesOf(v2).find((s) => s.id === ParagraphStyleIds.body);
    if (!body) throw new Error('no body style');
    Object.assign(body, { minLastLineChars: 3, hangingPunctuation: true, hanLatinSpacingEm: 0 });
    const result = migrate(v2);
    expect(result.ok && stylesOf(result.doc).find((s) => s.id === ParagraphStyleIds.body)).toMatchObject({ minLastLineChars: 3, hangingPunctuation: true, hanLatinSpacingEm: 0, sizeName: '小五' });
  });

  it('leaves a style list it cannot read for validation to report', () => {
    const v2 = { ...version2(), styles: 'none' };
    const result = migrate(v2);
    expect(result.ok && result.doc.styles).toBe('none');
    expect(parseEdition(v2)).toMatchObject({ ok: false, issues: [{ path: '$.styles' }] });
  });

  it('gives a version-3 edition the default swatches and output settings, and keeps text out of the margins', () => {
    const result = migrate(deepFreeze(version3()));
    expect(result.ok && result.applied[0]).toEqual('3→4: print output: swatches, output settings (PDF/X-4, 240 % ink, 300/150/100 ppi), paragraph styles marginText (off)');
    if (!result.ok) return;
    expect(result.doc.output).toEqual(defaultOutputSettings());
    expect(result.doc.swatches).toEqual(defaultSwatches());
    for (const style of stylesOf(result.doc)) expect(style.marginText).toBe(false);
    expect(parseEdition(version3()).ok).toBe(true);
  });

  it('keeps output settings a version-3 file already carried', () => {
    const own = { ...defaultOutputSettings(), pdfx: '1a', inkLimit: 220 };
    const result = migrate({ ...version3(), output: own });
    expect(result.ok && result.doc.output).toEqual(own);
  });

  it('gives version-4 frames no group, pages and masters no guides, and assets unknown colour and resolution', () => {
    const result = migrate(deepFreeze(version4()));
    expect(result.ok && result.applied).toHaveLength(2);
    if (!result.ok) return;
    const pages = result.doc.pages as Array<{ guides: unknown; frames: Array<{ groupId: unknown }> }>;
    for (const page of pages) {
      expect(page.guides).toEqual({ vertical: [], horizontal: [] });
      for (const frame of page.frames) expect(frame.groupId).toBe(null);
    }
    expect(result.doc.assets).toEqual([expect.objectContaining({ colorSpace: null, ppi: null, caption: '', credit: '', preview: null })]);
    expect(parseEdition(version4()).ok).toBe(true);
  });

  it('gives a version-5 style sheet 粗体着重, so dots on bold text keep the bold, and balances no style’s lines', () => {
    const result = migrate(deepFreeze(version5()));
    expect(result.ok && result.applied).toEqual([`5→6: ${MIGRATIONS[4]?.description}`]);
    if (!result.ok) return;
    const character = (result.doc.styles as { character: unknown[] }).character;
    expect(character).toEqual(sampleEdition().styles.character);
    // Not even the headlines': an edition already set keeps its lines.
    expect(stylesOf(result.doc).map((s) => s.balanceLines)).toEqual(stylesOf(result.doc).map(() => false));
    expect(parseEdition(version5()).ok).toBe(true);
  });

  it('lets a version-5 page label follow its page only when its number is the page’s, as the window judged it then', () => {
    const v5 = version5();
    const [first] = v5.pages as Array<Record<string, unknown>>;
    const pages = [first, { ...first, id: 'p2', number: 2, label: 'B01' }, { ...first, id: 'p3', number: 3, label: '第3版' }, { ...first, id: 'p4', number: 4, label: '头版' }];
    const result = migrate({ ...v5, pages });
    expect(result.ok && (result.doc.pages as Array<{ label: string; labelFollowsNumber: boolean }>).map((p) => [p.label, p.labelFollowsNumber])).toEqual([
      ['A01', true],
      ['B01', false],
      ['第3版', true],
      ['头版', false],
    ]);
  });

  it('adds no second bold-with-dots style, and never takes an id the sheet uses', () => {
    const own = { id: 'c-mine', name: '黑体着重', weight: 'bold', emphasisDots: true };
    const withOwn = version5();
    (withOwn.styles as { character: unknown[] }).character.push(own);
    const kept = migrate(withOwn);
    expect(kept.ok && (kept.doc.styles as { character: unknown[] }).character.filter((s) => (s as { emphasisDots: boolean }).emphasisDots)).toEqual([
      expect.objectContaining({ id: CharacterStyleIds.emphasis }),
      own,
    ]);
    const clash = version5();
    const taken = { id: CharacterStyleIds.boldEmphasis, name: '楷体', weight: null, emphasisDots: false };
    (clash.styles as { character: unknown[] }).character.push(taken);
    const result = migrate(clash);
    expect(result.ok && (result.doc.styles as { character: unknown[] }).character.filter((s) => (s as { id: string }).id === CharacterStyleIds.boldEmphasis)).toEqual([taken]);
  });

  it('leaves a current edition alone', () => {
    const doc = structuredClone(sampleEdition());
    expect(migrate(doc)).toEqual({ ok: true, doc, applied: [] });
  });

  it(`refuses a version newer than ${CURRENT_SCHEMA_VERSION}, saying so`, () => {
    const doc = { ...structuredClone(sampleEdition()), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    expect(migrate(doc)).toEqual({
      ok: false,
      path: '$.schemaVersion',
      reason: `version ${CURRENT_SCHEMA_VERSION + 1} is newer than this Galley understands (${CURRENT_SCHEMA_VERSION}); update Galley to open it`,
    });
  });

  it('refuses a missing, non-integer or non-positive schemaVersion', () => {
    const { schemaVersion: _v, ...noVersion } = structuredClone(sampleEdition());
    for (const doc of [noVersion, { ...noVersion, schemaVersion: 1.5 }, { ...noVersion, schemaVersion: '2' }, { ...noVersion, schemaVersion: 0 }, { ...noVersion, schemaVersion: null }]) {
      expect(migrate(doc)).toEqual({ ok: false, path: '$.schemaVersion', reason: 'must be a positive integer' });
    }
  });

  it('refuses input that is not an object', () => {
    expect(migrate([])).toEqual({ ok: false, path: '$', reason: 'the edition must be a JSON object' });
  });

  it('has one step for every version below the current one', () => {
    expect(MIGRATIONS.map((m) => m.from).sort()).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  describe('with a custom chain', () => {
    const trail: number[] = [];
    const step = (from: number): Migration => ({
      from,
      description: `step ${from}`,
      up(doc) {
        trail.push(from);
        expect(doc.schemaVersion).toBe(from); // each step sees the previous step's output
        return { ...doc, schemaVersion: from + 1, [`v${from + 1}`]: true };
      },
    });
    // Listed out of order on purpose: steps are found by `from`, not by position.
    const chain = [step(3), step(1), step(4), step(2)];

    it('runs every step in order up to the target', () => {
      trail.length = 0;
      const result = migrate({ schemaVersion: 1 }, chain, 5);
      expect(trail).toEqual([1, 2, 3, 4]);
      expect(result).toEqual({
        ok: true,
        doc: { schemaVersion: 5, v2: true, v3: true, v4: true, v5: true },
        applied: ['1→2: step 1', '2→3: step 2', '3→4: step 3', '4→5: step 4'],
      });
    });

    it('starts from the version the document has', () => {
      trail.length = 0;
      const result = migrate({ schemaVersion: 3 }, chain, 5);
      expect(trail).toEqual([3, 4]);
      expect(result.ok && result.applied).toEqual(['3→4: step 3', '4→5: step 4']);
    });

    it('reports a gap in the chain', () => {
      const gappy = [step(1), step(3)];
      expect(migrate({ schemaVersion: 1 }, gappy, 4)).toEqual({ ok: false, path: '$.schemaVersion', reason: 'no migration from version 2' });
    });

    it('refuses a version newer than the target', () => {
      const result = migrate({ schemaVersion: 6 }, chain, 5);
      expect(result.ok === false && result.reason).toMatch(/version 6 is newer than this Galley understands \(5\)/u);
    });
  });
});

describe('parseEdition on an old file', () => {
  // The sample as an old file opens: the same, but no style balances its lines.
  const migratedSample = () => {
    const sample = sampleEdition();
    return { ...sample, styles: { ...sample.styles, paragraph: sample.styles.paragraph.map((s) => ({ ...s, balanceLines: false })) } };
  };

  it('migrates a version-1 edition, validates it and reports what it changed', () => {
    const result = parseEdition(version1());
    expect(result).toEqual({ ok: true, edition: migratedSample(), migrationsApplied: MIGRATIONS.map((m) => `${m.from}→${m.from + 1}: ${m.description}`) });
  });

  it('migrates a version-2 edition to the one this build writes', () => {
    expect(parseEdition(version2())).toEqual({ ok: true, edition: migratedSample(), migrationsApplied: [`2→3: ${MIGRATIONS[1]?.description}`, `3→4: ${MIGRATIONS[2]?.description}`, `4→5: ${MIGRATIONS[3]?.description}`, `5→6: ${MIGRATIONS[4]?.description}`] });
  });
});
