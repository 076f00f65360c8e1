import { describe, expect, it } from 'vitest';
import { formatPath, parseEdition, type SchemaIssue } from '../../../../src/shared/model';
import { sampleEdition } from './fixtures';

/** The edition as JSON would give it: plain data the test can break on purpose. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke at raw JSON of any shape
function raw(): Json {
  return structuredClone(sampleEdition()) as Json;
}

function issuesOf(doc: unknown): SchemaIssue[] {
  const result = parseEdition(doc);
  if (result.ok) throw new Error('expected parseEdition to refuse the document');
  return result.issues;
}

describe('parseEdition', () => {
  it('accepts a good edition unchanged, with no migrations applied', () => {
    const doc = raw();
    const result = parseEdition(doc);
    expect(result).toEqual({ ok: true, edition: sampleEdition(), migrationsApplied: [] });
  });

  it('refuses input that is not a JSON object', () => {
    for (const input of [null, undefined, 42, 'edition', [], [sampleEdition()]]) {
      expect(issuesOf(input)).toEqual([{ path: '$', reason: 'the edition must be a JSON object' }]);
    }
  });

  describe('shape errors name the JSON path and the reason', () => {
    it('a field of the wrong type', () => {
      const doc = raw();
      doc.pages[0].frames[1].width = '243';
      expect(issuesOf(doc)).toEqual([{ path: '$.pages[0].frames[1].width', reason: expect.stringMatching(/expected number, received string/u) }]);
    });

    it('a missing field', () => {
      const doc = raw();
      delete doc.stories[0].slug;
      expect(issuesOf(doc)).toEqual([{ path: '$.stories[0].slug', reason: expect.stringMatching(/expected string, received undefined/u) }]);
    });

    it('an unknown extra field (every object is strict)', () => {
      const doc = raw();
      doc.pages[1].frames[2].colour = 'red';
      expect(issuesOf(doc)).toEqual([{ path: '$.pages[1].frames[2]', reason: expect.stringContaining('"colour"') }]);
    });

    it('a date not in yyyy-mm-dd form', () => {
      const doc = raw();
      doc.meta.date = '2023/5/15';
      expect(issuesOf(doc)).toEqual([{ path: '$.meta.date', reason: 'must be yyyy-mm-dd' }]);
    });

    it('a frame of an unknown kind', () => {
      const doc = raw();
      doc.pages[0].frames[0].kind = 'video';
      expect(issuesOf(doc)).toEqual([{ path: '$.pages[0].frames[0].kind', reason: expect.stringContaining("'text'") }]);
    });

    it('an asset path that leaves assets/', () => {
      const doc = raw();
      doc.assets[0].path = 'assets/../../etc/passwd';
      expect(new Set(issuesOf(doc).map((i) => i.path))).toEqual(new Set(['$.assets[0].path']));
    });

    it('several problems at once, each with its own path', () => {
      const doc = raw();
      doc.pages[0].frames[1].width = -5;
      doc.meta.issue = 1.5;
      expect(issuesOf(doc).map((i) => i.path).sort()).toEqual(['$.meta.issue', '$.pages[0].frames[1].width']);
    });
  });

  describe('reference errors name the JSON path and the missing target', () => {
    it('a paragraph style naming a 字号 the edition’s table lacks, or whose size is not that 字号', () => {
      const doc = raw();
      const body = doc.styles.paragraph.findIndex((s: Json) => s.id === 'p-zhengwen');
      doc.styles.paragraph[body].sizeName = '新五号';
      expect(issuesOf(doc)).toEqual([{ path: `$.styles.paragraph[${body}].sizeName`, reason: 'no 字号 "新五号" in format.sizeNames' }]);
      doc.styles.paragraph[body].sizeName = '五号';
      expect(issuesOf(doc)).toEqual([{ path: `$.styles.paragraph[${body}].sizeName`, reason: '五号 is 10.5 pt, but size is 9 pt' }]);
      doc.styles.paragraph[body].sizeName = null;
      expect(parseEdition(doc).ok).toBe(true);
    });

    it('a text frame whose story does not exist', () => {
      const doc = raw();
      doc.pages[1].frames[1].storyId = 'story-404';
      expect(issuesOf(doc)).toEqual([{ path: '$.pages[1].frames[1].storyId', reason: 'no story with id "story-404"' }]);
    });

    it('an image frame whose asset does not exist', () => {
      const doc = raw();
      doc.pages[0].frames[1].assetId = 'asset-404';
      expect(issuesOf(doc)).toEqual([{ path: '$.pages[0].frames[1].assetId', reason: 'no asset with id "asset-404"' }]);
    });

    it('a thread to a frame that does not exist', () => {
      const doc = raw();
      doc.pages[0].frames[0].next = { pageId: 'page-2', frameId: 'frame-404' };
      // frame-6 still names frame-3 as its prev, so the broken link is reported from both ends.
      expect(issuesOf(doc)).toEqual([
        { path: '$.pages[0].frames[0].next', reason: 'no frame "frame-404" on page "page-2"' },
        { path: '$.pages[1].frames[0].prev', reason: 'frame "frame-3" does not link back to "frame-6"' },
      ]);
    });

    it('a thread naming a frame on the wrong page', () => {
      const doc = raw();
      doc.pages[1].frames[0].prev = { pageId: 'page-2', frameId: 'frame-3' };
      expect(issuesOf(doc)).toEqual([{ path: '$.pages[1].frames[0].prev', reason: 'no frame "frame-3" on page "page-2"' }]);
    });

    it('a caption pointing at a paragraph that does not exist', () => {
      const doc = raw();
      doc.pages[0].frames[1].caption.paragraphId = 'para-404';
      expect(issuesOf(doc)).toEqual([{ path: '$.pages[0].frames[1].caption', reason: 'no paragraph "para-404" in story "story-2"' }]);
    });

    it('a caption pointing at a paragraph of another story', () => {
      const doc = raw();
      doc.pages[0].frames[1].caption.paragraphId = 'para-1';
      expect(issuesOf(doc)).toEqual([{ path: '$.pages[0].frames[1].caption', reason: 'no paragraph "para-1" in story "story-2"' }]);
    });

    it('a page whose master does not exist', () => {
      const doc = raw();
      doc.pages[1].masterId = 'master-404';
      expect(issuesOf(doc)).toEqual([{ path: '$.pages[1].masterId', reason: 'no master with id "master-404"' }]);
    });

    it('master furniture is checked too', () => {
      const doc = raw();
      doc.masters[0].frames[0].storyId = 'story-404';
      expect(issuesOf(doc)).toEqual([{ path: '$.masters[0].frames[0].storyId', reason: 'no story with id "story-404"' }]);
    });

    it('a paragraph in an unknown style', () => {
      const doc = raw();
      doc.stories[0].paragraphs[2].style = 'p-nonesuch';
      expect(issuesOf(doc)).toEqual([{ path: '$.stories[0].paragraphs[2].style', reason: 'no paragraph style "p-nonesuch"' }]);
    });

    it('a run in an unknown character style', () => {
      const doc = raw();
      doc.stories[2].paragraphs[0].runs[0].charStyle = 'c-nonesuch';
      expect(issuesOf(doc)).toEqual([{ path: '$.stories[2].paragraphs[0].runs[0].charStyle', reason: 'no character style "c-nonesuch"' }]);
    });
  });

  describe('ids and numbers that must agree', () => {
    it('duplicate story ids', () => {
      const doc = raw();
      doc.stories[2].id = 'story-1';
      expect(issuesOf(doc)).toEqual([{ path: '$.stories[2].id', reason: 'duplicate id "story-1"' }]);
    });

    it('duplicate page ids', () => {
      const doc = raw();
      doc.pages[1].id = 'page-1';
      expect(issuesOf(doc)).toContainEqual({ path: '$.pages[1].id', reason: 'duplicate id "page-1"' });
    });

    it('duplicate frame ids, across pages', () => {
      const doc = raw();
      doc.pages[1].frames[2].id = 'frame-5';
      expect(issuesOf(doc)).toEqual([{ path: '$.pages[1].frames[2].id', reason: 'duplicate frame id "frame-5"' }]);
    });

    it('duplicate asset ids', () => {
      const doc = raw();
      doc.assets.push({ ...doc.assets[0], path: 'assets/other.png' });
      expect(issuesOf(doc)).toEqual([{ path: '$.assets[1].id', reason: 'duplicate id "asset-1"' }]);
    });

    it('page numbers out of order', () => {
      const doc = raw();
      doc.pages[0].number = 2;
      doc.pages[1].number = 1;
      expect(issuesOf(doc)).toEqual([
        { path: '$.pages[0].number', reason: 'must be 1, its place in the edition' },
        { path: '$.pages[1].number', reason: 'must be 2, its place in the edition' },
      ]);
    });
  });

  it('refuses a schemaVersion it does not know, before looking at anything else', () => {
    const doc = raw();
    doc.schemaVersion = 99;
    doc.meta.date = 'yesterday';
    expect(issuesOf(doc)).toEqual([{ path: '$.schemaVersion', reason: expect.stringContaining('newer than this Galley understands') }]);
  });
});

describe('formatPath', () => {
  it('writes keys with dots and indices in brackets', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['pages', 0, 'frames', 12, 'width'])).toBe('$.pages[0].frames[12].width');
  });
});

describe('parseEdition: references added after review', () => {
  const at = (issues: readonly { path: string; reason: string }[]) => issues.map((i) => `${i.path}: ${i.reason}`);

  it('refuses a one-way thread', () => {
    const edition = structuredClone(sampleEdition());
    const frame = edition.pages[1]?.frames.find((f) => f.id === 'frame-6');
    if (frame?.kind !== 'text') throw new Error('fixture changed');
    frame.prev = null;
    const result = parseEdition(edition);
    expect(result.ok ? [] : at(result.issues)).toEqual([expect.stringMatching(/\.next: frame "frame-6" does not link back to "frame-3"$/u)]);
  });

  it('refuses duplicate paragraph ids within a story', () => {
    const edition = structuredClone(sampleEdition());
    const story = edition.stories[0];
    const first = story?.paragraphs[0];
    if (!story || !first) throw new Error('fixture changed');
    story.paragraphs.push({ ...first });
    const result = parseEdition(edition);
    expect(result.ok ? [] : at(result.issues)).toEqual([expect.stringMatching(/^\$\.stories\[0\]\.paragraphs\[\d+\]\.id: duplicate id/u)]);
  });

  it('refuses a date that is not on the calendar', () => {
    const edition = { ...sampleEdition(), meta: { ...sampleEdition().meta, date: '2023-02-29' } };
    const result = parseEdition(edition);
    expect(result.ok ? [] : at(result.issues)).toEqual(['$.meta.date: must be a real calendar date']);
    expect(parseEdition({ ...edition, meta: { ...edition.meta, date: '2024-02-29' } }).ok).toBe(true);
  });
});
