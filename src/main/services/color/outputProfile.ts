// outputProfile.ts: the CMYK output profile an export converts images with and names as its
// PDF/X output intent: the edition's own (the plant's profile, a file in its assets/) or the
// built-in newsprint profile in resources/color (see resources/color/README.md for what that
// profile is, and is not).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutputSettings } from '../../../shared/model';
import type { OutputProfile } from '../export/printTypes';
import { assertCmykOutputProfile, IccFormatError, readIccHeader } from './iccProfile';

/** The built-in profile, relative to the project root. */
export const BUILTIN_PROFILE_PATH = 'resources/color/GalleyNewsprint26.icc';

/**
 * The built-in profile's printing condition. Not a registered condition name: the profile only
 * approximates ISO 12647-3 (IFRA26), so the output intent says "Custom" and embeds it, and the
 * plant's preflight reads the condition below rather than assuming the WAN-IFRA characterization.
 */
export const BUILTIN_CONDITION = {
  outputConditionIdentifier: 'Custom',
  outputCondition: 'Coldset offset on newsprint, approximating ISO 12647-3:2013 (26 % TVI at 40 %, 220 % TAC); Galley built-in profile, not the WAN-IFRA characterization',
  registryName: '',
} as const;

/** The ICC registry, for conditions that name a registered characterization (IFRA26, FOGRA39 …). */
const ICC_REGISTRY = 'http://www.color.org';

/** An output profile that cannot be used; the message names the file and says why. */
export class OutputProfileError extends Error {
  override readonly name = 'OutputProfileError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`the output profile ${file} cannot be used: ${reason}`);
  }
}

export interface ProfileLocations {
  /** The Galley project folder (findProjectRoot()), where resources/ is. */
  readonly projectRoot: string;
  /** The edition folder, for a profile kept in its assets/. */
  readonly editionDir?: string;
}

async function readProfile(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutputProfileError(file, code === 'ENOENT' ? 'the file does not exist' : `it cannot be read (${code ?? String(error)})`);
  }
}

function checked(file: string, bytes: Uint8Array): string {
  try {
    const header = readIccHeader(bytes);
    assertCmykOutputProfile(header);
    return header.description;
  } catch (error) {
    if (error instanceof IccFormatError) throw new OutputProfileError(file, error.reason);
    throw error;
  }
}

/**
 * The output profile `settings` ask for (`settings.profile`, or the built-in one when null),
 * read and checked: an ICC output ('prtr') profile for CMYK data whose size matches its header.
 * Throws OutputProfileError naming the file otherwise.
 */
export async function loadOutputProfile(settings: Pick<OutputSettings, 'profile'>, where: ProfileLocations): Promise<OutputProfile> {
  const chosen = settings.profile;
  if (chosen === null) {
    const file = join(where.projectRoot, ...BUILTIN_PROFILE_PATH.split('/'));
    const bytes = await readProfile(file);
    return { bytes, ...BUILTIN_CONDITION, description: checked(file, bytes), source: 'built-in' };
  }
  if (where.editionDir === undefined) throw new OutputProfileError(chosen.path, 'the edition folder is not known, so its assets cannot be read');
  const file = join(where.editionDir, ...chosen.path.split('/'));
  const bytes = await readProfile(file);
  return {
    bytes,
    outputConditionIdentifier: chosen.outputConditionIdentifier,
    outputCondition: chosen.outputCondition,
    registryName: chosen.outputConditionIdentifier === 'Custom' ? '' : ICC_REGISTRY,
    description: checked(file, bytes),
    source: chosen.path,
  };
}
