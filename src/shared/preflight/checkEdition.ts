// checkEdition.ts: all the preflight rules over one edition, as one sorted report. Pure: the
// layout and the facts about files and fonts come in (input.ts); the main process gathers them
// (src/main/services/preflight), and the same function could run wherever they are at hand.
import { colorIssues } from './colorRules';
import { buildReport, preflightContext } from './context';
import { embeddingIssues, missingFontIssues } from './fontRules';
import { blankPageIssues, duplicateLabelIssues, emptyFrameIssues, outsideBleedIssues } from './frameRules';
import type { PreflightInput } from './input';
import { imageIssues } from './imageRules';
import type { PreflightIssue, PreflightReport } from './report';
import { marginTextIssues, missingGlyphIssues, oversetIssues } from './textRules';
import { threadIssues } from './threadRules';

export function checkEdition(input: PreflightInput): PreflightReport {
  const { edition, layout, fonts } = input;
  const ctx = preflightContext(edition);
  const issues: PreflightIssue[] = [
    ...missingFontIssues(ctx, fonts),
    ...imageIssues(ctx, input.images),
    ...colorIssues(ctx),
    ...emptyFrameIssues(ctx),
    ...blankPageIssues(ctx),
    ...duplicateLabelIssues(ctx),
    ...outsideBleedIssues(ctx),
    ...threadIssues(ctx),
  ];
  if (layout === null) {
    // Missing fonts already refuse the export; otherwise this is the error that does.
    const explained = issues.some((i) => i.code === 'font-missing');
    issues.push(ctx.issue('layout-unavailable', explained ? 'info' : 'error', null, { reason: input.layoutProblem ?? '' }));
  } else {
    issues.push(...oversetIssues(ctx, layout), ...missingGlyphIssues(ctx, layout, fonts), ...embeddingIssues(ctx, layout, fonts), ...marginTextIssues(ctx, layout));
  }
  return buildReport(edition, issues);
}
