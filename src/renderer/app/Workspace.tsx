// Workspace.tsx: the editing screen: toolbar, banners, page list, page view and status bar.
import { type ReactNode, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { HostCommand } from '../../shared/host-api';
import { frameLabel, PageCanvas, type PageText } from '../canvas';
import { ExportDialog } from '../export';
import type { Host } from '../host';
import { useI18n } from '../i18n';
import { usePageLayout } from '../layout';
import { LayoutBanner, NoticeBar, PageThumbnails, ReadOnlyBanner, StatusBar, Toolbar } from '../panels';
import {
  currentEdition,
  currentPage,
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
import { nudgeDelta, nudged } from './nudge';
import { useShortcuts } from './useShortcuts';

export function Workspace({ host }: { host: Host }): ReactNode {
  const store = useEditorStore();
  const state = useEditorState();
  const { t } = useI18n();
  const [view, dispatchView] = useReducer(viewReducer, INITIAL_VIEW);
  const [exporting, setExporting] = useState(false);
  const edition = currentEdition(state);
  const page = currentPage(state);
  const selected = selectedFrame(state);
  const layout = usePageLayout(edition, page);
  const text = useMemo((): PageText | null => {
    if (layout.phase !== 'ready') return null;
    const ready = layout;
    return { composition: ready.composition, glyphs: ready.glyphs, fonts: ready.fonts };
  }, [layout]);

  const onFitZoom = useCallback((zoom: number) => dispatchView({ type: 'setFitZoom', zoom }), []);
  const onSelect = useCallback((frameId: string | null) => store.select(frameId), [store]);
  const onMove = useCallback((frameId: string, x: number, y: number) => store.moveFrame(frameId, x, y), [store]);

  const commands: Readonly<Record<HostCommand, () => void>> = {
    undo: () => store.undo(),
    redo: () => store.redo(),
    save: () => void store.save(),
    zoomIn: () => dispatchView({ type: 'zoomIn' }),
    zoomOut: () => dispatchView({ type: 'zoomOut' }),
    zoomFit: () => dispatchView({ type: 'zoomFit' }),
    toggleRulers: () => dispatchView({ type: 'toggleRulers' }),
    toggleGuides: () => dispatchView({ type: 'toggleGuides' }),
    exportPdf: () => setExporting(true),
  };

  // The menu listener is registered once per host; it reaches this render's handlers through a ref.
  const commandsRef = useRef(commands);
  commandsRef.current = commands;
  useEffect(() => host.onCommand((command) => commandsRef.current[command]()), [host]);

  useShortcuts(
    {
      ...commands,
      nudge: (direction, large) => {
        if (!selected || !edition) return;
        const target = nudged(selected.frame, nudgeDelta(direction, large, edition.format));
        store.moveFrame(selected.frame.id, target.x, target.y);
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
      />
      {state.readOnly && <ReadOnlyBanner lockedBy={state.lockedBy} />}
      {state.notice && <NoticeBar notice={state.notice} onDismiss={() => store.dismissNotice()} />}
      <LayoutBanner layout={layout} />
      <div className="workspace-body">
        <PageThumbnails edition={edition} currentPageId={page.id} onOpen={(id) => store.selectPage(id)} />
        <PageCanvas edition={edition} page={page} state={state} view={view} onFitZoom={onFitZoom} onSelect={onSelect} onMove={onMove} text={text} />
      </div>
      <StatusBar selected={selected} label={selected ? frameLabel(selected.frame, edition, page, t) : ''} layout={layout} />
      {exporting && <ExportDialog host={host} edition={edition} onClose={() => setExporting(false)} />}
    </div>
  );
}
