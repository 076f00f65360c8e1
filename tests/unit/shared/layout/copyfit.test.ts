// Copyfit specs, on layouts from the real flow with the fake composer (1 em per character):
// a frame 100 pt wide holds 10 字 a line at 10 pt; style G (10/12) sits on the 12 pt grid, so a
// frame 48 pt deep at the type-area top holds exactly 4 lines.
import { describe, expect, it } from 'vitest';
import { copyfit } from '../../../../src/shared/layout/copyfit';
import type { EditionLayout, FrameLayout } from '../../../../src/shared/layout/output';
import { composeEdition } from '../../../../src/shared/layout/page';
import type { Edition, Paragraph } from '../../../../src/shared/model';
import { fakeComposer } from './flow/fakeComposer';
import { edition, ENV, G, han, page, para, story, textFrame } from './flow/fixtures';

function oneFrame(paragraphs: Paragraph[], box = { x: 50, y: 100, width: 100, height: 48 }, columns = 1): Edition {
  return edition([page('p1', 1, [textFrame('f1', box, 's', { columns, gutter: 10 })])], [story('s', paragraphs)]);
}

function fit(ed: Edition): ReturnType<typeof copyfit> {
  const layout: EditionLayout = composeEdition(ed, ENV, fakeComposer());
  const frames: FrameLayout[] = layout.pages.flatMap((p) => p.frames).filter((f) => f.storyId === 's');
  const overset = layout.overset.find((o) => o.storyId === 's') ?? null;
  const s = ed.stories[0]!;
  return copyfit({ story: s, styles: ed.styles, format: ed.format, frames, overset });
}

describe('copyfit', () => {
  it('says a story that fills its frame exactly fits', () => {
    expect(fit(oneFrame([para('a', G, han(40))]))).toEqual({ state: 'fit', chars: 0, lines: 0 });
  });

  it('counts the empty lines under a short story, and the 字 they would hold', () => {
    expect(fit(oneFrame([para('a', G, han(25))]))).toEqual({ state: 'under', chars: 10, lines: 1 });
    expect(fit(oneFrame([para('a', G, han(15))]))).toEqual({ state: 'under', chars: 20, lines: 2 });
  });

  it('counts a whole empty frame at the end of a thread as room', () => {
    const f1 = textFrame('f1', { x: 50, y: 100, width: 100, height: 48 }, 's', { next: { pageId: 'p1', frameId: 'f2' } });
    const f2 = textFrame('f2', { x: 200, y: 100, width: 100, height: 48 }, 's', { prev: { pageId: 'p1', frameId: 'f1' } });
    const ed = edition([page('p1', 1, [f1, f2])], [story('s', [para('a', G, han(40))])]);
    expect(fit(ed)).toEqual({ state: 'under', chars: 40, lines: 4 });
  });

  it('reports the overset 字 and the lines they would take, paragraph by paragraph', () => {
    // 40 字 fit; 15 more of the first paragraph (2 lines) and a second paragraph of 5 (1 line).
    const result = fit(oneFrame([para('a', G, han(55)), para('b', G, han(5, 100))]));
    expect(result).toEqual({ state: 'over', chars: 20, lines: 3 });
  });

  it('measures over lines on the last column of the thread', () => {
    // Two columns of 45 pt (4 字 a line at 10 pt) with a 10 pt gutter: 8 lines hold 32 字.
    const result = fit(oneFrame([para('a', G, han(32 + 9))], { x: 50, y: 100, width: 100, height: 48 }, 2));
    expect(result).toEqual({ state: 'over', chars: 9, lines: 3 });
  });
});
