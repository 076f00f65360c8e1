import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  DEFAULT_SIZE_NAMES,
  EditionSchema,
  migrate,
  type Migration,
  MIGRATIONS,
  parseEdition,
} from '../../../../src/shared/model';
import { deepFreeze, sampleEdition } from './fixtures';

/** The sample edition as a version-1 file wrote it: no per-edition 字号 table. */
function version1(): Record<string, unknown> {
  const { sizeNames: _dropped, ...format } = sampleEdition().format;
  return { ...structuredClone(sampleEdition()), schemaVersion: 1, format };
}

describe('migrate', () => {
  it('brings a version-1 edition up to version 2 with the default 字号 table, and lists the step', () => {
    const result = migrate(deepFreeze(version1()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.schemaVersion).toBe(2);
    expect((result.doc.format as { sizeNames: unknown }).sizeNames).toEqual(DEFAULT_SIZE_NAMES);
    expect(result.applied).toEqual(['1→2: format.sizeNames: the 字号 table became per-edition data']);
    expect(EditionSchema.safeParse(result.doc).success).toBe(true);
  });

  it('keeps a 字号 table a version-1 file already had', () => {
    const doc = version1();
    const own = [{ name: '新五号', pt: 9.75 }];
    doc.format = { ...(doc.format as object), sizeNames: own };
    const result = migrate(doc);
    expect(result.ok && (result.doc.format as { sizeNames: unknown }).sizeNames).toEqual(own);
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
  it('migrates a version-1 edition, validates it and reports what it changed', () => {
    const result = parseEdition(version1());
    expect(result).toEqual({ ok: true, edition: sampleEdition(), migrationsApplied: ['1→2: format.sizeNames: the 字号 table became per-edition data'] });
  });
});
