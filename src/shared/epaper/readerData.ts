// readerData.ts: data/edition.js, what the reader script needs — the edition record without its
// build stamp, and per article its headline, byline, pages, article page and a summary for the
// mobile article list.
import { EpaperPaths, type EpaperArticle, type EpaperEditionRecord, type EpaperReaderData } from './bundle';
import { articleSummary } from './storyContent';

/** Characters (code points) of the first 正文 paragraph the article list shows. */
export const SUMMARY_CHARS = 80;

export function readerData(
  record: Omit<EpaperEditionRecord, 'generatedAt' | 'generator'>,
  articles: readonly EpaperArticle[],
): EpaperReaderData {
  return {
    formatVersion: record.formatVersion,
    paper: record.paper,
    date: record.date,
    issue: record.issue,
    totalIssue: record.totalIssue,
    pdf: record.pdf,
    pages: record.pages,
    articles: articles.map((a) => ({
      id: a.id,
      headline: a.headline,
      byline: a.byline,
      pageIds: a.pageIds,
      href: EpaperPaths.article(a.id),
      summary: articleSummary(a, SUMMARY_CHARS),
    })),
  };
}
