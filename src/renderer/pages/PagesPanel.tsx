// PagesPanel.tsx: the pages panel: every page in order as a thumbnail with its label and section
// (one column, or facing pages side by side), buttons to add, duplicate and delete pages, drag
// and Alt+arrow reordering, and the current page's label, section and master. Every change is
// one undoable step through the store (pageOps.ts builds the ops).
import { type KeyboardEvent, memo, type ReactNode, useEffect, useRef, useState } from 'react';
import type { Edition, Page } from '../../shared/model';
import { useI18n } from '../i18n';
import { useEditorStore } from '../state';
import { freshIds } from '../state/ids';
import { addPageEdit, applyMasterEdit, deletePageEdit, duplicatePageEdit, movePageEdit, type PageEdit, pageFieldsEdit } from './pageOps';
import { PageThumbnail } from './PageThumbnail';
import { pageRows } from './spreads';
import { usePageReorder } from './usePageReorder';
import './pages.css';

const THUMB_WIDTH_PX = 120;
const SPREAD_THUMB_WIDTH_PX = 60;

export interface PagesPanelProps {
  readonly edition: Edition;
  readonly currentPageId: string;
  readonly editable: boolean;
}

export function PagesPanel(props: PagesPanelProps): ReactNode {
  const { edition, editable } = props;
  const { t } = useI18n();
  const store = useEditorStore();
  const [spreads, setSpreads] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<string | null>(null);
  const current = edition.pages.find((p) => p.id === props.currentPageId) ?? edition.pages[0];

  const run = (edit: PageEdit | null): void => {
    if (!edit) return;
    store.applyOps(edit.ops);
    store.selectPage(edit.showPageId);
  };
  const move = (pageId: string, index: number): void => {
    const edit = movePageEdit(edition, pageId, index);
    if (!edit) return;
    run(edit);
    focusAfter.current = pageId;
    const page = edition.pages.find((p) => p.id === pageId);
    setAnnouncement(t('pages.moved', { label: page?.label ?? '', number: Math.max(0, Math.min(edition.pages.length - 1, index)) + 1 }));
  };
  const reorder = usePageReorder({ list, spreads, enabled: editable, onMove: move });

  // After a keyboard move the thumbnail is rebuilt in its new place: give it the focus back.
  useEffect(() => {
    const id = focusAfter.current;
    if (id === null) return;
    focusAfter.current = null;
    list.current?.querySelector<HTMLElement>(`[data-page-id="${CSS.escape(id)}"]`)?.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, page: Page, index: number): void => {
    const step = event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : 0;
    const edge = event.key === 'Home' ? 0 : event.key === 'End' ? edition.pages.length - 1 : null;
    if (step === 0 && edge === null) return;
    // The arrows belong to the panel here, not to nudging the selected frame.
    event.preventDefault();
    event.stopPropagation();
    if (event.altKey && editable) {
      move(page.id, edge ?? index + step);
      return;
    }
    const target = edition.pages[edge ?? Math.max(0, Math.min(edition.pages.length - 1, index + step))];
    if (target) list.current?.querySelector<HTMLElement>(`[data-page-id="${CSS.escape(target.id)}"]`)?.focus();
  };

  const width = spreads ? SPREAD_THUMB_WIDTH_PX : THUMB_WIDTH_PX;
  const dropAt = (index: number): 'before' | 'after' | null => {
    const slot = reorder.drag?.slot;
    if (slot === undefined) return null;
    if (slot === index) return 'before';
    return slot === edition.pages.length && index === edition.pages.length - 1 ? 'after' : null;
  };

  return (
    <nav className={spreads ? 'thumbnails pages-panel is-spreads' : 'thumbnails pages-panel'} aria-label={t('pages.title')} data-testid="thumbnails">
      <h2 className="panel-title">{t('pages.title')}</h2>
      <div className="pages-actions" role="toolbar" aria-label={t('pages.actions')}>
        <button type="button" data-testid="page-add" title={t('pages.addTitle')} disabled={!editable} onClick={() => run(addPageEdit(edition, current?.id ?? null, freshIds(edition)))}>
          {t('pages.add')}
        </button>
        <button
          type="button"
          data-testid="page-duplicate"
          title={t('pages.duplicateTitle')}
          disabled={!editable || !current}
          onClick={() => current && run(duplicatePageEdit(edition, current.id, { newId: freshIds(edition), storySuffix: t('pages.copySuffix') }))}
        >
          {t('pages.duplicate')}
        </button>
        <button
          type="button"
          data-testid="page-delete"
          title={t('pages.deleteTitle')}
          disabled={!editable || !current || edition.pages.length <= 1}
          onClick={() => current && run(deletePageEdit(edition, current.id))}
        >
          {t('pages.delete')}
        </button>
        <button type="button" className="toggle" data-testid="pages-spreads" title={t('pages.spreadsTitle')} aria-pressed={spreads} onClick={() => setSpreads(!spreads)}>
          {t('pages.spreads')}
        </button>
      </div>
      <ol ref={list} aria-label={t('pages.list')} data-testid="page-list" data-layout={spreads ? 'spreads' : 'single'}>
        {pageRows(edition.pages.length, spreads).map((row) => (
          <li key={row.map((i) => edition.pages[i]?.id).join('+')} className={row.length === 1 && spreads && row[0] === 0 ? 'page-row is-first' : 'page-row'} data-testid="page-row">
            {row.map((index) => {
              const page = edition.pages[index];
              if (!page) return null;
              return (
                <PageThumbnail
                  key={page.id}
                  edition={edition}
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
        {announcement}
      </p>
      {current && <PageProperties key={current.id} edition={edition} page={current} editable={editable} onEdit={run} />}
    </nav>
  );
}

interface PagePropertiesProps {
  readonly edition: Edition;
  readonly page: Page;
  readonly editable: boolean;
  readonly onEdit: (edit: PageEdit | null) => void;
}

/**
 * Typing in a story makes a new edition on every keystroke; these fields read only the pages and
 * masters, so they are not rendered again for it (React rewrites a controlled input's name and
 * type on every render). `onEdit` only applies ops and selects a page: an earlier one does the same.
 */
function samePageProperties(a: PagePropertiesProps, b: PagePropertiesProps): boolean {
  return a.page === b.page && a.editable === b.editable && a.edition.pages === b.edition.pages && a.edition.masters === b.edition.masters;
}

/** The current page's label, section and master. Text fields commit on Enter or on leaving them. */
const PageProperties = memo(function PageProperties(props: PagePropertiesProps): ReactNode {
  const { edition, page, editable, onEdit } = props;
  const { t } = useI18n();
  const commit = (fields: { label?: string; section?: string }): void => onEdit(pageFieldsEdit(edition, page.id, fields));
  const field = (name: 'label' | 'section', value: string): ReactNode => (
    <input
      // Re-created when the value changes elsewhere (undo), so it never shows a stale draft.
      key={value}
      data-testid={`page-${name}`}
      defaultValue={value}
      disabled={!editable}
      onBlur={(event) => commit({ [name]: event.target.value })}
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
          onChange={(event) => onEdit(applyMasterEdit(edition, page.id, event.target.value === '' ? null : event.target.value))}
        >
          <option value="">{t('pages.noMaster')}</option>
          {edition.masters.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}, samePageProperties);
