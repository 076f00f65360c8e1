// sampleEdition.ts: the sample edition on disk (galley new --sample, dated 2023-05-15), optionally
// changed and saved again, composed with the real fonts: what the page-image specs render.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../../../../src/main/cli/main';
import { createFontService, type FontService } from '../../../../../../src/main/services/fonts';
import { composeEditionWithFonts, layoutToolsFor } from '../../../../../../src/main/services/layout';
import { loadEdition, saveEdition } from '../../../../../../src/main/services/store';
import type { LayoutEnv } from '../../../../../../src/shared/layout/env';
import type { EditionLayout } from '../../../../../../src/shared/layout/output';
import type { Edition } from '../../../../../../src/shared/model';
import { capture, PROJECT_ROOT } from '../../../cli/support';

export interface SampleEdition {
  readonly tmp: string;
  readonly dir: string;
  readonly edition: Edition;
  readonly layout: EditionLayout;
  readonly env: LayoutEnv;
  readonly fonts: FontService;
  dispose(): Promise<void>;
}

export async function sampleEdition(transform?: (edition: Edition) => Edition): Promise<SampleEdition> {
  const tmp = await mkdtemp(join(tmpdir(), 'galley-epaper-images-'));
  try {
    const dir = join(tmp, 'sample.galley');
    const c = capture(tmp);
    if ((await runCli(['new', dir, '--sample', '--date', '2023-05-15'], c.io)) !== 0) throw new Error(`galley new --sample failed:\n${c.err.join('\n')}`);
    if (transform) await saveEdition(dir, transform((await loadEdition(dir)).edition));
    const { edition } = await loadEdition(dir);
    const fonts = createFontService({ projectRoot: PROJECT_ROOT });
    const layout = await composeEditionWithFonts(edition, { fonts, editionDir: dir });
    const { env } = await layoutToolsFor(edition, { fonts, editionDir: dir });
    return { tmp, dir, edition, layout, env, fonts, dispose: () => rm(tmp, { recursive: true, force: true }) };
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}
