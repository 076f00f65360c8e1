// findReplace.ts: find and replace across every story of the edition, on the model (not in
// Lexical), so it reaches stories the editor is not showing. A match is a source range; a
// replacement keeps the character style and marks of the run the match starts in, and all the
// replacements of one command are one undo step (one updateStory per story, in one batch).
import type { SourceRange } from '../../shared/layout/output';
import { type Edition, type Op, type Paragraph, paragraphText, type Run, type Story } from '../../shared/model';
import { normaliseRuns } from './convert';

export interface FindOptions {
  readonly matchCase: boolean;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Every match of `query` in the edition's stories, in story then paragraph order. */
export function findMatches(stories: readonly Story[], query: string, options: FindOptions): SourceRange[] {
  if (query === '') return [];
  const pattern = new RegExp(escape(query), options.matchCase ? 'gu' : 'giu');
  const out: SourceRange[] = [];
  for (const story of stories) {
    for (const paragraph of story.paragraphs) {
      for (const match of paragraphText(paragraph).matchAll(pattern)) {
        out.push({ storyId: story.id, paragraphId: paragraph.id, start: match.index, end: match.index + match[0].length });
      }
    }
  }
  return out;
}

/** `paragraph` with `start`–`end` of its text replaced by `text`. */
export function replaceInParagraph(paragraph: Paragraph, start: number, end: number, text: string): Paragraph {
  if (paragraph.runs.length === 0) return { ...paragraph, runs: normaliseRuns([{ text, charStyle: null, marks: [] }]) };
  let pos = 0;
  let host = paragraph.runs.length - 1;
  paragraph.runs.forEach((run, i) => {
    if (host === paragraph.runs.length - 1 && start >= pos && start < pos + run.text.length) host = i;
    pos += run.text.length;
  });
  pos = 0;
  const runs: Run[] = paragraph.runs.map((run, i) => {
    const from = pos;
    pos += run.text.length;
    const before = run.text.slice(0, Math.max(0, Math.min(run.text.length, start - from)));
    const after = run.text.slice(Math.max(0, Math.min(run.text.length, end - from)));
    return { ...run, text: before + (i === host ? text : '') + after };
  });
  return { ...paragraph, runs: normaliseRuns(runs) };
}

/** The ops replacing `matches` by `text`: one updateStory per story touched. Later matches go first, so earlier offsets hold. */
export function replaceOps(edition: Edition, matches: readonly SourceRange[], text: string): Op[] {
  const ops: Op[] = [];
  for (const story of edition.stories) {
    const mine = matches.filter((m) => m.storyId === story.id);
    if (mine.length === 0) continue;
    const paragraphs = story.paragraphs.map((paragraph) =>
      mine
        .filter((m) => m.paragraphId === paragraph.id)
        .sort((a, b) => b.start - a.start)
        .reduce((p, m) => replaceInParagraph(p, m.start, m.end, text), paragraph),
    );
    ops.push({ type: 'updateStory', storyId: story.id, patch: { paragraphs } });
  }
  return ops;
}

/** The match to show after `from` (or before it, going back), wrapping around; -1 when there are none. */
export function stepMatch(count: number, from: number, forward: boolean): number {
  if (count === 0) return -1;
  if (from < 0) return forward ? 0 : count - 1;
  return (from + (forward ? 1 : -1) + count) % count;
}
