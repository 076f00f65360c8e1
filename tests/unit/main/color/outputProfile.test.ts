// The output profile: the built-in newsprint profile loads and says what it is; a plant's
// profile comes from the edition's assets; anything that is not a CMYK output profile is refused
// with a message that names the file and the reason.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PROFILE_PATH, loadOutputProfile, OutputProfileError, readIccHeader } from '../../../../src/main/services/color';
import { PROJECT_ROOT } from '../cli/support';

const BUILTIN = join(PROJECT_ROOT, BUILTIN_PROFILE_PATH);
let tmp: string;
let builtinBytes: Buffer;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-profile-'));
  await mkdir(join(tmp, 'assets'));
  builtinBytes = await readFile(BUILTIN);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const plant = (path: string) => ({ profile: { path, outputConditionIdentifier: 'IFRA26', outputCondition: 'Newsprint, ISO 12647-3' } });

/** The built-in profile with some header bytes replaced. */
function patched(at: number, text: string): Buffer {
  const copy = Buffer.from(builtinBytes);
  copy.write(text, at, 'latin1');
  return copy;
}

async function refusal(name: string, bytes: Uint8Array): Promise<OutputProfileError> {
  await writeFile(join(tmp, 'assets', name), bytes);
  const error = await loadOutputProfile(plant(`assets/${name}`), { projectRoot: PROJECT_ROOT, editionDir: tmp }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OutputProfileError);
  expect((error as Error).message).toContain(join(tmp, 'assets', name));
  return error as OutputProfileError;
}

describe('loadOutputProfile', () => {
  it('loads the built-in newsprint profile: a CMYK output profile that does not pass itself off as the WAN-IFRA one', async () => {
    const profile = await loadOutputProfile({ profile: null }, { projectRoot: PROJECT_ROOT });
    expect(Buffer.from(profile.bytes).equals(builtinBytes)).toBe(true);
    expect(profile.source).toBe('built-in');
    expect(profile.outputConditionIdentifier).toBe('Custom');
    expect(profile.registryName).toBe('');
    expect(profile.description).toMatch(/^Galley Newsprint 26/u);
    expect(profile.description).not.toMatch(/^WAN-IFRA|^ISOnewspaper/u);
    const header = readIccHeader(profile.bytes);
    expect([header.deviceClass, header.colorSpace, header.pcs]).toEqual(['prtr', 'CMYK', 'Lab ']);
    expect(header.size).toBe(builtinBytes.byteLength);
  });

  it('is the profile the generator checked (scripts/color/GalleyNewsprint26.check.json names its hash)', async () => {
    const check = JSON.parse(await readFile(join(PROJECT_ROOT, 'scripts/color/GalleyNewsprint26.check.json'), 'utf8')) as { sha256: string; bytes: number };
    expect(createHash('sha256').update(builtinBytes).digest('hex')).toBe(check.sha256);
    expect(builtinBytes.byteLength).toBe(check.bytes);
  });

  it("loads a plant's profile from the edition's assets, with its registered condition", async () => {
    await writeFile(join(tmp, 'assets', 'plant.icc'), builtinBytes);
    const profile = await loadOutputProfile(plant('assets/plant.icc'), { projectRoot: PROJECT_ROOT, editionDir: tmp });
    expect(profile.source).toBe('assets/plant.icc');
    expect(profile.outputConditionIdentifier).toBe('IFRA26');
    expect(profile.registryName).toBe('http://www.color.org');
    expect(profile.outputCondition).toBe('Newsprint, ISO 12647-3');
  });

  it('names the missing file', async () => {
    const error = await loadOutputProfile(plant('assets/gone.icc'), { projectRoot: PROJECT_ROOT, editionDir: tmp }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputProfileError);
    expect((error as Error).message).toContain(join(tmp, 'assets', 'gone.icc'));
    expect((error as Error).message).toContain('does not exist');
  });

  it('refuses a display profile, an RGB output profile, a truncated file and a file that is no profile', async () => {
    expect((await refusal('display.icc', patched(12, 'mntr'))).reason).toMatch(/'mntr' profile, not an output/u);
    expect((await refusal('rgb-printer.icc', patched(16, 'RGB '))).reason).toMatch(/colour space is 'RGB', not CMYK/u);
    expect((await refusal('truncated.icc', builtinBytes.subarray(0, 4096))).reason).toBe(`its header declares ${builtinBytes.byteLength} bytes but the file has 4096 (truncated or padded)`);
    expect((await refusal('photo.icc', Buffer.alloc(2000, 7))).reason).toMatch(/not an ICC profile/u);
  });

  it("refuses libvips's own sRGB profile (ICC v4, its description read from the mluc tag)", async () => {
    const tagged = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#808080' } }).withIccProfile('srgb').png().toBuffer();
    const icc = (await sharp(tagged).metadata()).icc;
    expect(icc).toBeDefined();
    const header = readIccHeader(icc!);
    expect(header.version.startsWith('4.')).toBe(true);
    expect(header.description.toLowerCase()).toContain('srgb');
    expect((await refusal('srgb.icc', icc!)).reason).toMatch(/'mntr' profile/u);
  });
});
