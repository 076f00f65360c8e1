// run.mjs: `npm run bench`. Runs every bench/*.bench.ts in turn (through tsx, like the CLI)
// and prints their figures. Benchmarks print medians; they never assert on time.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n## ${file}`);
  await import(pathToFileURL(join(here, file)).href);
}
