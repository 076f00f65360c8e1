// context.ts: where things are, for the rules: pages in order, the frames each page shows (its
// master's furniture first, as the composer and the painters draw them), and an issue builder
// that fills in the page label and the frame's staff name. Issues are sorted by page order, then
// severity, then the frame's place on the page.
import { pageFrames } from '../layout/flow';
import type { Edition, Frame, Page } from '../model';
import { frameName } from './frameName';
import type { PreflightCode, PreflightIssue, PreflightReport, PreflightSeverity } from './report';

export interface Located {
  readonly page: Page;
  readonly frame: Frame;
}

export interface Where {
  readonly pageId: string;
  readonly frameId: string | null;
}

export interface PreflightContext {
  readonly edition: Edition;
  /** The frames `page` shows, master furniture first. */
  framesOf(page: Page): readonly Frame[];
  /** A frame as shown on a page (master frames are found on every page that uses the master). */
  find(pageId: string, frameId: string): Located | undefined;
  /** The story's first frame in page order (any frame showing it), for issues about a story. */
  firstFrameOf(storyId: string): Located | undefined;
  issue(code: PreflightCode, severity: PreflightSeverity, where: Where | null, params?: PreflightIssue['params']): PreflightIssue;
}

export function preflightContext(edition: Edition): PreflightContext {
  const frames = new Map<string, readonly Frame[]>();
  const located = new Map<string, Located>();
  const storyFirst = new Map<string, Located>();
  for (const page of edition.pages) {
    const shown = pageFrames(edition, page);
    frames.set(page.id, shown);
    for (const frame of shown) {
      located.set(`${page.id}/${frame.id}`, { page, frame });
      if (frame.kind === 'text' && frame.storyId !== null && !storyFirst.has(frame.storyId)) storyFirst.set(frame.storyId, { page, frame });
    }
  }
  const pages = new Map(edition.pages.map((p) => [p.id, p]));
  return {
    edition,
    framesOf: (page) => frames.get(page.id) ?? pageFrames(edition, page),
    find: (pageId, frameId) => located.get(`${pageId}/${frameId}`),
    firstFrameOf: (storyId) => storyFirst.get(storyId),
    issue(code, severity, where, params = {}) {
      const page = where === null ? undefined : pages.get(where.pageId);
      const frame = where === null || where.frameId === null ? undefined : located.get(`${where.pageId}/${where.frameId}`)?.frame;
      return {
        code,
        severity,
        pageId: page?.id ?? where?.pageId ?? null,
        pageLabel: page?.label ?? null,
        frameId: where?.frameId ?? null,
        frameName: frame && page ? frameName(frame, edition, page) : null,
        params,
      };
    },
  };
}

const SEVERITY_RANK: Readonly<Record<PreflightSeverity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Page order (edition-wide issues first), then errors before warnings before notes, then the
 * frame's place on the page (master furniture first, as drawn), then code and parameters so the
 * order never depends on which rule ran first.
 */
export function sortIssues(edition: Edition, issues: readonly PreflightIssue[]): PreflightIssue[] {
  const pageRank = new Map(edition.pages.map((p, i) => [p.id, i]));
  const frameRank = new Map<string, number>();
  for (const page of edition.pages) pageFrames(edition, page).forEach((f, i) => frameRank.set(`${page.id}/${f.id}`, i));
  const rank = (i: PreflightIssue): [number, number, number] => [
    i.pageId === null ? -1 : (pageRank.get(i.pageId) ?? edition.pages.length),
    SEVERITY_RANK[i.severity],
    i.frameId === null ? -1 : (frameRank.get(`${i.pageId ?? ''}/${i.frameId}`) ?? Number.MAX_SAFE_INTEGER),
  ];
  const keyed = issues.map((issue) => ({ issue, rank: rank(issue), tie: `${issue.code}\u0000${issue.frameId ?? ''}\u0000${JSON.stringify(issue.params)}` }));
  keyed.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2] || (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0));
  return keyed.map((k) => k.issue);
}

export function buildReport(edition: Edition, issues: readonly PreflightIssue[]): PreflightReport {
  const sorted = sortIssues(edition, issues);
  return {
    issues: sorted,
    errors: sorted.filter((i) => i.severity === 'error').length,
    warnings: sorted.filter((i) => i.severity === 'warning').length,
  };
}
