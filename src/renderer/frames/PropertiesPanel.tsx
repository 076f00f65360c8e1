// PropertiesPanel.tsx: the selection's properties: position and size in millimetres, a text
// frame's columns, gutter, insets and vertical alignment, text wrap, stroke and fill from the
// edition's swatches, the story's paragraph styles, its thread and its copyfit. With several
// frames selected it says how many and sets text wrap, stroke and fill on them all; the arrange
// commands in the frame toolbar act on them all too.
// A click on a grouped frame selects its whole group (a photo and its story): the panel then
// edits the frame clicked, since no click selects a group member alone.
// Typing changes only a story: the panel reads the edition without its stories' text, the
// frame and the selection live, and the story's readouts (copyfit, styles in use) a frame after
// the page (StoryReadouts), so a keystroke does not render the panel again.
import './frames.css';
import { memo, type ReactNode, useCallback } from 'react';
import type { Edition, Frame, Op, Story } from '../../shared/model';
import { useI18n } from '../i18n';
import type { PageLayoutState } from '../layout';
import {
  currentEdition,
  currentPage,
  type EditorState,
  isEditable,
  isWholeGroup,
  samePlacedFrame,
  selectedFrame,
  selectedFrames,
  useEditorReadout,
  useEditorSelector,
  useEditorStore,
} from '../state';
import { ColourSection, GeometrySection, ManyFramesSection, TextFrameSection, WrapSection } from './FrameSections';
import { CopyfitReadout, StylesSection, ThreadSection, useCopyfit } from './StorySections';
import type { FrameEditing } from './useFrameEditing';

function selectionCount(state: EditorState): number {
  return selectedFrames(state).length;
}

/** The selected frames of the page's own (master furniture is edited on its master). */
function ownSelectedFrames(state: EditorState): Frame[] {
  return selectedFrames(state)
    .filter((p) => !p.fromMaster)
    .map((p) => p.frame);
}

const sameFrames = (a: readonly Frame[], b: readonly Frame[]): boolean => a.length === b.length && a.every((f, i) => f === b[i]);

/** Whether the selection is one group, all of it (selected by clicking one of its frames). */
function selectionIsOneGroup(state: EditorState): boolean {
  const page = currentPage(state);
  return page !== null && isWholeGroup(page, state.selectedFrameIds);
}

function storyOf(state: EditorState, storyId: string | null): Story | null {
  return (storyId !== null && currentEdition(state)?.stories.find((s) => s.id === storyId)) || null;
}

/**
 * Equal editions but for their stories. The panel's fields read swatches, styles, pages and
 * format from the edition, never its stories, so the edition it was given last serves them.
 */
function sameBesideStories(a: Edition | null, b: Edition | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as Array<keyof Edition>;
  return keys.length === Object.keys(b).length && keys.every((key) => key === 'stories' || a[key] === b[key]);
}

// Memoised: the window renders again when the host confirms an edit; the panel need not.
export const PropertiesPanel = memo(function PropertiesPanel({ editing, layout }: { editing: FrameEditing; layout: PageLayoutState }): ReactNode {
  const { t } = useI18n();
  const store = useEditorStore();
  const edition = useEditorSelector(currentEdition, sameBesideStories);
  const page = useEditorSelector(currentPage);
  const primary = useEditorSelector(selectedFrame, samePlacedFrame);
  const count = useEditorSelector(selectionCount);
  const oneGroup = useEditorSelector(selectionIsOneGroup);
  const many = useEditorSelector(ownSelectedFrames, sameFrames);
  const stateEditable = useEditorSelector(isEditable);
  const frame = primary?.frame ?? null;
  const storyId = frame?.kind === 'text' ? frame.storyId : null;
  const slug = useEditorSelector((state) => storyOf(state, storyId)?.slug ?? null);
  // Stable, so the memoised sections (FrameSections.tsx) skip renders that change nothing of theirs.
  const apply = useCallback(
    (ops: Op[]): void => {
      if (ops.length > 0) store.applyOps(ops);
    },
    [store],
  );
  if (!edition || !page) return null;
  const editable = stateEditable && !primary?.fromMaster;
  // Several frames: the arrange commands act on all; properties are edited one frame at a time,
  // the clicked one of a group.
  const section = frame && (count === 1 || oneGroup) ? { frame, pageId: page.id, edition, apply } : null;
  return (
    <aside className="properties-panel" aria-label={t('frames.panel')} data-testid="properties-panel">
      <h2 className="panel-title">{t('frames.panel')}</h2>
      {!frame && <p className="panel-hint">{t('frames.panel.none')}</p>}
      {frame && (
        <p className="panel-heading" data-testid="props-heading" data-frame-id={frame.id} data-count={count}>
          {count > 1 && !oneGroup ? t('frames.panel.many', { count }) : t(`frame.kind.${frame.kind}`)}
          {frame.name && section ? ` · ${frame.name}` : ''}
        </p>
      )}
      {count > 1 && !oneGroup && <p className="panel-hint">{t('frames.panel.manyHint')}</p>}
      {count > 1 && !oneGroup && many.length > 0 && <ManyFramesSection frames={many} pageId={page.id} edition={edition} disabled={!stateEditable} apply={apply} />}
      {primary?.fromMaster && <p className="panel-hint">{t('frames.panel.master')}</p>}
      {section?.frame.locked && <p className="panel-hint">{t('frames.panel.locked')}</p>}
      {section?.frame.groupId && <p className="panel-hint">{oneGroup ? t('frames.panel.groupMember', { count }) : t('frames.panel.group')}</p>}
      {section && <GeometrySection {...section} disabled={!editable || section.frame.locked} />}
      {section && section.frame.kind === 'text' && <TextFrameSection {...section} frame={section.frame} disabled={!editable} />}
      {section && section.frame.kind === 'text' && section.frame.template === null && (
        <>
          <ThreadSection frame={section.frame} pageId={page.id} edition={edition} slug={slug} disabled={!editable} editing={editing} />
          {storyId !== null && <StoryReadouts storyId={storyId} edition={edition} layout={layout} disabled={!stateEditable} apply={apply} />}
        </>
      )}
      {section && <WrapSection {...section} disabled={!editable} />}
      {section && <ColourSection {...section} disabled={!editable} />}
    </aside>
  );
});

interface StoryReadoutsProps {
  readonly storyId: string;
  /** Read for its styles and format only (see sameBesideStories). */
  readonly edition: Edition;
  readonly layout: PageLayoutState;
  readonly disabled: boolean;
  readonly apply: (ops: Op[]) => void;
}

/** The story's copyfit and the styles it uses: readouts, following the story a frame after the page. */
const StoryReadouts = memo(function StoryReadouts({ storyId, edition, layout, disabled, apply }: StoryReadoutsProps): ReactNode {
  const story = useEditorReadout((state) => storyOf(state, storyId));
  const fit = useCopyfit(edition, story, layout);
  if (!story) return null;
  return (
    <>
      <CopyfitReadout fit={fit} />
      <StylesSection story={story} edition={edition} disabled={disabled} apply={apply} />
    </>
  );
});
