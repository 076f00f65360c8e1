// runPreflight.ts: preflight in the main process. Gathers what the pure rules
// (src/shared/preflight) cannot find out for themselves, then runs them:
//   1. the LayoutEnv for the edition (the font service's faces; cached per process, so the
//      export pipeline, which has just composed with it, pays nothing again);
//   2. the layout: the caller's when given (the export pipeline composes once for preflight and
//      painting), else composed here; not composed when a font the edition needs is missing,
//      since composition cannot proceed without it (the report says which checks were skipped);
//   3. the print images: the caller's when given; else, with `projectRoot` (where the built-in
//      output profile is), prepared here exactly as export prepares them, so that total ink is
//      measured on the pixels the plant would get (`galley check`);
//   4. the image facts: from those print images, else from the files;
//   5. the rules → a report sorted by page, severity and frame.
import { FontNotFoundError } from '../../../shared/layout/fonts';
import type { EditionLayout } from '../../../shared/layout/output';
import { composeEdition } from '../../../shared/layout/page';
import type { Edition } from '../../../shared/model';
import { buildReport, checkEdition, fontNeeds, preflightContext, type PreflightIssue, type PreflightReport } from '../../../shared/preflight';
import { loadOutputProfile, OutputProfileError } from '../color';
import { preparePrintImages } from '../export/images';
import type { PrintImage } from '../export/printTypes';
import type { FontService } from '../fonts';
import { layoutToolsFor } from '../layout';
import { fontFactsFrom } from './fontFacts';
import { gatherImageFacts } from './imageFacts';

export interface RunPreflightOptions {
  readonly edition: Edition;
  /** The edition folder: its fonts/ and assets/. */
  readonly editionDir: string;
  readonly fonts: FontService;
  /** The composed edition, when the caller has it (composed with the same fonts). */
  readonly layout?: EditionLayout;
  /** Print images already prepared, by imageKey(pageId, frameId); their reports give colour and ink. */
  readonly images?: ReadonlyMap<string, PrintImage>;
  /**
   * The Galley project folder (resources/color holds the built-in profile). Given without
   * `images`, the print images are prepared here so that image ink is measured; without it, the
   * ink of images is not checked.
   */
  readonly projectRoot?: string;
}

interface Measured {
  readonly images: ReadonlyMap<string, PrintImage> | undefined;
  readonly problem: PreflightIssue | null;
}

/** Print images of every page, as export makes them; a file that cannot be read is left out (its own rule reports it). */
async function measureImages(edition: Edition, editionDir: string, projectRoot: string): Promise<Measured> {
  try {
    const profile = await loadOutputProfile(edition.output, { projectRoot, editionDir });
    const pages = edition.pages.map((p) => ({ pageId: p.id }));
    return { images: await preparePrintImages({ edition, editionDir, pages, settings: edition.output, profile, onProblem: () => {} }), problem: null };
  } catch (error) {
    if (!(error instanceof OutputProfileError)) throw error;
    const problem = preflightContext(edition).issue('profile-unusable', 'error', null, { file: error.file, reason: error.reason });
    return { images: undefined, problem };
  }
}

export async function runPreflight(options: RunPreflightOptions): Promise<PreflightReport> {
  const { edition, editionDir } = options;
  const { env, compose } = await layoutToolsFor(edition, { fonts: options.fonts, editionDir });
  const fonts = fontFactsFrom(env.fonts);
  let layout: EditionLayout | null = options.layout ?? null;
  let layoutProblem: string | undefined;
  if (layout === null) {
    const missing = fontNeeds(preflightContext(edition)).some((need) => !fonts.has(need.family, need.weight));
    if (!missing) {
      try {
        layout = composeEdition(edition, env, compose);
      } catch (error) {
        // A family fontNeeds did not foresee: the report says the layout checks did not run.
        if (!(error instanceof FontNotFoundError)) throw error;
        layoutProblem = error.message;
      }
    }
  }
  const measured: Measured = options.images === undefined && options.projectRoot !== undefined ? await measureImages(edition, editionDir, options.projectRoot) : { images: options.images, problem: null };
  const images = await gatherImageFacts(edition, editionDir, measured.images);
  const report = checkEdition({ edition, layout, fonts, images, ...(layoutProblem === undefined ? {} : { layoutProblem }) });
  return measured.problem === null ? report : buildReport(edition, [...report.issues, measured.problem]);
}
