// Workspace.tsx: the editing screen: toolbar, banners, page list, page view and status bar.
import { type ReactNode, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { HostCommand } from '../../shared/host-api';
import { frameLabel, PageCanvas, type PageText } from '../canvas';
import { EpaperDialog, ExportDialog } from '../export';
import { useFileArea } from '../file';
import { FrameToolbar, PropertiesPanel, useFrameEditing, useFrameShortcuts } from '../frames';
import type { Host } from '../host';
import { useI18n } from '../i18n';
import { usePageLayout } from '../layout';
import { PhotoDropZone, PhotoPanel } from '../photos';
import { PagesPanel } from '../pages';
import { StoriesDock, usePageStories } from '../stories';
import { TextFocus } from '../story-editor';
import { LayoutBanner, NoticeBar, ReadOnlyBanner, StatusBar, Toolbar } from '../panels';
import {
  currentEdition,
  currentPage,
  effectiveZoom,
  INITIAL_VIEW,
  isEditable,
  redoAvailable,
  saveStatus,
  selectedFrame,
  undoAvailable,
  useEditorState,
  useEditorStore,
  viewReducer,
} from '../state';
import { nudgeDelta } from './nudge';
import { isMacPlatform } from './shortcuts';
import { useShortcuts } from './useShortcuts';

export function Workspace({ host }: { host: Host }): ReactNode {
  const store = useEditorStore();
  const state = useEditorState();
  const { t } = useI18n();
  const [view, dispatchView] = useReducer(viewReducer, INITIAL_VIEW);
  // One export dialog at a time: the print PDF one or the e-paper one.
  const [exporting, setExporting] = useState<'pdf' | 'epaper' | null>(null);
  const edition = currentEdition(state);
  const page = currentPage(state);
  const selected = selectedFrame(state);
  const layout = usePageLayout(edition, page);
  const text = useMemo((): PageText | null => {
    if (layout.phase !== 'ready') return null;
    const ready = layout;
    return { composition: ready.composition, glyphs: ready.glyphs, fonts: ready.fonts };
  }, [layout]);

  const editing = useFrameEditing(store);
  useFrameShortcuts(editing, state.selectedFrameIds.length > 0);
  const file = useFileArea(host, { editable: isEditable(state) });
  // The story open in the editor and its selection, shared with the page (stories/, story-editor/).
  const textFocus = useMemo(() => new TextFocus(), []);
  const stories = usePageStories({
    store,
    edition,
    page,
    layout: text?.composition.page ?? null,
    focus: textFocus,
    zoom: effectiveZoom(view),
    selectedStoryId: selected?.frame.kind === 'text' ? selected.frame.storyId : null,
    textClicks: editing.tool === 'select' && editing.threadFrom === null,
  });

  const commands: Readonly<Record<HostCommand, () => void>> = {
    undo: () => store.undo(),
    redo: () => store.redo(),
    // The File area notes that the user asked, so the indicator says "saved", not "autosaved".
    save: file.commands.save,
    zoomIn: () => dispatchView({ type: 'zoomIn' }),
    zoomOut: () => dispatchView({ type: 'zoomOut' }),
    zoomFit: () => dispatchView({ type: 'zoomFit' }),
    toggleRulers: () => dispatchView({ type: 'toggleRulers' }),
    toggleGuides: () => dispatchView({ type: 'toggleGuides' }),
    exportPdf: () => setExporting('pdf'),
    exportEpaper: () => setExporting('epaper'),
    newEdition: file.commands.newEdition,
    openEdition: file.commands.openEdition,
    importText: file.commands.importText,
    showShortcuts: file.commands.showShortcuts,
  };

  // The menu listener is registered once per host; it reaches this render's handlers through a ref.
  const commandsRef = useRef(commands);
  commandsRef.current = commands;
  useEffect(() => host.onCommand((command) => commandsRef.current[command]()), [host]);

  useShortcuts(
    {
      ...commands,
      saveAs: file.commands.saveAs,
      // Every selected frame that may move, as one step.
      nudge: (direction, large) => {
        if (edition) editing.moveBy(nudgeDelta(direction, large, edition.format));
      },
    },
    { menuOwnsCommands: host.transport === 'electron' },
  );

  useEffect(() => {
    document.title = state.name ? `${state.name} — ${t('app.title')}` : t('app.title');
  }, [state.name, t]);

  if (state.status === 'loading' || (state.status === 'error' && !edition)) {
    return (
      <div className="splash" data-testid="splash">
        {state.status === 'loading' ? t('app.loading') : t('app.loadFailed', { message: state.loadError ?? '' })}
        {state.status === 'error' && (
          <button type="button" onClick={() => void store.load()}>
            {t('app.retry')}
          </button>
        )}
        {/* Another edition can still be opened when this one will not load. */}
        {state.status === 'error' && file.menu}
        {state.status === 'error' && file.overlays}
      </div>
    );
  }
  if (!edition || !page) return <div className="splash">{t('app.loading')}</div>;

  return (
    <div className="workspace" data-testid="workspace" data-revision={state.revision}>
      <Toolbar
        view={view}
        onView={dispatchView}
        canUndo={undoAvailable(state)}
        canRedo={redoAvailable(state)}
        onUndo={commands.undo}
        onRedo={commands.redo}
        canSave={isEditable(state)}
        onSave={commands.save}
        saveStatus={saveStatus(state)}
        revision={state.revision}
        onExport={commands.exportPdf}
        onExportEpaper={commands.exportEpaper}
        fileMenu={file.menu}
        saveIndicator={file.saveIndicator(saveStatus(state), state.revision)}
      />
      <FrameToolbar editing={editing} />
      {state.readOnly && <ReadOnlyBanner lockedBy={state.lockedBy} />}
      {state.notice && <NoticeBar notice={state.notice} onDismiss={() => store.dismissNotice()} />}
      <LayoutBanner layout={layout} />
      <div className="workspace-body">
        <PagesPanel edition={edition} currentPageId={page.id} editable={isEditable(state)} />
        <PhotoDropZone>
          <div className="page-text-layer" {...stories.layerProps}>
            <PageCanvas edition={edition} page={page} state={state} view={view} onView={dispatchView} text={text} editing={editing} overlay={stories.overlay} />
          </div>
        </PhotoDropZone>
        <PropertiesPanel editing={editing} layout={layout} />
        <PhotoPanel />
        <StoriesDock edition={edition} focus={textFocus} menuOwnsCommands={host.transport === 'electron'} mac={isMacPlatform()} onReveal={stories.reveal} />
      </div>
      <StatusBar selected={selected} label={selected ? frameLabel(selected.frame, edition, page, t) : ''} layout={layout} />
      {exporting === 'pdf' && <ExportDialog host={host} edition={edition} onClose={() => setExporting(null)} />}
      {exporting === 'epaper' && <EpaperDialog host={host} onClose={() => setExporting(null)} />}
      {file.overlays}
    </div>
  );
}
