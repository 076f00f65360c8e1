// paragraphMemo.ts: a paragraph composer that remembers. Edits make new objects only along the
// changed path (ops are immutable, and the story editor keeps unchanged paragraphs' objects), so
// an unchanged paragraph is the same object as before. Its composition is reused when the style
// objects and the env are the same and flow answers every measure the composer asked for last
// time the same way: the composer is deterministic, so it would take the same path again. This
// makes a one-character edit cheap: only the edited paragraph is set again; flow still places
// every line. Used by main (services/layout) and the renderer (layout/layoutSession.ts).
import type { ComposedParagraph } from '../inline';
import type { Paragraph, ParagraphStyle, Styles } from '../../model';
import type { LayoutEnv } from '../env';
import type { ComposeParagraph } from './types';

interface Memo {
  readonly style: ParagraphStyle;
  readonly styles: Styles;
  readonly env: LayoutEnv;
  /** The measures the composer asked for, by line index, and what flow answered. */
  readonly asked: ReadonlyArray<readonly [number, number]>;
  readonly result: ComposedParagraph;
}

/** `compose` behind a memo of composed paragraphs, keyed by paragraph object (weakly). */
export function memoisedComposer(compose: ComposeParagraph): ComposeParagraph {
  const memo = new WeakMap<Paragraph, Memo>();
  return (paragraph, style, styles, measureFor, env) => {
    const hit = memo.get(paragraph);
    if (hit && hit.style === style && hit.styles === styles && hit.env === env && hit.asked.every(([i, w]) => measureFor(i) === w)) return hit.result;
    const asked: Array<readonly [number, number]> = [];
    const recording = (i: number): number => {
      const w = measureFor(i);
      asked.push([i, w]);
      return w;
    };
    const result = compose(paragraph, style, styles, recording, env);
    memo.set(paragraph, { style, styles, env, asked, result });
    return result;
  };
}
