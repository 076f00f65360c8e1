// buildEpaperReader.mjs: writes the e-paper reader's script and style (src/epaper-reader) to
// out/epaper-reader/ with a manifest of content hashes (`npm run build` runs it). The exporter
// takes them from there while they are current and builds them in memory otherwise, so this only
// saves the export a build; the logic is in src/main/services/export/epaper/html/readerAssets.ts,
// run here through tsx.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
const { writeReaderAssets } = await tsImport('../src/main/services/export/epaper/html/readerAssets.ts', {
  parentURL: import.meta.url,
  tsconfig: resolve(ROOT, 'tsconfig.node.json'),
});
const { dir, bytes } = await writeReaderAssets(ROOT);
console.log(`built ${relative(ROOT, dir)} (${(bytes / 1024).toFixed(1)} KiB) in ${(performance.now() - started).toFixed(0)} ms`);
