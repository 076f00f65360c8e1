// textFocus.ts: which story the story editor shows, where its selection is, and where the page
// wants the caret: view state shared by the page (the highlight, clicks on text), the stories
// panel and the editor, outside React so a caret move re-renders only the highlight. This is the
// text selection API later issues (proofing) read: `getRanges()` in source coordinates.
import type { SourceRange } from '../../shared/layout/output';

/** Put the caret (or a selection) here; `seq` makes a repeated request to the same place new. */
export interface CaretRequest {
  readonly seq: number;
  readonly storyId: string;
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
  /** Give the editor the keyboard focus (a double click), or only show the place (a click). */
  readonly focus: boolean;
}

export interface TextFocusState {
  /** The story open in the editor, or null. */
  readonly storyId: string | null;
  /** The editor's selection in that story, one range per paragraph (start === end for a caret). */
  readonly ranges: readonly SourceRange[];
  readonly request: CaretRequest | null;
  /** Bumped to ask the editor to show find and replace (true: with the replace field focused). */
  readonly find: { readonly seq: number; readonly replace: boolean } | null;
}

const EMPTY: TextFocusState = { storyId: null, ranges: [], request: null, find: null };

export class TextFocus {
  private state: TextFocusState = EMPTY;
  private readonly listeners = new Set<() => void>();
  private seq = 0;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): TextFocusState => this.state;

  readonly getRanges = (): readonly SourceRange[] => this.state.ranges;

  readonly getRequest = (): CaretRequest | null => this.state.request;

  /** Shows `storyId` in the editor (null closes it); its old selection no longer applies. */
  open(storyId: string | null): void {
    if (storyId === this.state.storyId) return;
    this.set({ storyId, ranges: [], request: null });
  }

  /** Opens the story with the caret or selection at a place in it. */
  openAt(place: { storyId: string; paragraphId: string; start: number; end?: number }, focus: boolean): void {
    const request: CaretRequest = { seq: ++this.seq, storyId: place.storyId, paragraphId: place.paragraphId, start: place.start, end: place.end ?? place.start, focus };
    this.set({ storyId: place.storyId, ranges: this.state.storyId === place.storyId ? this.state.ranges : [], request });
  }

  /** The editor reports its selection (source ranges of the open story). */
  select(ranges: readonly SourceRange[]): void {
    if (sameRanges(ranges, this.state.ranges)) return;
    this.set({ ranges });
  }

  showFind(replace: boolean): void {
    this.set({ find: { seq: ++this.seq, replace } });
  }

  private set(patch: Partial<TextFocusState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

function sameRanges(a: readonly SourceRange[], b: readonly SourceRange[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => {
      const o = b[i];
      return o !== undefined && r.storyId === o.storyId && r.paragraphId === o.paragraphId && r.start === o.start && r.end === o.end;
    })
  );
}
