// afterPaint.ts: work a keystroke causes that need not hold up the frame showing it (issue 5 §6).
// Sending the edit to the host costs the main thread ~1–2 ms (serialising the op, starting the
// request), and the readouts (story length, copyfit, timing) a render, a layout and a paint of
// their own; the host only needs the edits soon and in order, and a readout may follow a frame
// later. Both wait for this: the frame being built, then the main thread's next idle moment, with
// a fallback timer because hidden windows get no frames and few idle periods.

/** Longest wait before sending anyway (a busy or hidden window). */
export const SEND_DEADLINE_MS = 100;

/** Resolves after the next frame has been painted and the main thread is idle (or the deadline). */
export type AfterPaint = () => Promise<void>;

/** The wait asked for before the next frame began: everyone asking meanwhile shares it. */
let beforeFrame: Promise<void> | null = null;

export const afterPaint: AfterPaint = () => {
  // Outside a browser (the specs run in Node) there is no frame to wait for.
  if (typeof requestAnimationFrame !== 'function' || typeof requestIdleCallback !== 'function') return Promise.resolve();
  // One frame callback and one idle callback per frame, however many sends and readouts wait.
  if (beforeFrame) return beforeFrame;
  const wait = new Promise<void>((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(deadline);
      if (beforeFrame === wait) beforeFrame = null;
      resolve();
    };
    const deadline = setTimeout(finish, SEND_DEADLINE_MS);
    // An idle callback asked for inside a frame callback runs once that frame has been painted
    // and the tasks queued meanwhile (the edit's own bookkeeping) have run. A change made after
    // this frame began is painted in a later one: it waits anew.
    requestAnimationFrame(() => {
      if (beforeFrame === wait) beforeFrame = null;
      requestIdleCallback(finish, { timeout: SEND_DEADLINE_MS });
    });
  });
  beforeFrame = wait;
  return wait;
};

/**
 * A subscription whose listener is told of a change only after the next paint when `defer` says
 * so at the change (at most once per wait, however many changes came meanwhile), and at once
 * otherwise. For readouts (counts, timings) of typing: a keystroke's frame then carries the page,
 * and the readouts follow in the next one. Never for state that event handlers act on.
 */
export function subscribeAfterPaint(
  subscribe: (listener: () => void) => () => void,
  defer: () => boolean = () => true,
  wait: AfterPaint = afterPaint,
): (listener: () => void) => () => void {
  return (listener) => {
    let active = true;
    let waiting = false;
    const off = subscribe(() => {
      if (waiting) return;
      if (!defer()) {
        listener();
        return;
      }
      waiting = true;
      void wait().then(() => {
        waiting = false;
        if (active) listener();
      });
    });
    return () => {
      active = false;
      off();
    };
  };
}
