// Preflight in the main process: gathers font and image facts and runs the shared rules.
export { fontFactsFrom } from './fontFacts';
export { gatherImageFacts } from './imageFacts';
export { runPreflight, type RunPreflightOptions } from './runPreflight';
