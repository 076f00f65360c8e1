// format.ts: the wording both kinds of bundle page share: the date as Chinese papers print it,
// the issue line, and the bundle's own file names for the reader's assets.
import { EpaperPaths, type EpaperReaderData } from '../../../../../shared/epaper/bundle';
import { escapeHtml } from './escape';

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** `2023-05-15` → `2023年5月15日 星期一`; a date that does not parse is shown as given. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return iso; // 2023-02-30
  return `${y}年${mo}月${d}日 ${WEEKDAYS[date.getUTCDay()] ?? ''}`.trim();
}

/** `第12期 总第3456期`, either part left out when the edition does not know it. */
export function issueLine(data: Pick<EpaperReaderData, 'issue' | 'totalIssue'>): string {
  const parts: string[] = [];
  if (data.issue !== null) parts.push(`第${data.issue}期`);
  if (data.totalIssue !== null) parts.push(`总第${data.totalIssue}期`);
  return parts.join(' ');
}

/** The reader's script and style, relative to a page `depth` folders below the bundle root. */
export function readerAssetPaths(depth: number): { script: string; style: string } {
  const up = '../'.repeat(depth);
  return { script: up + EpaperPaths.readerScript, style: up + EpaperPaths.readerStyle };
}

/** The 字号 buttons (shown by the reader script; without it the browser's own zoom serves). */
export function textSizeControls(): string {
  return [
    '<div class="text-size" role="group" aria-label="字号" hidden>',
    // The visible A−/A+ stays part of each button's name (WCAG 2.5.3, label in name).
    '<button type="button" class="btn btn-icon" data-text-step="-1">A−<span class="visually-hidden">减小字号</span></button>',
    '<output class="text-size-level">100%</output>',
    '<button type="button" class="btn btn-icon" data-text-step="1">A+<span class="visually-hidden">增大字号</span></button>',
    '</div>',
  ].join('');
}

/**
 * The pages' icon, inline: without one, browsers ask the server for /favicon.ico, a request
 * outside the bundle (and a 404 in the console). The paper's first character, white on red.
 */
export function iconLink(paper: string): string {
  const initial = Array.from(paper.trim())[0] ?? '报';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#a8141c"/><text x="16" y="24" font-size="22" font-family="serif" font-weight="700" text-anchor="middle" fill="#fff">${escapeHtml(initial)}</text></svg>`;
  return `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(svg)}">`;
}
