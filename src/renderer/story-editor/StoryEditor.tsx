// StoryEditor.tsx: the story editor panel (galley view): a Lexical editor on the story open in
// TextFocus, with its paragraph style (Mod+1…8), bold and emphasis controls, find and replace
// across the edition, a character count and the report of the last paste. Every change goes to
// the document store as it is typed (useStorySync.ts), so the page recomposes live. The panel
// reads the story's name and the styles from the store; only the count (StoryCount) reads the
// story's text, so a keystroke renders the count again and not the panel.
import { memo, type ReactNode, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { NormalisedPaste } from '../../shared/import';
import { CharacterStyleIds, countChars, type Edition, paragraphText, type Story, type Styles } from '../../shared/model';
import { dataName, type MessageKey, useI18n } from '../i18n';
import { currentEdition, type EditorState, isEditable, subscribeAfterPaint, useEditorReadout, useEditorSelector, useEditorStore, useValueAfterPaint } from '../state';
import { FindReplace } from './FindReplace';
import { PasteReport } from './PasteReport';
import { PARAGRAPH_STYLE_KEYS } from './shortcuts';
import type { TextFocus } from './textFocus';
import { hasCharStyle } from './styleCommands';
import { useCaretRequests } from './useCaretRequests';
import { applyStyleShortcut, useEditorCommands } from './useEditorCommands';
import { useSelectionStyles } from './useSelectionStyles';
import { useStoryLexical } from './useStoryLexical';
import { useStorySync } from './useStorySync';
import './storyEditor.css';

export interface StoryEditorProps {
  readonly focus: TextFocus;
  /** Electron: undo and redo come from the application menu. */
  readonly menuOwnsCommands: boolean;
  readonly mac: boolean;
  /** Show the page a story is placed on (find stepping to a match on another page). */
  readonly onReveal: (storyId: string) => void;
}

const NO_STYLES: Styles = { paragraph: [], character: [], frame: [] };

function storyOf(state: EditorState, storyId: string | null): Story | null {
  return (storyId !== null && currentEdition(state)?.stories.find((s) => s.id === storyId)) || null;
}

export function StoryEditor(props: StoryEditorProps): ReactNode {
  const { t } = useI18n();
  const store = useEditorStore();
  const { focus } = props;
  // Parts of the focus, not all of it: the selection in it moves with every keystroke.
  const openId = useSyncExternalStore(focus.subscribe, () => focus.getState().storyId);
  const request = useSyncExternalStore(focus.subscribe, () => focus.getState().request);
  const requested = useSyncExternalStore(focus.subscribe, () => focus.getState().find);
  // The open story's id and slug: the story object itself changes with every keystroke.
  const storyId = useEditorSelector((state) => storyOf(state, openId)?.id ?? null);
  const slug = useEditorSelector((state) => storyOf(state, openId)?.slug ?? null);
  const stateEditable = useEditorSelector(isEditable);
  const editable = stateEditable && storyId !== null;
  const styles = useEditorSelector((state) => currentEdition(state)?.styles ?? NO_STYLES);
  const { editor, rootRef } = useStoryLexical(styles);
  // The last paste's report, for the story it was pasted into: opening another story closes it.
  const [pasted, setPasted] = useState<{ readonly storyId: string | null; readonly report: NormalisedPaste } | null>(null);
  if (pasted !== null && pasted.storyId !== storyId) setPasted(null);
  const report = pasted?.storyId === storyId ? (pasted?.report ?? null) : null;
  const [find, setFind] = useState<{ seq: number; replace: boolean } | null>(null);
  // Find and replace searches every story: the edition, only while it is open.
  const edition: Edition | null = useEditorSelector((state) => (find ? currentEdition(state) : null));
  const selection = useSelectionStyles(editor);

  useStorySync(editor, store, storyId, focus);
  useCaretRequests(editor, request, storyId);
  useEditorCommands(editor, {
    store,
    menuOwnsCommands: props.menuOwnsCommands,
    mac: props.mac,
    onPasted: (next) => setPasted({ storyId, report: next }),
    onFind: (replace) => focus.showFind(replace),
  });
  useEffect(() => {
    if (requested) setFind(requested);
  }, [requested]);
  useEffect(() => editor.setEditable(editable), [editor, editable]);

  const paragraphStyles = PARAGRAPH_STYLE_KEYS.flatMap((id) => styles.paragraph.filter((s) => s.id === id));
  const otherStyles = styles.paragraph.filter((s) => !PARAGRAPH_STYLE_KEYS.includes(s.id));

  return (
    <section className="story-editor" aria-label={t('stories.editor.title')} data-testid="story-editor" data-story-id={storyId ?? ''}>
      <header className="story-editor-head">
        <h2 className="panel-title">{slug ?? t('stories.editor.title')}</h2>
        {storyId !== null && <StoryCount storyId={storyId} focus={focus} />}
      </header>
      <div className="story-editor-tools" role="toolbar" aria-label={t('stories.editor.toolbar')}>
        <select
          aria-label={t('stories.editor.paragraphStyle')}
          data-testid="paragraph-style"
          disabled={!editable}
          value={selection.paragraph ?? ''}
          onChange={(e) => applyStyleShortcut(editor, { kind: 'paragraphStyle', styleId: e.target.value }, styles.character)}
        >
          {selection.paragraph === null && <option value="">{selection.selected ? t('stories.editor.mixed') : '—'}</option>}
          {[...paragraphStyles, ...otherStyles].map((s) => (
            <option key={s.id} value={s.id}>
              {dataName(t, s)}
            </option>
          ))}
        </select>
        <CharButton label="stories.editor.bold" styleId={CharacterStyleIds.bold} on={hasCharStyle(styles.character, selection.char, CharacterStyleIds.bold)} disabled={!editable} onApply={(styleId) => applyStyleShortcut(editor, { kind: 'charStyle', styleId }, styles.character)} />
        <CharButton label="stories.editor.emphasis" styleId={CharacterStyleIds.emphasis} on={hasCharStyle(styles.character, selection.char, CharacterStyleIds.emphasis)} disabled={!editable} onApply={(styleId) => applyStyleShortcut(editor, { kind: 'charStyle', styleId }, styles.character)} />
        <button type="button" aria-pressed={find !== null} onClick={() => (find ? setFind(null) : props.focus.showFind(false))}>
          {t('stories.editor.find')}
        </button>
      </div>
      {find && edition && (
        <FindReplace edition={edition} store={store} focus={props.focus} editable={stateEditable} replaceFirst={find.replace} seq={find.seq} onReveal={props.onReveal} onClose={() => setFind(null)} />
      )}
      {report && <PasteReport report={report} onClose={() => setPasted(null)} />}
      {storyId === null && <p className="story-editor-empty">{t('stories.editor.none')}</p>}
      <div className="story-editor-galley" hidden={storyId === null}>
        <div
          ref={rootRef}
          className="story-editor-text"
          contentEditable={editable}
          suppressContentEditableWarning
          role="textbox"
          aria-multiline="true"
          aria-label={slug !== null ? t('stories.editor.text', { slug }) : t('stories.editor.title')}
          aria-readonly={!editable}
          data-testid="story-editor-text"
          spellCheck={false}
        />
      </div>
    </section>
  );
}

function CharButton(props: { label: MessageKey; styleId: string; on: boolean; disabled: boolean; onApply: (styleId: string) => void }): ReactNode {
  const { t } = useI18n();
  return (
    <button type="button" className={`char-style char-style-${props.styleId}`} aria-pressed={props.on} disabled={props.disabled} onMouseDown={(e) => e.preventDefault()} onClick={() => props.onApply(props.styleId)}>
      {t(props.label)}
    </button>
  );
}

/**
 * The open story's length and the selection's: the one part of the panel typing changes. A
 * readout: it follows the story and the selection a frame after the page.
 */
const StoryCount = memo(function StoryCount({ storyId, focus }: { storyId: string; focus: TextFocus }): ReactNode {
  const { t } = useI18n();
  const store = useEditorStore();
  const subscribe = useMemo(() => subscribeAfterPaint(focus.subscribe, store.typingUnpainted), [focus, store]);
  const ranges = useSyncExternalStore(subscribe, focus.getRanges);
  const story = useEditorReadout((state) => storyOf(state, storyId));
  // The value, not only the subscriptions, waits for the paint: the editor reports the caret
  // before the store takes the keystroke, so the ranges' render would show the new count early.
  const counts = useValueAfterPaint(useMemo(() => (story ? storyCounts(story, ranges) : null), [story, ranges]));
  if (!counts) return null;
  return (
    <span className="story-editor-count" data-testid="story-char-count" data-chars={counts.chars}>
      {t('stories.editor.count', { chars: counts.chars, paragraphs: counts.paragraphs })}
      {counts.selected > 0 && ` · ${t('stories.editor.selected', { chars: counts.selected })}`}
    </span>
  );
});

/** 字 in the story and in the selection, and its paragraphs. */
function storyCounts(story: Story, ranges: ReadonlyArray<{ storyId: string; paragraphId: string; start: number; end: number }>): { chars: number; paragraphs: number; selected: number } {
  const byId = new Map(story.paragraphs.map((p) => [p.id, paragraphText(p)]));
  const selected = ranges.reduce((n, r) => (r.storyId === story.id ? n + countChars((byId.get(r.paragraphId) ?? '').slice(r.start, r.end)) : n), 0);
  return { chars: countChars([...byId.values()].join('\n')), paragraphs: story.paragraphs.length, selected };
}
