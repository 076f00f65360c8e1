// Workspace.tsx: the editing screen: toolbar, banners, page list, page view and status bar.
// Typing makes a new edition on every keystroke and this renders again for it (the page is
// composed here), so what it hands its panels is kept stable (memoised elements, callbacks that
// read the store when they run) and the panels read their own parts of the store: a keystroke
// then re-renders the page, the story's row, the editor's count and the readouts, not the window
// (issue 5 §6).
import { type ReactNode, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { HostCommand } from '../../shared/host-api';
import { frameLabel, PageCanvas, type PageText } from '../canvas';
import { EpaperDialog, ExportDialog } from '../export';
import { useFileArea } from '../file';
import { FrameToolbar, PropertiesPanel, useFrameEditing, useFrameShortcuts } from '../frames';
import type { Host } from '../host';
import { useI18n } from '../i18n';
import { useLayoutSession, usePageLayout } from '../layout';
import { PhotoDropZone, PhotoPanel } from '../photos';
import { PagesPanel } from '../pages';
import { StoriesDock, usePageStories } from '../stories';
import { TextFocus } from '../story-editor';
import { LayoutBanner, NoticeBar, ReadOnlyBanner, SidePanelSlot, StatusBar, Toolbar, useSidePanels } from '../panels';
import {
  currentEdition,
  currentPage,
  effectiveZoom,
  type EditorState,
  INITIAL_VIEW,
  isEditable,
  redoAvailable,
  sameFields,
  samePlacedFrame,
  samePlacedFrames,
  saveStatus,
  selectedFrame,
  selectedFrames,
  undoAvailable,
  useEditorSelector,
  useEditorStore,
  useValueAfterPaint,
  viewReducer,
} from '../state';
import { nudgeDelta } from './nudge';
import { isMacPlatform } from './shortcuts';
import { useShortcuts } from './useShortcuts';

/** What the window's frame shows of the store, apart from the document itself. */
function shellOf(state: EditorState) {
  return {
    status: state.status,
    loadError: state.loadError,
    name: state.name,
    readOnly: state.readOnly,
    lockedBy: state.lockedBy,
    notice: state.notice,
    revision: state.revision,
    editable: isEditable(state),
    canUndo: undoAvailable(state),
    canRedo: redoAvailable(state),
    saveStatus: saveStatus(state),
    selectedFrameIds: state.selectedFrameIds,
  };
}

export function Workspace({ host }: { host: Host }): ReactNode {
  const store = useEditorStore();
  const shell = useEditorSelector(shellOf, sameFields);
  const edition = useEditorSelector(currentEdition);
  const page = useEditorSelector(currentPage);
  const selected = useEditorSelector(selectedFrame, samePlacedFrame);
  const selection = useEditorSelector(selectedFrames, samePlacedFrames);
  const { t } = useI18n();
  const [view, dispatchView] = useReducer(viewReducer, INITIAL_VIEW);
  // One export dialog at a time: the print PDF one or the e-paper one.
  const [exporting, setExporting] = useState<'pdf' | 'epaper' | null>(null);
  const layout = usePageLayout(edition, page);
  const layoutSession = useLayoutSession();
  // The readouts of the composition (copyfit, timing) follow a frame after the page.
  const readoutLayout = useValueAfterPaint(layout);
  const text = useMemo((): PageText | null => {
    if (layout.phase !== 'ready') return null;
    const ready = layout;
    return { composition: ready.composition, glyphs: ready.glyphs, fonts: ready.fonts };
  }, [layout]);

  const editing = useFrameEditing(store);
  useFrameShortcuts(editing, shell.selectedFrameIds.length > 0);
  const exportPdf = useCallback(() => setExporting('pdf'), []);
  const exportEpaper = useCallback(() => setExporting('epaper'), []);
  const file = useFileArea(host, { editable: shell.editable, exportPdf, exportEpaper });
  // The story open in the editor and its selection, shared with the page (stories/, story-editor/).
  const textFocus = useMemo(() => new TextFocus(), []);
  const sidePanels = useSidePanels(textFocus);
  const stories = usePageStories({
    store,
    edition,
    layout: text?.composition.page ?? null,
    focus: textFocus,
    zoom: effectiveZoom(view),
    selectedStoryId: selected?.frame.kind === 'text' ? selected.frame.storyId : null,
    textClicks: editing.tool === 'select' && editing.threadFrom === null,
    overset: layoutSession.storyOverset,
  });

  const commands = useMemo(
    (): Readonly<Record<HostCommand, () => void>> => ({
      undo: () => store.undo(),
      redo: () => store.redo(),
      // The File area notes that the user asked, so the indicator says "saved", not "autosaved".
      save: file.commands.save,
      zoomIn: () => dispatchView({ type: 'zoomIn' }),
      zoomOut: () => dispatchView({ type: 'zoomOut' }),
      zoomFit: () => dispatchView({ type: 'zoomFit' }),
      toggleRulers: () => dispatchView({ type: 'toggleRulers' }),
      toggleGuides: () => dispatchView({ type: 'toggleGuides' }),
      exportPdf,
      exportEpaper,
      newEdition: file.commands.newEdition,
      openEdition: file.commands.openEdition,
      editionDetails: file.commands.editionDetails,
      importText: file.commands.importText,
      showShortcuts: file.commands.showShortcuts,
    }),
    [store, file.commands, exportPdf, exportEpaper],
  );

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
        const shown = currentEdition(store.getState());
        if (shown) editing.moveBy(nudgeDelta(direction, large, shown.format));
      },
    },
    { menuOwnsCommands: host.transport === 'electron' },
  );

  useEffect(() => {
    document.title = shell.name ? `${shell.name} — ${t('app.title')}` : t('app.title');
  }, [shell.name, t]);

  const saveIndicator = useMemo(() => file.saveIndicator(shell.saveStatus, shell.revision), [file.saveIndicator, shell.saveStatus, shell.revision]);
  const dismissNotice = useCallback(() => store.dismissNotice(), [store]);
  const closeExport = useCallback(() => setExporting(null), []);
  const mac = isMacPlatform();

  if (shell.status === 'loading' || (shell.status === 'error' && !edition)) {
    return (
      <div className="splash" data-testid="splash">
        {shell.status === 'loading' ? t('app.loading') : shell.loadError ? t(shell.loadError.key, shell.loadError.params) : t('app.loadFailed', { message: '' })}
        {shell.status === 'error' && (
          <button type="button" onClick={() => void store.load()}>
            {t('app.retry')}
          </button>
        )}
        {/* Another edition can still be opened when this one will not load. */}
        {shell.status === 'error' && file.menu}
        {shell.status === 'error' && file.overlays}
      </div>
    );
  }
  if (!edition || !page) return <div className="splash">{t('app.loading')}</div>;

  return (
    <div className="workspace" data-testid="workspace" data-revision={shell.revision}>
      <Toolbar
        view={view}
        onView={dispatchView}
        canUndo={shell.canUndo}
        canRedo={shell.canRedo}
        onUndo={commands.undo}
        onRedo={commands.redo}
        canSave={shell.editable}
        onSave={commands.save}
        saveStatus={shell.saveStatus}
        revision={shell.revision}
        fileMenu={file.menu}
        saveIndicator={saveIndicator}
      />
      <FrameToolbar editing={editing} />
      {shell.readOnly && <ReadOnlyBanner lockedBy={shell.lockedBy} />}
      <div className="workspace-body">
        {/* Over the page, not above it: a notice coming and going would move the page and change its fit zoom under the pointer. */}
        <div className="banner-stack">
          {shell.notice && <NoticeBar notice={shell.notice} onDismiss={dismissNotice} />}
          <LayoutBanner layout={layout} />
          {/* Over the page too: as a toolbar row it moved the page down, so the click on the
              target frame landed, once the row had gone, on the frame that moved under the pointer. */}
          {editing.threadFrom && (
            <div className="banner thread-pending" role="status" data-testid="thread-pending">
              {t('frames.thread.pending')}
              <button type="button" onClick={editing.cancelThreading}>
                {t('frames.thread.cancel')}
              </button>
            </div>
          )}
        </div>
        <SidePanelSlot panel="pages" side="left" shown={sidePanels.shown.pages} onToggle={sidePanels.toggle}>
          <PagesPanel currentPageId={page.id} editable={shell.editable} />
        </SidePanelSlot>
        <PhotoDropZone>
          <div className="page-text-layer" {...stories.layerProps}>
            <PageCanvas
              edition={edition}
              page={page}
              editable={shell.editable}
              selectedFrameIds={shell.selectedFrameIds}
              view={view}
              onView={dispatchView}
              text={text}
              editing={editing}
              overlay={stories.overlay}
            />
          </div>
        </PhotoDropZone>
        {/* One column for both, so selecting a photo does not narrow the page view (and re-fit it). */}
        <SidePanelSlot panel="inspector" side="right" shown={sidePanels.shown.inspector} onToggle={sidePanels.toggle}>
          <div className="inspector">
            <PropertiesPanel editing={editing} layout={readoutLayout} />
            <PhotoPanel />
          </div>
        </SidePanelSlot>
        <SidePanelSlot panel="stories" side="right" shown={sidePanels.shown.stories} onToggle={sidePanels.toggle}>
          <StoriesDock focus={textFocus} menuOwnsCommands={host.transport === 'electron'} mac={mac} onReveal={stories.reveal} />
        </SidePanelSlot>
      </div>
      <StatusBar selected={selected} label={selected ? frameLabel(selected.frame, edition, page, t) : ''} selection={selection} layout={readoutLayout} editionName={shell.name} />
      {exporting === 'pdf' && <ExportDialog host={host} edition={edition} onClose={closeExport} />}
      {exporting === 'epaper' && <EpaperDialog host={host} onClose={closeExport} />}
      {file.overlays}
    </div>
  );
}
