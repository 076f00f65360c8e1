// schema.ts: the one entry point that turns untrusted JSON into an Edition, or says exactly
// what is wrong and where (a JSON path such as $.pages[0].frames[2].width).
import type { z } from 'zod';
import { type Edition, EditionSchema } from './edition';
import type { Frame } from './frame';
import { migrate } from './migrations';

export interface SchemaIssue {
  /** JSONPath-style location, e.g. `$.pages[0].frames[1].storyId`. */
  readonly path: string;
  readonly reason: string;
}

export type ParseResult =
  | { ok: true; edition: Edition; migrationsApplied: string[] }
  | { ok: false; issues: SchemaIssue[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

export function zodIssues(error: z.ZodError): SchemaIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), reason: issue.message }));
}

/** migrate → validate shape → validate references. */
export function parseEdition(raw: unknown): ParseResult {
  const migrated = migrate(raw);
  if (!migrated.ok) return { ok: false, issues: [{ path: migrated.path, reason: migrated.reason }] };
  const parsed = EditionSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const issues = checkReferences(parsed.data);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, edition: parsed.data, migrationsApplied: migrated.applied };
}

/** Ids that must exist, ids that must be unique, numbers that must agree. */
export function checkReferences(edition: Edition): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const storyIds = uniqueIds(edition.stories, '$.stories', issues);
  const assetIds = uniqueIds(edition.assets, '$.assets', issues);
  const pageIds = uniqueIds(edition.pages, '$.pages', issues);
  uniqueIds(edition.masters, '$.masters', issues);
  const masterIds = new Set(edition.masters.map((m) => m.id));
  const paragraphStyles = new Set(edition.styles.paragraph.map((s) => s.id));
  const charStyles = new Set(edition.styles.character.map((s) => s.id));
  const framesById = new Map<string, { pageId: string; frame: Frame }>();

  edition.pages.forEach((page, pi) => {
    const at = `$.pages[${pi}]`;
    if (page.number !== pi + 1) issues.push({ path: `${at}.number`, reason: `must be ${pi + 1}, its place in the edition` });
    if (page.masterId !== null && !masterIds.has(page.masterId)) {
      issues.push({ path: `${at}.masterId`, reason: `no master with id "${page.masterId}"` });
    }
    page.frames.forEach((frame, fi) => {
      if (framesById.has(frame.id)) issues.push({ path: `${at}.frames[${fi}].id`, reason: `duplicate frame id "${frame.id}"` });
      framesById.set(frame.id, { pageId: page.id, frame });
    });
  });

  const checkFrame = (frame: Frame, at: string): void => {
    if (frame.kind === 'text') {
      if (frame.storyId !== null && !storyIds.has(frame.storyId)) {
        issues.push({ path: `${at}.storyId`, reason: `no story with id "${frame.storyId}"` });
      }
      for (const dir of ['prev', 'next'] as const) {
        const ref = frame[dir];
        if (ref === null) continue;
        const target = framesById.get(ref.frameId);
        if (!target || target.pageId !== ref.pageId || !pageIds.has(ref.pageId)) {
          issues.push({ path: `${at}.${dir}`, reason: `no frame "${ref.frameId}" on page "${ref.pageId}"` });
          continue;
        }
        // A thread is a doubly linked list: the frame it names must name this one back.
        const back = target.frame.kind === 'text' ? target.frame[dir === 'next' ? 'prev' : 'next'] : null;
        if (back?.frameId !== frame.id) {
          issues.push({ path: `${at}.${dir}`, reason: `frame "${ref.frameId}" does not link back to "${frame.id}"` });
        }
      }
    } else if (frame.kind === 'image') {
      if (frame.assetId !== null && !assetIds.has(frame.assetId)) {
        issues.push({ path: `${at}.assetId`, reason: `no asset with id "${frame.assetId}"` });
      }
      const caption = frame.caption;
      if (caption) {
        const story = edition.stories.find((s) => s.id === caption.storyId);
        if (!story || !story.paragraphs.some((p) => p.id === caption.paragraphId)) {
          issues.push({ path: `${at}.caption`, reason: `no paragraph "${caption.paragraphId}" in story "${caption.storyId}"` });
        }
      }
    }
  };
  edition.pages.forEach((page, pi) => page.frames.forEach((f, fi) => checkFrame(f, `$.pages[${pi}].frames[${fi}]`)));
  edition.masters.forEach((m, mi) => m.frames.forEach((f, fi) => checkFrame(f, `$.masters[${mi}].frames[${fi}]`)));

  edition.styles.paragraph.forEach((style, si) => {
    if (style.sizeName === null) return;
    const at = `$.styles.paragraph[${si}].sizeName`;
    const entry = edition.format.sizeNames.find((e) => e.name === style.sizeName);
    if (!entry) issues.push({ path: at, reason: `no 字号 "${style.sizeName}" in format.sizeNames` });
    else if (entry.pt !== style.size) issues.push({ path: at, reason: `${style.sizeName} is ${entry.pt} pt, but size is ${style.size} pt` });
  });

  edition.stories.forEach((story, si) => {
    uniqueIds(story.paragraphs, `$.stories[${si}].paragraphs`, issues);
    story.paragraphs.forEach((p, pi) => {
      const at = `$.stories[${si}].paragraphs[${pi}]`;
      if (!paragraphStyles.has(p.style)) issues.push({ path: `${at}.style`, reason: `no paragraph style "${p.style}"` });
      p.runs.forEach((run, ri) => {
        if (run.charStyle !== null && !charStyles.has(run.charStyle)) {
          issues.push({ path: `${at}.runs[${ri}].charStyle`, reason: `no character style "${run.charStyle}"` });
        }
      });
    });
  });
  return issues;
}

function uniqueIds(items: ReadonlyArray<{ id: string }>, at: string, issues: SchemaIssue[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) issues.push({ path: `${at}[${i}].id`, reason: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}
