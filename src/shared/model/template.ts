// template.ts: fills page-furniture fields ({paper}, 第{pageNumberZh}版 …) from the edition.
import type { EditionMeta } from './meta';
import type { Page } from './page';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 24 → 二十四, 100 → 一百 (版次 are rarely above 99). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 20) return `十${n % 10 === 0 ? '' : (DIGITS[n % 10] ?? '')}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)] ?? ''}十${n % 10 === 0 ? '' : (DIGITS[n % 10] ?? '')}`;
  return String(n);
}

/** 2023-05-15 → 2023年5月15日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** 2023-05-15 → 星期一 (the calendar day itself, whatever the time zone). */
export function chineseWeekday(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return `星期${WEEKDAYS[day] ?? ''}`;
}

export function fillTemplate(template: string, meta: EditionMeta, page: Page): string {
  const fields: Record<string, string> = {
    paper: meta.paper,
    date: chineseDate(meta.date),
    weekday: chineseWeekday(meta.date),
    pageNumber: String(page.number),
    pageNumberZh: chineseNumber(page.number),
    pageLabel: page.label,
    section: page.section,
    issue: meta.issue === null ? '' : String(meta.issue),
    editor: meta.credits.editor,
    designer: meta.credits.designer,
    proofreader: meta.credits.proofreader,
  };
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => fields[name] ?? whole);
}
