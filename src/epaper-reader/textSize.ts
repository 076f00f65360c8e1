// textSize.ts: the 字号 buttons of the article pages and the phone article list. The size is a
// CSS custom property on <html> (reader.css scales the reading text by it) and is remembered
// between pages and visits (fontSize.ts).
import { clampStep, readTextStep, safeStorage, TEXT_STEPS, writeTextStep } from './fontSize';

const PROPERTY = '--text-scale';

/** Applies the remembered size, then wires every `.text-size` group on the page. */
export function mountTextSize(root: Document): void {
  const storage = safeStorage(() => window.localStorage);
  let step = readTextStep(storage);
  const groups = [...root.querySelectorAll<HTMLElement>('.text-size')];

  function apply(): void {
    const scale = TEXT_STEPS[step] ?? 1;
    root.documentElement.style.setProperty(PROPERTY, String(scale));
    for (const group of groups) {
      const level = group.querySelector('output');
      if (level) level.value = `${Math.round(scale * 100)}%`;
      const smaller = group.querySelector<HTMLButtonElement>('[data-text-step="-1"]');
      const larger = group.querySelector<HTMLButtonElement>('[data-text-step="1"]');
      if (smaller) smaller.disabled = step <= 0;
      if (larger) larger.disabled = step >= TEXT_STEPS.length - 1;
    }
  }

  for (const group of groups) {
    group.hidden = false; // the buttons need this script; without it they are not shown at all
    group.addEventListener('click', (e) => {
      const button = (e.target as Element | null)?.closest<HTMLButtonElement>('[data-text-step]');
      if (!button) return;
      step = clampStep(step + Number(button.dataset['textStep']));
      writeTextStep(storage, step);
      apply();
    });
  }
  apply();
}
