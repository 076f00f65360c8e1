// editorStore.ts: applies every edit locally through the shared undo history and sends the same
// op to the host, one request at a time so each names the revision the previous one produced.
// Typing (edits with a coalesce key, one per keystroke) is sent once the frame showing it has
// been painted (afterPaint.ts); other edits go at once, as the user's single actions. The queue
// keeps the order either way.
// When the host refuses (a conflict, a rejected op), the host's copy wins: the store reloads it
// and tells the user, rather than letting the screen drift from what is on disk.
import { canRedo, canUndo, commit, commitCoalescing, createHistory, type Edition, type History, type Op, OpError, redo, undo } from '../../shared/model';
import { type Host, HostError } from '../host';
import { hostMessage, hostRefusalOf } from '../i18n';
import { type AfterPaint, afterPaint } from './afterPaint';
import { canMove, currentPage, type EditorState, framesOnPage, INITIAL_STATE, isEditable, type Notice, withGroup } from './editorState';

/** Saving shortly after the last edit, so a burst of nudges costs one write. */
const SAVE_DEBOUNCE_MS = 800;

/** Edits sharing a coalesce key join one undo step until the user pauses this long (typing). */
export const COALESCE_PAUSE_MS = 1000;

export interface ApplyOptions {
  /**
   * Consecutive edits with the same key, none more than COALESCE_PAUSE_MS after the last, undo
   * as one step (the story editor's typing). Any other edit, undo or redo ends the burst.
   */
  readonly coalesceKey?: string;
}

type Step = (history: History) => { history: History; applied: Op | null };

export interface EditorStoreOptions {
  /** What sending a typing edit waits for (default afterPaint: the frame showing it is painted). */
  readonly beforeSend?: AfterPaint;
  /** Until when a keystroke's edit counts as not yet painted (default afterPaint). */
  readonly painted?: AfterPaint;
}

export class EditorStore {
  private state: EditorState = INITIAL_STATE;
  private readonly listeners = new Set<() => void>();
  /** Bumped by every load: answers to requests from before a reload are ignored. */
  private generation = 0;
  private sendQueue: Promise<void> = Promise.resolve();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** The typing burst edits with a coalesce key join; `epoch` tells bursts of one key apart. */
  private burst: { readonly key: string; readonly epoch: number; readonly at: number } | null = null;

  private readonly beforeSend: AfterPaint;
  private readonly painted: AfterPaint;
  /** Keystroke edits whose frame has not been painted yet (see typingUnpainted). */
  private unpaintedTyping = 0;

  constructor(
    private readonly host: Host,
    options: EditorStoreOptions = {},
  ) {
    this.beforeSend = options.beforeSend ?? afterPaint;
    this.painted = options.painted ?? afterPaint;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): EditorState => this.state;

  /**
   * Whether a keystroke's edit is waiting for the frame that shows it. Readouts (counts, copyfit)
   * then follow a frame after the page, whatever else changes meanwhile (the host's answer to the
   * previous keystroke often lands in the next one's frame); otherwise they follow at once.
   */
  readonly typingUnpainted = (): boolean => this.unpaintedTyping > 0;

  private set(patch: Partial<EditorState> | ((s: EditorState) => Partial<EditorState>), typing = false): void {
    const delta = typeof patch === 'function' ? patch(this.state) : patch;
    this.state = { ...this.state, ...delta };
    if (typing) {
      this.unpaintedTyping++;
      void this.painted().then(() => {
        this.unpaintedTyping--;
      });
    }
    for (const listener of this.listeners) listener();
  }

  async load(notice: Notice | null = null): Promise<void> {
    const generation = ++this.generation;
    this.cancelSave();
    this.set({ status: this.state.history ? this.state.status : 'loading', reloading: this.state.history !== null, loadError: null });
    try {
      const doc = await this.host.getDocument({});
      if (generation !== this.generation) return;
      const pages = doc.edition.pages;
      const pageId = pages.some((p) => p.id === this.state.pageId) ? this.state.pageId : (pages[0]?.id ?? null);
      this.sendQueue = Promise.resolve();
      this.set((s) => ({
        status: 'ready',
        reloading: false,
        history: createHistory(doc.edition),
        name: doc.name,
        readOnly: doc.readOnly,
        lockedBy: doc.lockedBy,
        revision: doc.revision,
        savedRevision: doc.revision,
        pendingOps: 0,
        saving: false,
        saveFailed: false,
        pageId,
        ...selection(stillShown(doc.edition, pageId, s.selectedFrameIds), s.selectedFrameId),
        notice: notice ?? s.notice,
      }));
    } catch (error) {
      if (generation !== this.generation) return;
      // With a page already on screen, it stays visible (read-only in effect) with the reason.
      const reason = loadFailure(error);
      this.set((s) => ({ status: 'error', reloading: false, loadError: reason, notice: s.history ? reason : s.notice }));
    }
  }

  selectPage(pageId: string): void {
    this.set({ pageId, selectedFrameId: null, selectedFrameIds: [] });
  }

  /**
   * Selects a frame of the shown page with its group: 'replace' (a click), 'toggle' (a
   * shift-click adds it, or takes it and its group out) or 'add'. Null clears the selection.
   */
  select(frameId: string | null, mode: SelectMode = 'replace'): void {
    if (frameId === null) {
      if (mode === 'replace') this.set({ selectedFrameId: null, selectedFrameIds: [] });
      return;
    }
    const page = currentPage(this.state);
    const ids = page ? withGroup(page, frameId) : [frameId];
    if (mode === 'toggle' && this.state.selectedFrameIds.includes(frameId)) {
      const rest = this.state.selectedFrameIds.filter((id) => !ids.includes(id));
      this.set(selection(rest, this.state.selectedFrameId));
      return;
    }
    this.selectFrames(ids, mode === 'replace' ? 'replace' : 'add');
  }

  /**
   * One frame of a group on its own (a second click inside a selected group), to move, resize
   * or delete it apart from the others; any other frame is selected as select() does.
   */
  selectMember(frameId: string): void {
    const page = currentPage(this.state);
    if (!page?.frames.some((f) => f.id === frameId)) return;
    this.set(selection([frameId], frameId));
  }

  /** Several frames at once (a marquee, select all, a paste); the first becomes the primary. */
  selectFrames(frameIds: readonly string[], mode: 'replace' | 'add' = 'replace'): void {
    const page = currentPage(this.state);
    const expanded = page ? frameIds.flatMap((id) => withGroup(page, id)) : [...frameIds];
    if (mode === 'replace') {
      this.set(selection(unique(expanded), frameIds[0] ?? null));
      return;
    }
    const ids = unique([...this.state.selectedFrameIds, ...expanded]);
    this.set(selection(ids, frameIds[0] ?? this.state.selectedFrameId));
  }

  /** Tells the user something (a refused command, say) in the notice bar. */
  notify(notice: Notice): void {
    this.set({ notice });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  /** Moves a frame of the current page; refused for locked and master frames and read-only. */
  moveFrame(frameId: string, x: number, y: number): void {
    const page = currentPage(this.state);
    const history = this.state.history;
    if (!page || !history) return;
    const placed = framesOnPage(history.edition, page).find((p) => p.frame.id === frameId);
    if (!placed || !canMove(this.state, placed)) return;
    if (placed.frame.x === x && placed.frame.y === y) return;
    this.run((h) => commit(h, { type: 'moveFrame', pageId: page.id, frameId, x, y }));
  }

  /**
   * Any edit, as one undoable step (several ops become one batch). Callers check permissions
   * (canMove, locked, master) before building ops; read-only and reloading states refuse here,
   * and an op that does not fit the edition shows its reason as a notice.
   */
  applyOps(ops: readonly Op[], options: ApplyOptions = {}): void {
    const [first] = ops;
    if (!first) return;
    const op: Op = ops.length === 1 ? first : { type: 'batch', ops };
    const key = options.coalesceKey;
    if (key === undefined) {
      this.run((h) => commit(h, op));
      return;
    }
    // A pause ends a burst: the same key after it starts a new step (a new epoch makes it differ).
    const now = Date.now();
    if (this.burst?.key !== key || now - this.burst.at > COALESCE_PAUSE_MS) this.burst = { key, epoch: (this.burst?.epoch ?? 0) + 1, at: now };
    else this.burst = { ...this.burst, at: now };
    const burstKey = `${key}#${this.burst.epoch}`;
    this.run((h) => commitCoalescing(h, op, burstKey), true);
  }

  undo(): void {
    if (this.state.history && canUndo(this.state.history)) this.run(undo);
  }

  redo(): void {
    if (this.state.history && canRedo(this.state.history)) this.run(redo);
  }

  /** Writes now: waits for edits in flight, then asks the host to save. */
  async save(): Promise<void> {
    if (this.state.status !== 'ready' || this.state.readOnly) return;
    this.cancelSave();
    const generation = this.generation;
    await this.sendQueue;
    if (generation !== this.generation) return;
    this.set({ saving: true });
    try {
      const result = await this.host.save({});
      if (generation !== this.generation) return;
      this.set((s) => ({ saving: false, saveFailed: false, savedRevision: Math.max(s.savedRevision, result.savedRevision) }));
    } catch (error) {
      if (generation !== this.generation) return;
      // The host's refusal in the window's language when it gave one (a folder gone missing).
      const refusal = hostRefusalOf(error);
      const notice: Notice = refusal ? { ...refusal, tone: 'error' } : { key: 'notice.saveFailed', params: { message: hostMessage(error) }, tone: 'error' };
      this.set({ saving: false, saveFailed: true, notice });
    }
  }

  /** Stops timers; the store is not used afterwards. */
  dispose(): void {
    this.generation++;
    this.cancelSave();
  }

  /** `typing`: the edit is a keystroke's, sent once its frame has been painted. */
  private run(step: Step, typing = false): void {
    const history = this.state.history;
    if (!history || !isEditable(this.state)) return;
    let result: { history: History; applied: Op | null };
    try {
      result = step(history);
    } catch (error) {
      if (!(error instanceof OpError)) throw error;
      this.set({ notice: { key: 'notice.opFailed', params: { message: error.message }, tone: 'error' } });
      return;
    }
    const op = result.applied;
    if (!op) return;
    this.set((s) => ({ history: result.history, pendingOps: s.pendingOps + 1 }), typing);
    this.send(op, typing);
  }

  private send(op: Op, typing: boolean): void {
    const generation = this.generation;
    this.sendQueue = this.sendQueue.then(async () => {
      if (typing) await this.beforeSend();
      if (generation !== this.generation) return;
      try {
        const { revision } = await this.host.applyOps({ baseRevision: this.state.revision, ops: [op] });
        if (generation !== this.generation) return;
        this.set((s) => ({ revision, pendingOps: s.pendingOps - 1 }));
        this.scheduleSave();
      } catch (error) {
        if (generation !== this.generation) return;
        const notice: Notice =
          error instanceof HostError && error.code === 'conflict'
            ? { key: 'notice.conflict', tone: 'error' }
            : { key: 'notice.rejected', params: { message: hostMessage(error) }, tone: 'error' };
        await this.load(notice);
      }
    });
  }

  private scheduleSave(): void {
    this.cancelSave();
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.save();
    }, SAVE_DEBOUNCE_MS);
  }

  private cancelSave(): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
  }
}

export type SelectMode = 'replace' | 'toggle' | 'add';

/** A selection survives a reload while its frames are still drawn on the page, master items included. */
function stillShown(edition: Edition, pageId: string | null, frameIds: readonly string[]): string[] {
  const page = edition.pages.find((p) => p.id === pageId);
  if (!page) return [];
  const shown = new Set(framesOnPage(edition, page).map((p) => p.frame.id));
  return frameIds.filter((id) => shown.has(id));
}

/** The selection fields for `ids`, keeping `primary` when it is still among them. */
function selection(ids: readonly string[], primary: string | null): Pick<EditorState, 'selectedFrameId' | 'selectedFrameIds'> {
  const first = primary !== null && ids.includes(primary) ? primary : (ids[0] ?? null);
  return { selectedFrameId: first, selectedFrameIds: ids };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Why loading failed, in words staff can act on: a lost connection to Galley or a stale access
 * token (the loopback host) by what to do; anything else by the host's message.
 */
function loadFailure(error: unknown): Notice {
  const code = error instanceof HostError ? error.code : null;
  if (code === 'transport') return { key: 'app.loadFailed.connection', params: { message: hostMessage(error) }, tone: 'error' };
  if (code === 'unauthorized') return { key: 'app.loadFailed.token', tone: 'error' };
  return { key: 'app.loadFailed', params: { message: hostMessage(error) }, tone: 'error' };
}
