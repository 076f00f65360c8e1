// incremental.ts: composeEdition / composePage with a memory. A story is flowed again only when
// something its flow reads has changed: the story itself, the style sheet, the LayoutEnv, or its
// thread as flow sees it (each frame's content box, columns, gutter, baseline grid and the wrap
// rectangles of the other frames on its page). Moving a frame therefore recomposes the story in
// that frame and the stories whose wrap it touches, and nothing else; a frame that moves without
// changing any thread (a photo without wrap) recomposes nothing. Furniture (running heads) is set
// again when anything it reads changed (its frame, its page, the masters, the edition's meta,
// styles or format, the env): not for typing in a story, where it cost ~0.5 ms per keystroke.
//
// The assembly mirrors shared/layout/page/composeEdition.ts exactly (frame order, report order);
// tests/unit/renderer/layout/incremental.test.ts and the Node/Chromium e2e spec hold it to
// byte-identical output.
import type { Edition, Frame, Page } from '../../shared/model';
import type { LayoutEnv } from '../../shared/layout/env';
import { type ComposeParagraph, type FlowOptions, flowStory, pageFrames, type StoryFlow, storyThreads, type ThreadFrame } from '../../shared/layout/flow';
import type { EditionLayout, FrameLayout, MissingGlyphReport, OversetReport, PageLayout } from '../../shared/layout/output';
import { composeFurniture, type PageComposition } from '../../shared/layout/page';
import { keepFlow, keepFrame } from './keepIdentity';

/** A furniture frame's last layout, with everything composeFurniture read to make it. */
interface CachedFurniture {
  readonly frame: Frame;
  readonly page: Page;
  readonly masters: Edition['masters'];
  readonly meta: Edition['meta'];
  readonly styles: Edition['styles'];
  readonly format: Edition['format'];
  readonly env: LayoutEnv;
  readonly layout: FrameLayout;
  readonly missing: readonly MissingGlyphReport[];
}

interface CachedFlow {
  readonly story: Edition['stories'][number];
  readonly styles: Edition['styles'];
  readonly env: LayoutEnv;
  readonly thread: string;
  readonly flow: StoryFlow;
}

/** What the last call did, for the status line, the bench and the specs. */
export interface ComposeStats {
  /** Stories flowed again. */
  readonly composed: number;
  /** Stories whose earlier flow was reused. */
  readonly reused: number;
}

export interface IncrementalComposer {
  composePage(edition: Edition, pageId: string, env: LayoutEnv): PageComposition;
  composeEdition(edition: Edition, env: LayoutEnv): EditionLayout;
  /**
   * The last flow of a story through its whole thread (every page), if it was flowed for this
   * very story object: the copyfit readout reads frames on other pages from it.
   */
  storyFlow(story: Edition['stories'][number]): StoryFlow | null;
  readonly lastStats: ComposeStats;
}

// Threads are small plain data (a few rectangles per frame); their JSON is a cheap, exact key.
const threadKey = (thread: readonly ThreadFrame[]): string => JSON.stringify(thread);

/** Every story's thread and its key, with what they were made from. */
interface Threads {
  readonly pages: Edition['pages'];
  readonly masters: Edition['masters'];
  readonly format: Edition['format'];
  readonly storyIds: string;
  readonly byStory: ReadonlyMap<string, { readonly thread: ThreadFrame[]; readonly key: string }>;
}

/**
 * Threads read only the pages (frames, their links and wraps), the masters (their frames wrap
 * too), the format (the baseline grid) and which stories there are. Typing changes none of
 * them, so a keystroke reuses the threads and their keys instead of walking every frame of the
 * edition and serialising every thread again.
 */
function threadsOf(edition: Edition, last: Threads | null): Threads {
  const storyIds = edition.stories.map((s) => s.id).join('\n');
  if (last && last.pages === edition.pages && last.masters === edition.masters && last.format === edition.format && last.storyIds === storyIds) return last;
  const byStory = new Map([...storyThreads(edition)].map(([id, thread]) => [id, { thread, key: threadKey(thread) }]));
  return { pages: edition.pages, masters: edition.masters, format: edition.format, storyIds, byStory };
}

export function createIncrementalComposer(compose: ComposeParagraph, options?: FlowOptions): IncrementalComposer {
  const cache = new Map<string, CachedFlow>();
  /** The last layout of each furniture frame, by page and frame id. */
  const furnitureCache = new Map<string, CachedFurniture>();
  let stats: ComposeStats = { composed: 0, reused: 0 };
  let threads: Threads | null = null;

  const flows = (edition: Edition, env: LayoutEnv, only?: ReadonlySet<string>): Array<{ storyId: string; flow: StoryFlow }> => {
    threads = threadsOf(edition, threads);
    const out: Array<{ storyId: string; flow: StoryFlow }> = [];
    let composed = 0;
    let reused = 0;
    for (const story of edition.stories) {
      if (only && !only.has(story.id)) continue;
      const placed = threads.byStory.get(story.id);
      if (!placed) continue; // placed in no frame: not composed, not overset
      const { thread, key } = placed;
      const hit = cache.get(story.id);
      if (hit && hit.story === story && hit.styles === edition.styles && hit.env === env && hit.thread === key) {
        reused++;
        out.push({ storyId: story.id, flow: hit.flow });
        continue;
      }
      // Lines that came out as before keep their objects, so the page re-renders only the rest.
      const flow = keepFlow(flowStory({ story, thread, styles: edition.styles, env, compose, ...(options ? { options } : {}) }), hit?.flow);
      cache.set(story.id, { story, styles: edition.styles, env, thread: key, flow });
      composed++;
      out.push({ storyId: story.id, flow });
    }
    // Stories that left the edition would otherwise pin their layouts forever.
    if (!only) for (const id of [...cache.keys()]) if (!edition.stories.some((s) => s.id === id)) cache.delete(id);
    stats = { composed, reused };
    return out;
  };

  const layoutPage = (edition: Edition, page: Page, frames: ReadonlyMap<string, FrameLayout>, env: LayoutEnv, missing: MissingGlyphReport[]): PageLayout => {
    const list = pageFrames(edition, page).map((frame: Frame): FrameLayout => {
      if (frame.kind !== 'text') return { frameId: frame.id, storyId: null, columns: [] };
      if (frame.storyId !== null) return frames.get(frame.id) ?? { frameId: frame.id, storyId: frame.storyId, columns: [] };
      if (frame.template !== null) {
        const key = `${page.id}/${frame.id}`;
        const hit = furnitureCache.get(key);
        const { masters, meta, styles, format } = edition;
        if (hit && hit.frame === frame && hit.page === page && hit.masters === masters && hit.meta === meta && hit.styles === styles && hit.format === format && hit.env === env) {
          missing.push(...hit.missing);
          return hit.layout;
        }
        const furniture = composeFurniture(edition, page, { ...frame, template: frame.template }, env, compose, options);
        missing.push(...furniture.missing);
        const layout = keepFrame(furniture.frame, hit?.layout);
        furnitureCache.set(key, { frame, page, masters, meta, styles, format, env, layout, missing: furniture.missing });
        return layout;
      }
      return { frameId: frame.id, storyId: null, columns: [] };
    });
    return { pageId: page.id, width: edition.format.trim.width, height: edition.format.trim.height, frames: list };
  };

  const gather = (results: ReadonlyArray<{ flow: StoryFlow }>) => {
    const frames = new Map<string, FrameLayout>();
    const overset: OversetReport[] = [];
    const missing: MissingGlyphReport[] = [];
    for (const { flow } of results) {
      for (const frame of flow.frames) frames.set(frame.frameId, frame);
      if (flow.overset) overset.push(flow.overset);
      missing.push(...flow.missing);
    }
    return { frames, overset, missing };
  };

  return {
    composePage(edition, pageId, env) {
      const page = edition.pages.find((p) => p.id === pageId);
      if (!page) throw new Error(`no page "${pageId}" in edition "${edition.id}"`);
      const here = new Set<string>();
      for (const frame of page.frames) if (frame.kind === 'text' && frame.storyId !== null) here.add(frame.storyId);
      const stories = gather(flows(edition, env, here));
      const furnitureMissing: MissingGlyphReport[] = [];
      const layout = layoutPage(edition, page, stories.frames, env, furnitureMissing);
      return { page: layout, overset: stories.overset, missingGlyphs: [...stories.missing, ...furnitureMissing] };
    },
    composeEdition(edition, env) {
      const stories = gather(flows(edition, env));
      const furnitureMissing: MissingGlyphReport[] = [];
      const pages = edition.pages.map((page) => layoutPage(edition, page, stories.frames, env, furnitureMissing));
      return { pages, overset: stories.overset, missingGlyphs: [...stories.missing, ...furnitureMissing] };
    },
    storyFlow(story) {
      const hit = cache.get(story.id);
      return hit && hit.story === story ? hit.flow : null;
    },
    get lastStats() {
      return stats;
    },
  };
}
