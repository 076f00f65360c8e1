// Preflight: the pure rules that check an edition before it goes to the plant, the report's
// shape, and its wording. The main process gathers file and font facts and runs them
// (src/main/services/preflight).
export { checkEdition } from './checkEdition';
export { buildReport, preflightContext, type PreflightContext, sortIssues } from './context';
export { RICH_BLACK_MIN_K, RICH_BLACK_MIN_SIZE } from './colorRules';
export { type FontNeed, fontNeeds } from './fontRules';
export { frameName } from './frameName';
export { paintedBox } from './frameRules';
export { imageFramePpi } from './imageRules';
export { type FaceFacts, type FontFacts, frameKey, type ImageFacts, type ImageSourceColor, type PreflightInput } from './input';
export { formatPreflightIssue, type PreflightLocale } from './messages';
export type { PreflightCode, PreflightIssue, PreflightReport, PreflightSeverity } from './report';
export type { ThreadDetail } from './threadRules';
