// ppiTone.ts: the effective resolution of a placed picture, and the preflight colour it earns
// against the edition's thresholds (edition.output.imageWarnPpi / imageErrorPpi), so the badge
// on the page and the preflight report never disagree.
// The ppi itself is preflight's own imageFramePpi (src/shared/preflight).
import type { OutputSettings } from '../../shared/model';

export type PpiTone = 'ok' | 'warn' | 'error';

/** Below imageErrorPpi is an error, below imageWarnPpi a warning: the same cut-offs as preflight. */
export function ppiTone(ppi: number, output: Pick<OutputSettings, 'imageWarnPpi' | 'imageErrorPpi'>): PpiTone {
  if (ppi < output.imageErrorPpi) return 'error';
  if (ppi < output.imageWarnPpi) return 'warn';
  return 'ok';
}

/** Whole ppi, rounded down as the preflight report words it (149.7 is not yet 150). */
export function ppiLabel(ppi: number): number {
  return Math.floor(ppi);
}
