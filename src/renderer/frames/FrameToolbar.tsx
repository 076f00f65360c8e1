// FrameToolbar.tsx: the frame tools (select, text, image, rule, box), the thread-arrow toggle,
// photo import, and the arrange commands for the selection (align, distribute, stacking, lock,
// group, duplicate, delete), as one toolbar row under the main one, like InDesign's control
// panel. It reads only the selection from the store, so typing in a story does not render it again.
import './frames.css';
import { memo, type ReactNode } from 'react';
import type { Frame } from '../../shared/model';
import { formatChord, isMacPlatform } from '../app/shortcuts';
import { type MessageKey, useI18n } from '../i18n';
import { type EditorState, isEditable, sameItems, selectedFrames, useEditorSelector } from '../state';
import { ImportPhotoButton } from '../photos';
import type { Alignment, Distribution, Stacking } from './arrange';
import { Icon } from './icons';
import { FRAME_TOOLS, type FrameTool } from './tools';
import type { FrameEditing } from './useFrameEditing';
import { FRAME_SHORTCUTS } from './useFrameShortcuts';

/** The key of each command that has one (FRAME_SHORTCUTS), for its button's tooltip. */
const KEY_OF: ReadonlyMap<string, string> = new Map(FRAME_SHORTCUTS.map(([keys, label]) => [label, keys]));

const TOOL_LABELS: Readonly<Record<FrameTool, MessageKey>> = {
  select: 'frames.tool.select',
  text: 'frames.tool.text',
  image: 'frames.tool.image',
  rule: 'frames.tool.rule',
  box: 'frames.tool.box',
};

const ALIGNMENTS: readonly Alignment[] = ['left', 'centre', 'right', 'top', 'middle', 'bottom'];
const DISTRIBUTIONS: readonly Distribution[] = ['horizontal', 'vertical'];
const STACKING: readonly Stacking[] = ['front', 'forward', 'backward', 'back'];

/** The selected frames of the page itself (not master furniture), in selection order. */
function ownSelected(state: EditorState): Frame[] {
  return selectedFrames(state)
    .filter((p) => !p.fromMaster)
    .map((p) => p.frame);
}

export const FrameToolbar = memo(function FrameToolbar({ editing }: { editing: FrameEditing }): ReactNode {
  const { t } = useI18n();
  const editable = useEditorSelector(isEditable);
  const own = useEditorSelector(ownSelected, sameItems);
  const movable = own.filter((f) => !f.locked);
  const pieces = new Set(movable.map((f) => f.groupId ?? f.id)).size;
  const anyLocked = own.some((f) => f.locked);
  const anyGrouped = own.some((f) => f.groupId !== null);
  const mac = isMacPlatform();
  // The tooltip names the key as this platform writes it (⌘ on macOS); the help panel lists it apart.
  const button = (id: string, icon: Parameters<typeof Icon>[0]['name'], label: MessageKey, onClick: () => void, enabled: boolean): ReactNode => {
    const keys = KEY_OF.get(label);
    const title = keys ? t('frames.withKey', { name: t(label), key: formatChord(keys, mac) }) : t(label);
    return (
      <button key={id} type="button" className="icon-button" data-testid={id} aria-label={t(label)} title={title} disabled={!enabled} onClick={onClick}>
        <Icon name={icon} />
      </button>
    );
  };
  return (
    <div className="toolbar frame-toolbar" role="toolbar" aria-label={t('frames.tools')} data-testid="frame-toolbar">
      <div className="tool-group" role="group" aria-label={t('frames.tools')}>
        {FRAME_TOOLS.map((tool) => (
          <button
            key={tool}
            type="button"
            className="icon-button"
            data-testid={`tool-${tool}`}
            aria-label={t(TOOL_LABELS[tool])}
            title={t(TOOL_LABELS[tool])}
            aria-pressed={editing.tool === tool}
            disabled={tool !== 'select' && !editable}
            onClick={() => editing.setTool(tool)}
          >
            <Icon name={tool} />
          </button>
        ))}
        <button type="button" className="icon-button" data-testid="toggle-threads" aria-label={t('frames.showThreads')} title={t('frames.showThreads')} aria-pressed={editing.showThreads} onClick={editing.toggleThreads}>
          <Icon name="threads" />
        </button>
      </div>
      {/* Beside the image tool: a photo goes into the selected image frame, or a new one. */}
      <div className="tool-group">
        <ImportPhotoButton />
      </div>
      <div className="tool-group" role="group" aria-label={t('frames.arrange')}>
        {ALIGNMENTS.map((a) => button(`align-${a}`, `align-${a}`, `frames.align.${a}`, () => editing.align(a), editable && pieces >= 1))}
        {DISTRIBUTIONS.map((d) => button(`distribute-${d}`, `distribute-${d}`, `frames.distribute.${d}`, () => editing.distribute(d), editable && pieces >= 3))}
      </div>
      <div className="tool-group" role="group" aria-label={t('frames.arrange')}>
        {STACKING.map((s) => button(`stack-${s}`, `stack-${s}`, `frames.stack.${s}`, () => editing.stack(s), editable && own.length > 0))}
        {button('lock', 'lock', 'frames.lock', () => editing.lock(true), editable && own.some((f) => !f.locked))}
        {button('unlock', 'unlock', 'frames.unlock', () => editing.lock(false), editable && anyLocked)}
        {button('group', 'group', 'frames.group', editing.group, editable && own.length >= 2)}
        {button('ungroup', 'ungroup', 'frames.ungroup', editing.ungroup, editable && anyGrouped)}
        {button('duplicate', 'duplicate', 'frames.duplicate', editing.duplicate, editable && own.length > 0)}
        {button('delete-frames', 'delete', 'frames.delete', editing.remove, editable && movable.length > 0)}
      </div>
    </div>
  );
});
