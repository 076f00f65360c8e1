// composeEdition.ts: Edition + LayoutEnv + a paragraph composer → EditionLayout. Each placed
// story is composed once and flowed through its whole thread (threads cross pages), then every
// page lists its frames: the master's furniture first, then its own, in the model's order.
// Same input, same output: no clocks, no randomness, numbers rounded to 1/1000 pt.
import type { Edition, Frame, Page } from '../../model';
import type { LayoutEnv } from '../env';
import { type ComposeParagraph, type FlowOptions, flowStory, pageFrames, type StoryFlow, storyThreads } from '../flow';
import type { EditionLayout, FrameLayout, MissingGlyphReport, OversetReport, PageLayout } from '../output/PageLayout';
import { composeFurniture } from './furniture';

interface Stories {
  readonly frames: Map<string, FrameLayout>;
  readonly overset: OversetReport[];
  readonly missing: MissingGlyphReport[];
}

/**
 * One story flowed through its thread as `edition` places it, or null when no frame holds it:
 * what a frame about to be made would hold (the drop of a story sizes its frame with this).
 */
export function flowPlacedStory(edition: Edition, storyId: string, env: LayoutEnv, compose: ComposeParagraph, options?: FlowOptions): StoryFlow | null {
  const story = edition.stories.find((s) => s.id === storyId);
  const thread = storyThreads(edition).get(storyId);
  if (!story || !thread) return null;
  return flowStory({ story, thread, styles: edition.styles, env, compose, ...(options ? { options } : {}) });
}

/** Flows the stories (all, or those in `only`) whose thread has at least one frame. */
function composeStories(edition: Edition, env: LayoutEnv, compose: ComposeParagraph, options: FlowOptions | undefined, only?: ReadonlySet<string>): Stories {
  const threads = storyThreads(edition);
  const out: Stories = { frames: new Map(), overset: [], missing: [] };
  for (const story of edition.stories) {
    if (only && !only.has(story.id)) continue;
    const thread = threads.get(story.id);
    if (!thread) continue; // placed in no frame: not composed, not overset
    const flow = flowStory({ story, thread, styles: edition.styles, env, compose, ...(options ? { options } : {}) });
    for (const frame of flow.frames) out.frames.set(frame.frameId, frame);
    if (flow.overset) out.overset.push(flow.overset);
    out.missing.push(...flow.missing);
  }
  return out;
}

function layoutPage(edition: Edition, page: Page, stories: Stories, env: LayoutEnv, compose: ComposeParagraph, options: FlowOptions | undefined, missing: MissingGlyphReport[]): PageLayout {
  const frames = pageFrames(edition, page).map((frame: Frame): FrameLayout => {
    if (frame.kind !== 'text') return { frameId: frame.id, storyId: null, columns: [] };
    if (frame.storyId !== null) {
      // A frame of the story outside its thread shows nothing (threads.ts).
      return stories.frames.get(frame.id) ?? { frameId: frame.id, storyId: frame.storyId, columns: [] };
    }
    if (frame.template !== null) {
      const furniture = composeFurniture(edition, page, { ...frame, template: frame.template }, env, compose, options);
      missing.push(...furniture.missing);
      return furniture.frame;
    }
    return { frameId: frame.id, storyId: null, columns: [] };
  });
  return { pageId: page.id, width: edition.format.trim.width, height: edition.format.trim.height, frames };
}

export function composeEdition(edition: Edition, env: LayoutEnv, compose: ComposeParagraph, options?: FlowOptions): EditionLayout {
  const stories = composeStories(edition, env, compose, options);
  const furnitureMissing: MissingGlyphReport[] = [];
  const pages = edition.pages.map((page) => layoutPage(edition, page, stories, env, compose, options, furnitureMissing));
  return { pages, overset: stories.overset, missingGlyphs: [...stories.missing, ...furnitureMissing] };
}

export interface PageComposition {
  readonly page: PageLayout;
  /** Overset and missing glyphs of the stories with a frame on this page (and of its furniture). */
  readonly overset: readonly OversetReport[];
  readonly missingGlyphs: readonly MissingGlyphReport[];
}

/**
 * One page, identical to that page of composeEdition. Stories with a frame here are flowed
 * through their whole thread, since what reaches this page depends on the frames before it.
 */
export function composePage(edition: Edition, pageId: string, env: LayoutEnv, compose: ComposeParagraph, options?: FlowOptions): PageComposition {
  const page = edition.pages.find((p) => p.id === pageId);
  if (!page) throw new Error(`no page "${pageId}" in edition "${edition.id}"`);
  const here = new Set<string>();
  for (const frame of page.frames) if (frame.kind === 'text' && frame.storyId !== null) here.add(frame.storyId);
  const stories = composeStories(edition, env, compose, options, here);
  const furnitureMissing: MissingGlyphReport[] = [];
  const layout = layoutPage(edition, page, stories, env, compose, options, furnitureMissing);
  return { page: layout, overset: stories.overset, missingGlyphs: [...stories.missing, ...furnitureMissing] };
}
