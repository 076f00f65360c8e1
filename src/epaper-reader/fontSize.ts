// fontSize.ts: the reader's text size (article pages and the phone article list), remembered in
// localStorage. Storage may be missing or throw (file:// in some browsers, private modes, a
// full quota); then the setting lasts for the page only.

const KEY = 'galley-epaper.textSize';

/** Multipliers of the base reading size; index DEFAULT_STEP is 100 %. */
export const TEXT_STEPS = [0.875, 1, 1.125, 1.25, 1.5, 1.75] as const;
export const DEFAULT_STEP = 1;

/** A storage that answers, or null. */
export function safeStorage(get: () => Storage): Storage | null {
  try {
    const storage = get();
    storage.getItem(KEY); // file:// may hand out an object that throws on use
    return storage;
  } catch {
    return null;
  }
}

/** The remembered step, or the default for no, foreign or damaged values. */
export function readTextStep(storage: Pick<Storage, 'getItem'> | null): number {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(KEY) ?? null;
  } catch {
    return DEFAULT_STEP;
  }
  const n = raw !== null && /^\d{1,2}$/u.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 0 && n < TEXT_STEPS.length ? n : DEFAULT_STEP;
}

export function writeTextStep(storage: Pick<Storage, 'setItem'> | null, step: number): void {
  try {
    storage?.setItem(KEY, String(step));
  } catch {
    // quota or a locked-down file:// origin: the choice holds until the page is left
  }
}

export function clampStep(step: number): number {
  return Math.min(TEXT_STEPS.length - 1, Math.max(0, step));
}
