import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The e-paper reader (src/epaper-reader) is bundled alone into the exported bundle's
// reader/reader.js, which runs from file:// too: the project's real ESLint config must keep it
// to the DOM and src/shared, as layering.test.ts does for the other layers.
const root = resolve(import.meta.dirname, '../../../..');
const eslint = new ESLint({ cwd: root });

async function importProblems(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, 'src/epaper-reader/probe.ts') });
  return (result?.messages ?? []).filter((m) => m.severity === 2 && m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the e-paper reader layer', () => {
  it.each([
    ['main', "import { x } from '../main/services/errors';\nexport const y = x;\n"],
    ['the renderer', "import { x } from '../renderer/host';\nexport const y = x;\n"],
    ['node:fs', "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n"],
    ['react', "import { useState } from 'react';\nexport const y = useState;\n"],
    ['electron', "import { app } from 'electron';\nexport const y = app;\n"],
  ])('rejects an import of %s', async (_name, code) => {
    expect(await importProblems(code)).not.toEqual([]);
  });

  it('allows src/shared and the DOM', async () => {
    const code = "import { searchArticles } from '../shared/epaper/searchQuery';\nexport const y = [searchArticles, document.title, window.location.hash];\n";
    const [result] = await eslint.lintText(code, { filePath: resolve(root, 'src/epaper-reader/probe.ts') });
    expect((result?.messages ?? []).filter((m) => m.severity === 2)).toEqual([]);
  });
});
