// infoCommand.ts: `galley info EDITION [--json]`. Reads the edition without taking its lock
// (loading never writes), so it works on an edition someone has open.
import { basename } from 'node:path';
import { loadEdition } from '../../services/store';
import { type CliCommand, flagOption } from '../command';
import { existingEditionDir, openingEdition } from '../editionDir';
import { editionInfo } from '../info/editionInfo';
import { formatEditionInfo } from '../info/infoText';

export const infoCommand: CliCommand = {
  name: 'info',
  usage: 'info EDITION [--json]',
  summary: (m) => m.info.summary,
  options: {
    json: { type: 'boolean', describe: (m) => m.opt.json },
  },
  positionals: { min: 1, max: 1, names: 'EDITION' },
  async run({ args, values, io, m }) {
    const dir = await existingEditionDir(io.cwd, args[0] ?? '', m);
    const { edition } = await openingEdition(dir, m, () => loadEdition(dir));
    const info = editionInfo(edition, basename(dir));
    if (flagOption(values, 'json')) io.out(JSON.stringify(info, null, 2));
    else for (const line of formatEditionInfo(edition, info, m)) io.out(line);
    return 0;
  },
};
