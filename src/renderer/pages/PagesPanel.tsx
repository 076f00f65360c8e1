// PagesPanel.tsx: the pages panel: every page in order as a thumbnail with its label and section
// (one column, or facing pages side by side), buttons to add, duplicate and delete pages, drag
// and Alt+arrow reordering, and the current page's label, section and master. Every change is
// one undoable step through the store (pageOps.ts builds the ops). It reads only the pages, the
// masters and the paper from the store, so typing in a story does not render it again; every
// edit is built from the edition as it is when the user acts.
import { type KeyboardEvent, memo, type ReactNode, useEffect, useRef, useState } from 'react';
import type { Edition, Master, Page } from '../../shared/model';
import { type Translate, useI18n } from '../i18n';
import { currentEdition, type EditorState, sameFields, useEditorSelector, useEditorStore } from '../state';
import { freshIds } from '../state/ids';
import { addPageEdit, applyMasterEdit, deletePageEdit, duplicatePageEdit, movePageEdit, type PageEdit, pageFieldsEdit, pageLabelRefusal, storiesOnPage } from './pageOps';
import { PageThumbnail } from './PageThumbnail';
import { pageRows } from './spreads';
import { usePageReorder } from './usePageReorder';
import './pages.css';

const THUMB_WIDTH_PX = 120;
const SPREAD_THUMB_WIDTH_PX = 60;

export interface PagesPanelProps {
  readonly currentPageId: string;
  readonly editable: boolean;
}

/** What the panel draws: the pages, the masters they show and the paper's shape. */
type Sheets = Pick<Edition, 'pages' | 'masters' | 'format'>;

function sheetsOf(state: EditorState): Sheets | null {
  const edition = currentEdition(state);
  return edition ? { pages: edition.pages, masters: edition.masters, format: edition.format } : null;
}

function sameSheets(a: Sheets | null, b: Sheets | null): boolean {
  return a === b || (a !== null && b !== null && sameFields(a, b));
}

/** Builds an edit; it is given the edition as it is when the user acts. */
type MakeEdit = (edition: Edition) => PageEdit | null;

export const PagesPanel = memo(function PagesPanel(props: PagesPanelProps): ReactNode {
  const { editable } = props;
  const { t } = useI18n();
  const store = useEditorStore();
  const sheets = useEditorSelector(sheetsOf, sameSheets);
  const [spreads, setSpreads] = useState(false);
  // Kept as what to say, not the words, so a language switch after the move is followed.
  const [announcement, setAnnouncement] = useState<{ label: string; number: number } | null>(null);
  // The page whose deletion waits for a yes: one with frames on it (an empty one goes at once).
  const [confirming, setConfirming] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<string | null>(null);

  const run = (make: MakeEdit): PageEdit | null => {
    const live = currentEdition(store.getState());
    const edit = live ? make(live) : null;
    if (!edit) return null;
    store.applyOps(edit.ops);
    store.selectPage(edit.showPageId);
    return edit;
  };
  const move = (pageId: string, index: number): void => {
    const pages = currentEdition(store.getState())?.pages ?? [];
    if (!run((live) => movePageEdit(live, pageId, index))) return;
    focusAfter.current = pageId;
    const page = pages.find((p) => p.id === pageId);
    setAnnouncement({ label: page?.label ?? '', number: Math.max(0, Math.min(pages.length - 1, index)) + 1 });
  };
  const reorder = usePageReorder({ list, spreads, enabled: editable, onMove: move });

  // After a keyboard move the thumbnail is rebuilt in its new place: give it the focus back.
  useEffect(() => {
    const id = focusAfter.current;
    if (id === null) return;
    focusAfter.current = null;
    list.current?.querySelector<HTMLElement>(`[data-page-id="${CSS.escape(id)}"]`)?.focus();
  });

  if (!sheets) return null;
  const current = sheets.pages.find((p) => p.id === props.currentPageId) ?? sheets.pages[0];

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, page: Page, index: number): void => {
    const step = event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : 0;
    const edge = event.key === 'Home' ? 0 : event.key === 'End' ? sheets.pages.length - 1 : null;
    if (step === 0 && edge === null) return;
    // The arrows belong to the panel here, not to nudging the selected frame.
    event.preventDefault();
    event.stopPropagation();
    if (event.altKey && editable) {
      move(page.id, edge ?? index + step);
      return;
    }
    const target = sheets.pages[edge ?? Math.max(0, Math.min(sheets.pages.length - 1, index + step))];
    if (target) list.current?.querySelector<HTMLElement>(`[data-page-id="${CSS.escape(target.id)}"]`)?.focus();
  };

  const width = spreads ? SPREAD_THUMB_WIDTH_PX : THUMB_WIDTH_PX;
  const dropAt = (index: number): 'before' | 'after' | null => {
    const slot = reorder.drag?.slot;
    if (slot === undefined) return null;
    if (slot === index) return 'before';
    return slot === sheets.pages.length && index === sheets.pages.length - 1 ? 'after' : null;
  };

  return (
    <nav className={spreads ? 'thumbnails pages-panel is-spreads' : 'thumbnails pages-panel'} aria-label={t('pages.title')} data-testid="thumbnails">
      <h2 className="panel-title">{t('pages.title')}</h2>
      <div className="pages-actions" role="toolbar" aria-label={t('pages.actions')}>
        <button type="button" data-testid="page-add" title={t('pages.addTitle')} disabled={!editable} onClick={() => run((live) => addPageEdit(live, current?.id ?? null, freshIds(live)))}>
          {t('pages.add')}
        </button>
        <button
          type="button"
          data-testid="page-duplicate"
          title={t('pages.duplicateTitle')}
          disabled={!editable || !current}
          onClick={() => current && run((live) => duplicatePageEdit(live, current.id, { newId: freshIds(live), storySuffix: t('pages.copySuffix') }))}
        >
          {t('pages.duplicate')}
        </button>
        <button
          type="button"
          data-testid="page-delete"
          title={t('pages.deleteTitle')}
          disabled={!editable || !current || sheets.pages.length <= 1}
          onClick={() => {
            if (!current) return;
            if (current.frames.length > 0) setConfirming(current.id);
            else run((live) => deletePageEdit(live, current.id));
          }}
        >
          {t('pages.delete')}
        </button>
        <button type="button" className="toggle" data-testid="pages-spreads" title={t('pages.spreadsTitle')} aria-pressed={spreads} onClick={() => setSpreads(!spreads)}>
          {t('pages.spreads')}
        </button>
      </div>
      {current && confirming === current.id && (
        <div className="pages-confirm" role="alert" data-testid="page-delete-confirm">
          <p>{t('pages.deleteConfirm', { label: current.label, frames: current.frames.length, stories: storiesText(storiesOnPage(sheets?.pages ?? [], current.id), t) })}</p>
          <button
            type="button"
            data-testid="page-delete-confirmed"
            disabled={!editable}
            onClick={() => {
              setConfirming(null);
              run((live) => deletePageEdit(live, current.id));
            }}
          >
            {t('pages.deleteConfirmed')}
          </button>
          <button type="button" onClick={() => setConfirming(null)}>
            {t('pages.deleteCancel')}
          </button>
        </div>
      )}
      <ol ref={list} aria-label={t('pages.list')} data-testid="page-list" data-layout={spreads ? 'spreads' : 'single'}>
        {pageRows(sheets.pages.length, spreads).map((row) => (
          <li key={row.map((i) => sheets.pages[i]?.id).join('+')} className={row.length === 1 && spreads && row[0] === 0 ? 'page-row is-first' : 'page-row'} data-testid="page-row">
            {row.map((index) => {
              const page = sheets.pages[index];
              if (!page) return null;
              return (
                <PageThumbnail
                  key={page.id}
                  edition={sheets}
                  page={page}
                  width={width}
                  current={page.id === current?.id}
                  drop={dropAt(index)}
                  dragging={reorder.drag?.pageId === page.id}
                  onPointerDown={(event) => reorder.begin(event, page.id, index)}
                  onClick={() => {
                    if (!reorder.consumeClick()) store.selectPage(page.id);
                  }}
                  onKeyDown={(event) => onKeyDown(event, page, index)}
                />
              );
            })}
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement && t('pages.moved', announcement)}
      </p>
      {current && <PageProperties key={current.id} masters={sheets.masters} page={current} editable={editable} onEdit={run} />}
    </nav>
  );
});

interface PagePropertiesProps {
  readonly masters: readonly Master[];
  readonly page: Page;
  readonly editable: boolean;
  readonly onEdit: (make: MakeEdit) => void;
}

/**
 * Rendered again only when the page, the masters or the right to edit change (React rewrites a
 * controlled input's name and type on every render). `onEdit` builds its edit from the edition
 * as it is when called, so an earlier one does the same.
 */
function samePageProperties(a: PagePropertiesProps, b: PagePropertiesProps): boolean {
  return a.page === b.page && a.editable === b.editable && a.masters === b.masters;
}

/** The current page's label, section and master. Text fields commit on Enter or on leaving them. */
const PageProperties = memo(function PageProperties(props: PagePropertiesProps): ReactNode {
  const { masters, page, editable, onEdit } = props;
  const { t } = useI18n();
  const store = useEditorStore();
  /** False when the value is refused (said in a notice): the field then shows the page's again. */
  const commit = (fields: { label?: string; section?: string }): boolean => {
    const live = currentEdition(store.getState());
    const refusal = live && fields.label !== undefined && fields.label.trim() !== page.label ? pageLabelRefusal(live, page.id, fields.label) : null;
    if (refusal) {
      store.notify({ ...refusal, tone: 'error' });
      return false;
    }
    onEdit((edition) => pageFieldsEdit(edition, page.id, fields));
    return true;
  };
  const field = (name: 'label' | 'section', value: string): ReactNode => (
    <input
      // Re-created when the value changes elsewhere (undo), so it never shows a stale draft.
      key={value}
      data-testid={`page-${name}`}
      defaultValue={value}
      disabled={!editable}
      onBlur={(event) => {
        if (!commit({ [name]: event.target.value })) event.target.value = value;
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          event.currentTarget.value = value;
          event.currentTarget.blur();
        }
      }}
    />
  );
  return (
    <section className="page-properties" aria-label={t('pages.current')} data-testid="page-properties">
      <h3 className="panel-title">{t('pages.current')}</h3>
      <label>
        <span>{t('pages.label')}</span>
        {field('label', page.label)}
      </label>
      <label>
        <span>{t('pages.section')}</span>
        {field('section', page.section)}
      </label>
      <label>
        <span>{t('pages.master')}</span>
        <select
          data-testid="page-master"
          value={page.masterId ?? ''}
          disabled={!editable}
          onChange={(event) => {
            const masterId = event.target.value === '' ? null : event.target.value;
            onEdit((live) => applyMasterEdit(live, page.id, masterId));
          }}
        >
          <option value="">{t('pages.noMaster')}</option>
          {masters.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}, samePageProperties);

/** What the deletion does to the page's stories, in a sentence or two ('' for none). */
function storiesText(stories: { unplaced: number; continued: number }, t: Translate): string {
  return [stories.unplaced > 0 ? t('pages.deleteStories.unplaced', { count: stories.unplaced }) : '', stories.continued > 0 ? t('pages.deleteStories.continued', { count: stories.continued }) : ''].join('');
}
