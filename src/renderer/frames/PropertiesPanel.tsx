// PropertiesPanel.tsx: the selection's properties: position and size in millimetres, a text
// frame's columns, gutter, insets and vertical alignment, text wrap, stroke and fill from the
// edition's swatches, the story's paragraph styles, its thread and its copyfit. With several
// frames selected it says how many; the arrange commands in the frame toolbar act on them all.
import './frames.css';
import { type ReactNode, useCallback } from 'react';
import type { Op } from '../../shared/model';
import { useI18n } from '../i18n';
import type { PageLayoutState } from '../layout';
import { currentEdition, currentPage, isEditable, selectedFrame, selectedFrames, useEditorState, useEditorStore } from '../state';
import { ColourSection, GeometrySection, TextFrameSection, WrapSection } from './FrameSections';
import { CopyfitReadout, StylesSection, ThreadSection, useCopyfit } from './StorySections';
import type { FrameEditing } from './useFrameEditing';

export function PropertiesPanel({ editing, layout }: { editing: FrameEditing; layout: PageLayoutState }): ReactNode {
  const { t } = useI18n();
  const store = useEditorStore();
  const state = useEditorState();
  const edition = currentEdition(state);
  const page = currentPage(state);
  const primary = selectedFrame(state);
  const count = selectedFrames(state).length;
  const frame = primary?.frame ?? null;
  const storyId = frame?.kind === 'text' ? frame.storyId : null;
  const story = (storyId !== null && edition?.stories.find((s) => s.id === storyId)) || null;
  const fit = useCopyfit(edition, story, layout);
  // Stable, so the memoised sections (FrameSections.tsx) skip renders that change nothing of theirs.
  const apply = useCallback(
    (ops: Op[]): void => {
      if (ops.length > 0) store.applyOps(ops);
    },
    [store],
  );
  if (!edition || !page) return null;
  const editable = isEditable(state) && !primary?.fromMaster;
  // Several frames: the arrange commands act on all; properties are edited one frame at a time.
  const section = frame && count === 1 ? { frame, pageId: page.id, edition, apply } : null;
  return (
    <aside className="properties-panel" aria-label={t('frames.panel')} data-testid="properties-panel">
      <h2 className="panel-title">{t('frames.panel')}</h2>
      {!frame && <p className="panel-hint">{t('frames.panel.none')}</p>}
      {frame && (
        <p className="panel-heading" data-testid="props-heading" data-frame-id={frame.id} data-count={count}>
          {count > 1 ? t('frames.panel.many', { count }) : t(`frame.kind.${frame.kind}`)}
          {frame.name && count === 1 ? ` · ${frame.name}` : ''}
        </p>
      )}
      {count > 1 && <p className="panel-hint">{t('frames.panel.manyHint')}</p>}
      {primary?.fromMaster && <p className="panel-hint">{t('frames.panel.master')}</p>}
      {section?.frame.locked && <p className="panel-hint">{t('frames.panel.locked')}</p>}
      {section?.frame.groupId && <p className="panel-hint">{t('frames.panel.group')}</p>}
      {section && <GeometrySection {...section} disabled={!editable || section.frame.locked} />}
      {section && section.frame.kind === 'text' && <TextFrameSection {...section} frame={section.frame} disabled={!editable} />}
      {section && section.frame.kind === 'text' && section.frame.template === null && (
        <>
          <ThreadSection frame={section.frame} pageId={page.id} edition={edition} story={story} disabled={!editable} editing={editing} />
          {story && <CopyfitReadout fit={fit} />}
          {story && <StylesSection story={story} edition={edition} disabled={!isEditable(state)} apply={apply} />}
        </>
      )}
      {section && <WrapSection {...section} disabled={!editable} />}
      {section && <ColourSection {...section} disabled={!editable} />}
    </aside>
  );
}
