// fields.tsx: the properties panel's inputs. A number is committed on Enter or when the field
// loses focus, one edit per commit (so one undo step); Escape puts the shown value back. A value
// the field refuses (not a number, or out of what the frame can take) is said in a notice, and
// the field shows the frame's value again: it never keeps showing what was not applied.
import { type ReactNode, useEffect, useState } from 'react';
import { COMMITTED_FIELD_ATTRIBUTE } from '../app/shortcuts';
import { useEditorStore } from '../state';
import { type FieldRefusal, parseNumber } from './properties';

export function NumberField(props: {
  readonly label: string;
  /** The value as shown (already in the panel's unit and precision). */
  readonly value: string;
  /** Why a number is not taken, or null; the field says it and shows `value` again. */
  readonly refuse?: (value: number) => FieldRefusal | null;
  /** Applies the value; false when it changes nothing, and the field shows `value` again. */
  readonly onCommit: (value: number) => unknown;
  readonly testId: string;
  readonly disabled?: boolean;
}): ReactNode {
  const store = useEditorStore();
  const [draft, setDraft] = useState(props.value);
  // The text last committed: the field holds nothing uncommitted from the commit on, before the
  // store's new value has come back as props.value.
  const [committed, setCommitted] = useState<string | null>(null);
  useEffect(() => {
    setDraft(props.value);
    setCommitted(null);
  }, [props.value]);
  const commit = (): void => {
    if (draft.trim() === props.value || draft.trim() === '') {
      setDraft(props.value);
      return;
    }
    const value = parseNumber(draft);
    const refusal: FieldRefusal | null = value === null ? { key: 'frames.refused.notNumber', params: { text: draft.trim() } } : (props.refuse?.(value) ?? null);
    if (refusal !== null || value === null) {
      if (refusal) store.notify({ key: refusal.key, params: { ...refusal.params, field: props.label }, tone: 'error' });
      setDraft(props.value);
      return;
    }
    if (props.onCommit(value) === false) setDraft(props.value);
    else setCommitted(draft.trim());
  };
  const clean = draft.trim() === props.value || draft.trim() === committed;
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <input
        type="text"
        inputMode="decimal"
        data-testid={props.testId}
        value={draft}
        disabled={props.disabled ?? false}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        // With nothing typed since the last commit, undo and redo are the edition's (the app's
        // shortcuts, or in Electron its menu), not the input's: that brought back text typed
        // before the commit, which the frame no longer had.
        {...{ [COMMITTED_FIELD_ATTRIBUTE]: clean ? '' : undefined }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(props.value);
        }}
      />
    </label>
  );
}

export function SelectField<V extends string>(props: {
  readonly label: string;
  readonly value: V;
  readonly options: ReadonlyArray<{ readonly value: V; readonly label: string }>;
  readonly onChange: (value: V) => void;
  readonly testId: string;
  readonly disabled?: boolean;
}): ReactNode {
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value}
        disabled={props.disabled ?? false}
        // The options are exactly the values of V, so the chosen one is a V.
        onChange={(event) => props.onChange(event.target.value as V)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
