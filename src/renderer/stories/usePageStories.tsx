// usePageStories.ts: what the stories feature does on the page view. Workspace wraps the page in
// an element with `layerProps` and passes `overlay` into the page SVG:
//   - a story dragged from the stories panel previews, then places, its frame (placeStory.ts);
//   - a click on composed text opens its story in the editor at that character (a double click
//     also gives the editor the keyboard); a drag that started there is not a click;
//   - selecting a text frame opens its story in the editor;
//   - the editor's selection is highlighted on the lines that set it (TextSelectionOverlay).
import { type DragEvent, type MouseEvent, type PointerEvent, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PageLayout } from '../../shared/layout/output';
import type { Edition, Frame, Page, Story } from '../../shared/model';
import { hitTestText, TextSelectionOverlay } from '../canvas';
import { currentEdition, currentPage, type EditorStore, isEditable } from '../state';
import type { TextFocus } from '../story-editor';
import { draggedStory, endStoryDrag, STORY_MIME } from './dragStory';
import { DropPreview } from './DropPreview';
import { freshIds } from '../state/ids';
import { type DropBox, dropBox, fitDropBox, placeStoryOps, type Point, type StoryOverset } from './placeStory';

/** Pointer travel (px) beyond which a press on text was a drag, not a click. */
const CLICK_SLOP_PX = 4;

export interface PageStoriesOptions {
  readonly store: EditorStore;
  /** Null until the edition has loaded (the hook runs before Workspace can return early). */
  readonly edition: Edition | null;
  /** The shown page as composed, or null while it is not. */
  readonly layout: PageLayout | null;
  readonly focus: TextFocus;
  readonly zoom: number;
  /** The story of the selected text frame, if one is selected. */
  readonly selectedStoryId: string | null;
  /** Clicks on text open the editor only with the select tool (not while drawing or threading). */
  readonly textClicks: boolean;
  /** The engine's answer to "is this story overset here?", which sizes a dropped story's frame. */
  readonly overset?: StoryOverset;
}

export interface PageStories {
  readonly layerProps: {
    readonly onDragOver: (event: DragEvent<HTMLElement>) => void;
    readonly onDragLeave: (event: DragEvent<HTMLElement>) => void;
    readonly onDrop: (event: DragEvent<HTMLElement>) => void;
    readonly onPointerDownCapture: (event: PointerEvent<HTMLElement>) => void;
    readonly onClick: (event: MouseEvent<HTMLElement>) => void;
    readonly onDoubleClick: (event: MouseEvent<HTMLElement>) => void;
  };
  readonly overlay: ReactNode;
  /**
   * Shows the first page a story is placed on, unless it is on the shown page, and selects its
   * frame there (or nothing, for an unplaced story): the story just opened in the editor.
   */
  readonly reveal: (storyId: string) => void;
}

/** Page coordinates (pt) of a screen point, through the page SVG's own transform. */
function pagePoint(layer: Element, clientX: number, clientY: number): Point | null {
  const svg = layer.querySelector<SVGSVGElement>('svg[data-testid="page-svg"]');
  const matrix = svg?.getScreenCTM();
  if (!matrix) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: p.x, y: p.y };
}

export function usePageStories(options: PageStoriesOptions): PageStories {
  const { store, edition, layout, focus } = options;
  const [preview, setPreview] = useState<{ box: DropBox; slug: string } | null>(null);
  const pressed = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    if (options.selectedStoryId !== null) focus.open(options.selectedStoryId);
  }, [focus, options.selectedStoryId]);

  // The preview is fitted by the engine as the drop will be, once per grid cell and story: a
  // drag over one cell sends dragover events all the while.
  const fitted = useRef<{ key: string; edition: Edition; box: DropBox } | null>(null);
  const previewBox = (edition: Edition, page: Page, story: Story, point: Point): DropBox => {
    const rough = dropBox(edition, page, story, point);
    const key = `${page.id}\n${story.id}\n${rough.x}\n${rough.y}\n${rough.columns}`;
    const known = fitted.current;
    if (known && known.key === key && known.edition === edition) return known.box;
    const box = fitDropBox(edition, page, story, rough, freshIds(edition)('frame'), options.overset);
    fitted.current = { key, edition, box };
    return box;
  };

  const onDragOver = (event: DragEvent<HTMLElement>): void => {
    if (!event.dataTransfer.types.includes(STORY_MIME)) return;
    event.preventDefault();
    const state = store.getState();
    event.dataTransfer.dropEffect = isEditable(state) ? 'copy' : 'none';
    const edition = currentEdition(state);
    const page = currentPage(state);
    const story = edition?.stories.find((s) => s.id === draggedStory(event.dataTransfer));
    const point = pagePoint(event.currentTarget, event.clientX, event.clientY);
    if (edition && page && story && point) setPreview({ box: previewBox(edition, page, story, point), slug: story.slug });
  };

  const onDrop = (event: DragEvent<HTMLElement>): void => {
    const storyId = event.dataTransfer.getData(STORY_MIME);
    if (!storyId) return;
    event.preventDefault();
    setPreview(null);
    endStoryDrag();
    // From the store, not this render: the page view may hold handlers of an earlier render, and
    // an edition without the last drop's frame would hand out that frame's id again.
    const state = store.getState();
    const edition = currentEdition(state);
    const page = currentPage(state);
    const story = edition?.stories.find((s) => s.id === storyId);
    const point = pagePoint(event.currentTarget, event.clientX, event.clientY);
    if (!edition || !page || !story || !point || !isEditable(state)) return;
    const { ops, frame } = placeStoryOps(edition, page, story, point, freshIds(edition)('frame'), options.overset);
    store.applyOps(ops);
    store.select(frame.id);
    focus.open(story.id);
  };

  const hit = (event: MouseEvent<HTMLElement>): ReturnType<typeof hitTestText> => {
    const start = pressed.current;
    if (!options.textClicks || !layout || (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > CLICK_SLOP_PX)) return null;
    const point = pagePoint(event.currentTarget, event.clientX, event.clientY);
    return point ? hitTestText(layout, point.x, point.y) : null;
  };
  const onClick = (event: MouseEvent<HTMLElement>): void => {
    const found = hit(event);
    if (found) focus.openAt({ storyId: found.storyId, paragraphId: found.paragraphId, start: found.offset }, false);
  };
  const onDoubleClick = (event: MouseEvent<HTMLElement>): void => {
    const found = hit(event);
    if (found) focus.openAt({ storyId: found.storyId, paragraphId: found.paragraphId, start: found.offset }, true);
  };

  // Stable, and reads the store when called: the stories dock is memoised with it.
  // The selection follows the story (a row clicked in the stories list, a find hit in another
  // story): the properties and paragraph-style panels act on the selected frame, and a selection
  // left on another article had them change that one while the editor showed this one.
  const reveal = useCallback(
    (storyId: string) => {
      const state = store.getState();
      const shown = currentEdition(state);
      const on = currentPage(state);
      if (!shown || !on) return;
      const isOfStory = (f: Frame): boolean => f.kind === 'text' && f.storyId === storyId;
      const page = on.frames.some(isOfStory) ? on : (shown.pages.find((p) => p.frames.some(isOfStory)) ?? on);
      if (page.id !== on.id) store.selectPage(page.id);
      const frames = page.frames.filter(isOfStory);
      if (frames.some((f) => store.getState().selectedFrameIds.includes(f.id))) return;
      store.select(frames[0]?.id ?? null);
    },
    [store],
  );

  // Memoised, so the page view (which takes it as a prop) is not rendered again for nothing.
  const gutter = edition?.format.gutter ?? null;
  const zoom = options.zoom;
  const overlay = useMemo(
    () => (
      <g className="page-stories-overlay">
        <TextSelectionOverlay page={layout} source={focus} />
        {preview && gutter !== null && <DropPreview box={preview.box} slug={preview.slug} gutter={gutter} zoom={zoom} />}
      </g>
    ),
    [layout, focus, preview, gutter, zoom],
  );

  return {
    layerProps: {
      onDragOver,
      onDragLeave: (event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setPreview(null);
      },
      onDrop,
      onPointerDownCapture: (event) => {
        pressed.current = { x: event.clientX, y: event.clientY };
        // The frame tools keep the press from moving the focus; a press on the page must still take
        // the keyboard from the story editor, or Delete and the arrows would edit its text.
        const active = document.activeElement;
        if (active instanceof HTMLElement && active.isContentEditable) active.blur();
      },
      onClick,
      onDoubleClick,
    },
    overlay,
    reveal,
  };
}
