// rejoin.ts: moved to src/shared/import/rejoin.ts (paste in the story editor rejoins split
// paragraphs exactly as import does); re-exported for the importers and their specs.
export { type BreakDecision, decideBreak, rejoinSplitParagraphs } from '../../../shared/import';
