// banner.ts: the page banner as Chinese e-papers print it over the page image: `01版：要闻`.
// The 版次 is the page's label when it is one (A01 → A01版, 3 → 03版, 第3版 stays 第3版), else
// the page's position; the section (版名) follows a full-width colon when the page has one.
import type { Page } from '../model';

export function pageBanner(page: Pick<Page, 'label' | 'section'>, index: number): string {
  const label = page.label.normalize('NFC').trim();
  const section = page.section.normalize('NFC').trim();
  const numbered = /^([A-Za-z]*)(\d+)$/u.exec(label);
  let edition: string;
  if (numbered) edition = `${numbered[1] ?? ''}${(numbered[2] ?? '').padStart(2, '0')}版`;
  else if (label.endsWith('版')) edition = label;
  else edition = `${String(index + 1).padStart(2, '0')}版`;
  return section === '' ? edition : `${edition}：${section}`;
}
