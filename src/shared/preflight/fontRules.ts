// fontRules.ts: fonts the edition needs that are not there, and faces the layout drew with whose
// licence (OS/2 fsType) forbids embedding, which the PDF painter refuses (fontObjects.ts).
// Needed fonts are worked out from the model the way composition asks for them: each placed
// story's paragraph styles at the style's weight and at any character style's weight (both
// faces of the pair: CJK and Latin), the running-head style where a page shows furniture, and
// the 转版 style where a thread changes page.
import type { EditionLayout } from '../layout/output';
import { furnitureStyle } from '../layout/page';
import { type ParagraphStyle, ParagraphStyleIds } from '../model';
import type { PreflightContext, Where } from './context';
import type { FontFacts } from './input';
import type { PreflightIssue } from './report';

type Weight = 'regular' | 'bold';

export interface FontNeed {
  readonly family: string;
  readonly weight: Weight;
  /** The style that asks for it (its name, for the message) and the first frame it is set in. */
  readonly style: string;
  readonly where: Where | null;
}

/** Every (family, weight) composition will ask for, each once, at its first use in page order. */
export function fontNeeds(ctx: PreflightContext): FontNeed[] {
  const { edition } = ctx;
  const needs = new Map<string, FontNeed>();
  const add = (style: ParagraphStyle, weight: Weight, where: Where | null): void => {
    for (const family of [style.font.cjk, style.font.latin]) {
      const key = `${family}\u0000${weight}`;
      if (!needs.has(key)) needs.set(key, { family, weight, style: style.name, where });
    }
  };
  const styles = new Map(edition.styles.paragraph.map((s) => [s.id, s]));
  const charWeights = new Map(edition.styles.character.map((c) => [c.id, c.weight]));
  for (const page of edition.pages) {
    for (const frame of ctx.framesOf(page)) {
      if (frame.kind !== 'text') continue;
      const where = { pageId: page.id, frameId: frame.id };
      if (frame.storyId === null) {
        if (frame.template !== null) {
          // The running head takes its fonts from 正文 (layout/page/furniture.ts): name that style.
          const style = furnitureStyle(edition);
          add({ ...style, name: styles.get(ParagraphStyleIds.body)?.name ?? style.name }, style.weight, where);
        }
        continue;
      }
      const story = edition.stories.find((s) => s.id === frame.storyId);
      for (const paragraph of story?.paragraphs ?? []) {
        const style = styles.get(paragraph.style);
        if (!style) continue;
        add(style, style.weight, where);
        for (const run of paragraph.runs) {
          const weight = run.charStyle === null ? null : charWeights.get(run.charStyle);
          if (weight) add(style, weight, where);
        }
      }
      const jump = styles.get(ParagraphStyleIds.jump);
      if (jump && frame.next !== null && frame.next.pageId !== page.id) add(jump, jump.weight, where);
    }
  }
  return [...needs.values()];
}

/** A needed family no available face draws: an error, since the edition cannot be composed. */
export function missingFontIssues(ctx: PreflightContext, fonts: FontFacts): PreflightIssue[] {
  return fontNeeds(ctx)
    .filter((need) => !fonts.has(need.family, need.weight))
    .map((need) => ctx.issue('font-missing', 'error', need.where, { family: need.family, weight: need.weight, style: need.style }));
}

/** Each face the layout used whose licence forbids embedding, on the first frame that uses it. */
export function embeddingIssues(ctx: PreflightContext, layout: EditionLayout, fonts: FontFacts): PreflightIssue[] {
  const firstUse = new Map<string, Where>();
  for (const page of layout.pages) {
    for (const frame of page.frames) {
      for (const column of frame.columns) {
        for (const line of column.lines) for (const run of line.runs) if (!firstUse.has(run.fontId)) firstUse.set(run.fontId, { pageId: page.pageId, frameId: frame.frameId });
      }
    }
  }
  const issues: PreflightIssue[] = [];
  for (const [fontId, where] of firstUse) {
    const face = fonts.face(fontId);
    if (!face) issues.push(ctx.issue('font-missing', 'error', where, { family: fontId, weight: '', style: '' }));
    else if (!face.embeddable) issues.push(ctx.issue('font-not-embeddable', 'error', where, { family: face.fullName, fsType: face.fsType }));
  }
  return issues;
}

