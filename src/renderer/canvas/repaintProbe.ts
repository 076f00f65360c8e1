// repaintProbe.ts: keystroke → repainted page, measured with performance marks. The story editor
// marks the start of an edit (before its input is handled); the page view, once it has committed
// the composition that edit produced, waits for the frame to be painted and measures. Each
// `galley:edit-to-paint` measure is one edit; the e2e spec and the bench read them.
import { pageFrozenForBench } from '../layout';

export const EDIT_START_MARK = 'galley:edit-start';
export const EDIT_TO_PAINT_MEASURE = 'galley:edit-to-paint';

let pending = false;

/** Called as an edit begins (beforeinput, paste, a style key). */
export function markEditStart(): void {
  performance.clearMarks(EDIT_START_MARK);
  performance.mark(EDIT_START_MARK);
  pending = true;
  // A page frozen for the bench commits nothing: the edit is measured to the next paint.
  if (pageFrozenForBench()) afterCompositionCommit();
}

/**
 * Called after React committed a new page composition: if an edit is waiting, measures to the
 * next paint (the frame after requestAnimationFrame's, reached through a message, which runs
 * after the paint rather than before it).
 */
export function afterCompositionCommit(): void {
  if (!pending) return;
  pending = false;
  requestAnimationFrame(() => afterPaintChannel().postMessage(null));
}

// One channel for the session: making a MessageChannel costs the frame ~0.2 ms (a Mojo pipe), and
// the probe must not slow what it measures.
let channel: MessagePort | null = null;

function afterPaintChannel(): MessagePort {
  if (channel) return channel;
  const pair = new MessageChannel();
  pair.port1.onmessage = () => {
    if (performance.getEntriesByName(EDIT_START_MARK, 'mark').length === 0) return;
    performance.measure(EDIT_TO_PAINT_MEASURE, EDIT_START_MARK);
    performance.clearMarks(EDIT_START_MARK);
  };
  channel = pair.port2;
  return channel;
}
