// support.ts: preflight specs run the rules on small editions composed by the fake composer
// (tests/unit/shared/layout/flow), with font and image facts made by hand: every family is
// available and the fake font may be embedded unless a spec says otherwise.
import { composeEdition } from '../../../../src/shared/layout/page';
import type { Edition } from '../../../../src/shared/model';
import { checkEdition, type FaceFacts, type FontFacts, type ImageFacts, type PreflightIssue, type PreflightReport } from '../../../../src/shared/preflight';
import { fakeComposer, FAKE_FONT } from '../layout/flow/fakeComposer';
import { ENV } from '../layout/flow/fixtures';

export const FAKE_FACE: FaceFacts = { family: 'Fake Song', fullName: 'Fake Song Regular', fsType: 0, embeddable: true };

export function fontFacts(options: { missing?: readonly string[]; face?: FaceFacts | null } = {}): FontFacts {
  return {
    face: (id) => (id === FAKE_FONT && options.face !== null ? (options.face ?? FAKE_FACE) : undefined),
    has: (family) => !(options.missing ?? []).includes(family),
  };
}

export interface CheckOptions {
  readonly fonts?: FontFacts;
  readonly images?: ReadonlyMap<string, ImageFacts>;
  /** null: as if the edition could not be composed. */
  readonly layout?: null;
}

export function check(edition: Edition, options: CheckOptions = {}): PreflightReport {
  const layout = options.layout === null ? null : composeEdition(edition, ENV, fakeComposer());
  return checkEdition({ edition, layout, fonts: options.fonts ?? fontFacts(), images: options.images ?? new Map() });
}

export function withCode(report: PreflightReport, code: PreflightIssue['code']): PreflightIssue[] {
  return report.issues.filter((i) => i.code === code);
}
