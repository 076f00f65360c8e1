// A long random edit session, undone step by step, must land exactly where it started. The
// sequence comes from a seeded PRNG, so a failure reproduces on every machine.
import { describe, expect, it } from 'vitest';
import {
  applyOp,
  checkReferences,
  type Edition,
  EditionSchema,
  type Frame,
  newImageFrame,
  newPage,
  newTextFrame,
  type Op,
  OpSchema,
} from '../../../../../src/shared/model';
import { boxFrame, deepFreeze, paragraph, ruleFrame, sampleEdition, seededRandom, story } from '../fixtures';

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
const int = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const half = (random: Random, max: number): number => Math.round(random() * max * 2) / 2;

function usesStory(frame: Frame, storyId: string): boolean {
  return (frame.kind === 'text' && frame.storyId === storyId) || (frame.kind === 'image' && frame.caption?.storyId === storyId);
}

/** Makes one op that is valid for `edition`; `fresh` hands out ids never used before. */
function randomOp(random: Random, edition: Edition, fresh: (kind: string) => string, depth = 0): Op {
  const pagesWithFrames = edition.pages.filter((p) => p.frames.length > 0);
  const storyIds = edition.stories.map((s) => s.id);
  const kinds = ['moveFrame', 'resizeFrame', 'updateFrame', 'addFrame', 'removeFrame', 'addPage', 'removePage', 'updateParagraphStyle', 'addStory', 'removeStory', 'batch'] as const;
  for (;;) {
    const kind = pick(random, depth > 0 ? kinds.filter((k) => k !== 'batch') : kinds)!;
    const page = pick(random, pagesWithFrames);
    const frame = page && pick(random, page.frames);
    switch (kind) {
      case 'moveFrame':
        if (page && frame) return { type: 'moveFrame', pageId: page.id, frameId: frame.id, x: half(random, 1000), y: half(random, 1400) };
        break;
      case 'resizeFrame':
        if (page && frame) return { type: 'resizeFrame', pageId: page.id, frameId: frame.id, x: half(random, 1000), y: half(random, 1400), width: 1 + half(random, 999), height: half(random, 1386) };
        break;
      case 'updateFrame':
        if (page && frame) {
          const patches: Array<Record<string, unknown>> = [{ name: `名${int(random, 1, 99)}` }, { locked: random() < 0.5 }, { wrap: { enabled: random() < 0.5, offsets: { top: int(random, 0, 9), right: 0, bottom: 0, left: 0 } } }, { height: half(random, 500) }];
          if (frame.kind === 'text') patches.push({ columns: int(random, 1, 8), verticalAlign: pick(random, ['top', 'center', 'bottom', 'justify'] as const) });
          if (frame.kind === 'image') patches.push({ fit: pick(random, ['fill', 'fit', 'crop'] as const), crop: { offsetX: half(random, 20), offsetY: 0, scale: 0.5 + random() } });
          return { type: 'updateFrame', pageId: page.id, frameId: frame.id, patch: pick(random, patches)! };
        }
        break;
      case 'addFrame': {
        const target = pick(random, edition.pages);
        if (!target) break;
        const box = { x: half(random, 900), y: half(random, 1300), width: 1 + half(random, 400), height: half(random, 400) };
        const id = fresh('frame');
        const frames: Frame[] = [
          newTextFrame(id, box, { storyId: pick(random, [null, ...storyIds]) ?? null, columns: int(random, 1, 4), gutter: 9 }),
          newImageFrame(id, box, { assetId: random() < 0.5 ? 'asset-1' : null }),
          { ...boxFrame(id), ...box },
          { ...ruleFrame(id, box.y), width: box.width },
        ];
        return { type: 'addFrame', pageId: target.id, index: int(random, 0, target.frames.length), frame: pick(random, frames)! };
      }
      case 'removeFrame':
        if (page && frame) return { type: 'removeFrame', pageId: page.id, frameId: frame.id };
        break;
      case 'addPage': {
        const id = fresh('page');
        const frames = Array.from({ length: int(random, 0, 2) }, () => boxFrame(fresh('frame')));
        const added = { ...newPage({ id, number: int(random, 1, 9), label: `B${id}`, section: '副刊', masterId: random() < 0.5 ? 'master-1' : null }), frames };
        return { type: 'addPage', index: int(random, 0, edition.pages.length), page: added };
      }
      case 'removePage': {
        const target = pick(random, edition.pages);
        if (target) return { type: 'removePage', pageId: target.id };
        break;
      }
      case 'updateParagraphStyle': {
        const style = pick(random, edition.styles.paragraph)!;
        const patches: Array<Record<string, unknown>> = [{ size: pick(random, [7.5, 9, 10.5, 12, 22])! }, { leading: 10 + half(random, 20) }, { tracking: half(random, 2) - 1 }, { align: pick(random, ['justify', 'start', 'center', 'end'] as const) }, { weight: 'bold', keepWithNext: random() < 0.5 }];
        return { type: 'updateParagraphStyle', styleId: style.id, patch: pick(random, patches)! };
      }
      case 'addStory': {
        const id = fresh('story');
        const added = story(id, `稿${id}`, [paragraph(fresh('para'), 'p-zhengwen', `正文${id}。`)]);
        return { type: 'addStory', index: int(random, 0, edition.stories.length), story: added };
      }
      case 'removeStory': {
        const frames = [...edition.pages, ...edition.masters].flatMap((p) => p.frames);
        const unplaced = pick(random, edition.stories.filter((s) => !frames.some((f) => usesStory(f, s.id))));
        if (unplaced) return { type: 'removeStory', storyId: unplaced.id };
        break;
      }
      case 'batch': {
        // Each child is made against the state the previous children leave behind.
        const ops: Op[] = [];
        let current = edition;
        for (let i = int(random, 1, 3); i > 0; i--) {
          const child = randomOp(random, current, fresh, depth + 1);
          ops.push(child);
          current = applyOp(current, child).edition;
        }
        return { type: 'batch', ops };
      }
    }
  }
}

function freshIds(): (kind: string) => string {
  let n = 0;
  return (kind) => `gen-${kind}-${++n}`;
}

describe('applyOp on a random edit session', () => {
  it.each([1, 42, 20261127])('200 ops from seed %i, each undone in reverse, give back the original', (seed) => {
    const random = seededRandom(seed);
    const fresh = freshIds();
    const original = deepFreeze(sampleEdition());
    const states: Edition[] = [original];
    const inverses: Op[] = [];
    const seen = new Set<string>();

    for (let step = 0; step < 200; step++) {
      const before = states.at(-1)!;
      const op = randomOp(random, before, fresh);
      const snapshot = structuredClone(before);
      expect(OpSchema.safeParse(op).success).toBe(true);
      const { edition, inverse } = applyOp(before, op);
      expect(before).toStrictEqual(snapshot); // frozen too: a write would have thrown
      // Every step leaves a valid edition, references included.
      expect(EditionSchema.safeParse(edition).success).toBe(true);
      expect(checkReferences(edition)).toEqual([]);
      states.push(deepFreeze(edition));
      inverses.push(inverse);
      seen.add(op.type);
      if (op.type === 'batch') for (const child of op.ops) seen.add(child.type);
    }

    // The session really exercised every kind of op.
    expect([...seen].sort()).toEqual(['addFrame', 'addPage', 'addStory', 'batch', 'moveFrame', 'removeFrame', 'removePage', 'removeStory', 'resizeFrame', 'updateFrame', 'updateParagraphStyle']);
    expect(states.at(-1)).not.toStrictEqual(original);

    let current = states.at(-1)!;
    for (let step = inverses.length - 1; step >= 0; step--) {
      current = applyOp(current, inverses[step]!).edition;
      expect(current).toStrictEqual(states[step]);
    }
    expect(current).toStrictEqual(original);
  });

  it('is deterministic: the same seed makes the same session', () => {
    const session = (): Op[] => {
      const random = seededRandom(7);
      const fresh = freshIds();
      let edition = sampleEdition();
      const ops: Op[] = [];
      for (let i = 0; i < 50; i++) {
        const op = randomOp(random, edition, fresh);
        ops.push(op);
        edition = applyOp(edition, op).edition;
      }
      return ops;
    };
    expect(session()).toStrictEqual(session());
  });
});
