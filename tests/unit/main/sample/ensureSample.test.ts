import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleEdition } from '../../../../src/main/services/sample';
import { loadEdition } from '../../../../src/main/services/store';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-sample-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ensureSampleEdition', () => {
  it('writes the sample edition once, and leaves an existing edition alone', async () => {
    const target = join(dir, '示例版面.galley');
    expect(await ensureSampleEdition(target)).toBe(true);
    const { edition } = await loadEdition(target);
    // The seed's 10 stories, and the masthead's paper name.
    expect(edition.stories).toHaveLength(11);
    expect(edition.pages[0]?.frames.some((f) => f.kind === 'image')).toBe(true);
    expect(await readdir(join(target, 'assets'))).toEqual(['keji-jie-photo.png']);
    expect(await ensureSampleEdition(target)).toBe(false);
  });
});
