// FindReplace.tsx: find and replace across every story of the edition (findReplace.ts). Stepping
// to a match opens its story in the editor with the match selected, which the page highlights;
// replace and replace all are each one undo step.
import { type KeyboardEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type { SourceRange } from '../../shared/layout/output';
import type { Edition } from '../../shared/model';
import { useI18n } from '../i18n';
import { currentEdition, type EditorStore } from '../state';
import { findMatches, replaceOps, stepMatch } from './findReplace';
import type { TextFocus } from './textFocus';

export interface FindReplaceProps {
  readonly edition: Edition;
  readonly store: EditorStore;
  readonly focus: TextFocus;
  readonly editable: boolean;
  /** Focus the replace field rather than the find field (Mod+H). */
  readonly replaceFirst: boolean;
  /** A find request's sequence number: a new one focuses the field again. */
  readonly seq: number;
  readonly onReveal: (storyId: string) => void;
  readonly onClose: () => void;
}

export function FindReplace(props: FindReplaceProps): ReactNode {
  const { t } = useI18n();
  const { edition, store, focus } = props;
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [index, setIndex] = useState(-1);
  // How many the last replace changed, said while the stories are as it left them (an undo or an
  // edit since makes it stale).
  const [replaced, setReplaced] = useState<{ readonly count: number; readonly stories: unknown } | null>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findMatches(edition.stories, query, { matchCase }), [edition.stories, query, matchCase]);

  useEffect(() => {
    (props.replaceFirst ? replaceRef : findRef).current?.focus();
  }, [props.replaceFirst, props.seq]);

  const show = (list: readonly SourceRange[], i: number): void => {
    setIndex(i);
    const match = list[i];
    if (!match) return;
    focus.openAt(match, false);
    props.onReveal(match.storyId);
  };
  const step = (forward: boolean): void => show(matches, stepMatch(matches.length, index, forward));
  const afterEdit = (at: number): void => {
    const now = currentEdition(store.getState());
    const list = now ? findMatches(now.stories, query, { matchCase }) : [];
    show(list, list.length === 0 ? -1 : Math.min(at, list.length - 1));
  };
  const replaceOne = (): void => {
    const match = matches[index];
    if (!match) return step(true);
    store.applyOps(replaceOps(edition, [match], replacement));
    setReplaced({ count: 1, stories: currentEdition(store.getState())?.stories });
    afterEdit(index);
  };
  const replaceAll = (): void => {
    if (matches.length === 0) return;
    store.applyOps(replaceOps(edition, matches, replacement));
    setReplaced({ count: matches.length, stories: currentEdition(store.getState())?.stories });
    afterEdit(0);
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') props.onClose();
    else if (event.key === 'Enter') {
      event.preventDefault();
      step(!event.shiftKey);
    }
  };

  const current = matches[index];
  const slug = current ? edition.stories.find((s) => s.id === current.storyId)?.slug : undefined;
  const status = query === '' ? '' : matches.length === 0 ? t('stories.find.none') : current ? t('stories.find.count', { index: index + 1, count: matches.length }) : t('stories.find.countNone', { count: matches.length });
  return (
    <form className="find-replace" role="search" aria-label={t('stories.find.title')} data-testid="find-replace" onSubmit={(e) => e.preventDefault()} onKeyDown={onKey}>
      <div className="find-row">
        <input
          ref={findRef}
          type="search"
          aria-label={t('stories.find.query')}
          placeholder={t('stories.find.query')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setIndex(-1);
            setReplaced(null);
          }}
        />
        <button type="button" aria-label={t('stories.find.previous')} title={t('stories.find.previous')} disabled={matches.length === 0} onClick={() => step(false)}>
          ↑
        </button>
        <button type="button" aria-label={t('stories.find.next')} title={t('stories.find.next')} disabled={matches.length === 0} onClick={() => step(true)}>
          ↓
        </button>
        <button type="button" className="find-close" aria-label={t('stories.find.close')} title={t('stories.find.close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <div className="find-row">
        <input ref={replaceRef} type="text" aria-label={t('stories.find.replacement')} placeholder={t('stories.find.replacement')} value={replacement} onChange={(e) => setReplacement(e.target.value)} />
        <button type="button" disabled={!props.editable || matches.length === 0} onClick={replaceOne}>
          {t('stories.find.replace')}
        </button>
        <button type="button" disabled={!props.editable || matches.length === 0} onClick={replaceAll}>
          {t('stories.find.replaceAll')}
        </button>
      </div>
      <div className="find-row find-status">
        <label>
          <input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} /> {t('stories.find.matchCase')}
        </label>
        <span data-testid="find-status" data-count={matches.length} aria-live="polite">
          {status}
          {slug !== undefined && ` ${t('stories.find.in', { slug })}`}
          {replaced !== null && replaced.stories === edition.stories && ` · ${t('stories.find.replaced', { count: replaced.count })}`}
        </span>
      </div>
    </form>
  );
}
