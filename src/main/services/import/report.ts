// report.ts: an ImportReport as text lines for the CLI and the window, in Chinese or English.
// The flags to check come right after the summary; full-width punctuation notes are grouped per
// paragraph (one line with every offset) so a page with two hundred commas still reads; every
// other note gets a line of its own.
import type { ImportReport, ImportReportNote } from './types';

export type ReportLocale = 'zh-CN' | 'en';

const FORMAT_NAME = {
  'zh-CN': { seed: '新闻稿', markdown: 'Markdown', text: '纯文本' },
  en: { seed: 'seed page', markdown: 'Markdown', text: 'plain text' },
} as const;

const KIND_LABEL = {
  'zh-CN': { 'rejoined-paragraph': '段落拼接', 'fullwidth-punctuation': '全角标点', 'possible-lost-text': '疑似缺字', 'stray-latin': '夹杂英文' },
  en: { 'rejoined-paragraph': 'rejoined', 'fullwidth-punctuation': 'full-width', 'possible-lost-text': 'lost text?', 'stray-latin': 'stray Latin' },
} as const;

function oneLine(text: string): string {
  return text.replace(/\n/gu, '⏎');
}

function where(note: ImportReportNote, locale: ReportLocale): string {
  return locale === 'zh-CN'
    ? `${note.storySlug} 第 ${note.paragraphIndex + 1} 段 字符 ${note.offset}（源文件第 ${note.sourceLine} 行）`
    : `${note.storySlug} ¶${note.paragraphIndex + 1} offset ${note.offset} (source line ${note.sourceLine})`;
}

function noteLine(note: ImportReportNote, locale: ReportLocale): string {
  const label = KIND_LABEL[locale][note.kind];
  const message = locale === 'zh-CN' ? note.message : note.messageEn;
  const change = note.repaired ? `“${oneLine(note.before)}” → “${oneLine(note.after)}”` : `“${oneLine(note.before)}”`;
  return `  [${label}] ${where(note, locale)}: ${change} ${message}`;
}

function punctuationLines(notes: readonly ImportReportNote[], locale: ReportLocale): string[] {
  const groups = new Map<string, ImportReportNote[]>();
  for (const note of notes) {
    const key = `${note.storyId}\u0000${note.paragraphId}`;
    groups.set(key, [...(groups.get(key) ?? []), note]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0];
    if (!first) return '';
    const lines = [...new Set(group.map((n) => n.sourceLine))].join(', ');
    const offsets = group.map((n) => n.offset).join(', ');
    const label = KIND_LABEL[locale]['fullwidth-punctuation'];
    return locale === 'zh-CN'
      ? `  [${label}] ${first.storySlug} 第 ${first.paragraphIndex + 1} 段（源文件第 ${lines} 行）：${group.length} 处半角标点改为全角，字符 ${offsets}`
      : `  [${label}] ${first.storySlug} ¶${first.paragraphIndex + 1} (source line ${lines}): ${group.length} half-width marks made full-width at offsets ${offsets}`;
  });
}

export function formatImportReport(report: ImportReport, locale: ReportLocale): string[] {
  const zh = locale === 'zh-CN';
  const articles = report.stories.filter((s) => s.kind === 'article').length;
  const repaired = report.notes.filter((n) => n.repaired);
  const flagged = report.notes.filter((n) => !n.repaired);
  const out: string[] = [];
  out.push(
    zh
      ? `导入 ${report.source}（${FORMAT_NAME[locale][report.format]}）：${report.stories.length} 篇稿件，其中文章 ${articles} 篇；修复 ${repaired.length} 处，标记 ${flagged.length} 处待核对`
      : `Imported ${report.source} (${FORMAT_NAME[locale][report.format]}): ${report.stories.length} stories, ${articles} of them articles; ${repaired.length} repairs, ${flagged.length} flags to check`,
  );
  // What someone must check comes first: at the end, after two hundred repairs, it was missed.
  if (flagged.length > 0) out.push(zh ? '标记（未修改，请核对原稿）：' : 'Flagged (not changed; check the original):');
  for (const note of flagged) out.push(noteLine(note, locale));
  out.push(zh ? '稿件：' : 'Stories:');
  for (const s of report.stories) {
    const credits = s.credits.map((c) => `${c.role}${c.role === '' ? '' : ' '}${c.names.join(' ')}`).join('；');
    const kind = zh ? { article: '文章', promo: '推广语', text: '正文' }[s.kind] : s.kind;
    out.push(
      zh
        ? `  ${s.slug} [${kind}] ${s.headline ?? '（无标题）'}｜${credits === '' ? '无署名' : credits}｜${s.paragraphs} 段 ${s.chars} 字`
        : `  ${s.slug} [${kind}] ${s.headline ?? '(no headline)'} | ${credits === '' ? 'no byline' : credits} | ${s.paragraphs} paragraphs, ${s.chars} chars`,
    );
  }
  for (const f of report.figures) {
    const slug = report.stories.find((s) => s.storyId === f.storyId)?.slug ?? f.storyId;
    out.push(zh ? `图片：${slug} 有图片说明（${f.credit}），需要一个图片框` : `Figure: ${slug} has a photo caption (${f.credit}) and needs an image frame`);
  }
  const punctuation = repaired.filter((n) => n.kind === 'fullwidth-punctuation');
  const otherRepairs = repaired.filter((n) => n.kind !== 'fullwidth-punctuation');
  if (repaired.length > 0) out.push(zh ? '修复：' : 'Repairs:');
  for (const note of otherRepairs) out.push(noteLine(note, locale));
  out.push(...punctuationLines(punctuation, locale));
  return out;
}
