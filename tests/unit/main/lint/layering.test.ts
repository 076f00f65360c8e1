import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// These specs run the project's real ESLint config on small snippets placed (virtually) at a
// path in each layer, so a rule that stops firing fails here rather than in a review.
const root = resolve(import.meta.dirname, '../../../..');
const eslint = new ESLint({ cwd: root });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const rejects = (rule: string) => expect.arrayContaining([expect.stringContaining(rule)]);

describe('layering rules', () => {
  it.each([
    ['shared imports main', 'src/shared/model/probe.ts', "import { x } from '../../main/services/errors';\nexport const y = x;\n"],
    ['shared imports renderer', 'src/shared/layout/probe.ts', "import { x } from '../../renderer/host';\nexport const y = x;\n"],
    ['shared imports node:fs', 'src/shared/model/probe.ts', "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n"],
    ['shared imports fs', 'src/shared/model/probe.ts', "import { readFileSync } from 'fs';\nexport const y = readFileSync;\n"],
    ['renderer imports electron', 'src/renderer/App.probe.ts', "import { ipcRenderer } from 'electron';\nexport const y = ipcRenderer;\n"],
    ['renderer imports node:path', 'src/renderer/canvas/probe.ts', "import { join } from 'node:path';\nexport const y = join;\n"],
    ['renderer imports main', 'src/renderer/canvas/probe.ts', "import { x } from '../../main/services/errors';\nexport const y = x;\n"],
    ['lexical outside story-editor', 'src/renderer/canvas/probe.ts', "import { createEditor } from 'lexical';\nexport const y = createEditor;\n"],
    ['lexical in main', 'src/main/services/probe.ts', "import { createEditor } from 'lexical';\nexport const y = createEditor;\n"],
    ['pdf-lib outside export/pdf', 'src/main/services/preflight/probe.ts', "import { PDFDocument } from 'pdf-lib';\nexport const y = PDFDocument;\n"],
    ['electron in a service the CLI runs', 'src/main/services/store/probe.ts', "import { app } from 'electron';\nexport const y = app;\n"],
    ['react in main', 'src/main/menu/probe.ts', "import { useState } from 'react';\nexport const y = useState;\n"],
  ])('rejects %s', async (_name, file, code) => {
    expect(await problems(file, code)).toEqual(rejects('no-restricted-imports'));
  });

  it('rejects Date.now and Math.random in shared code', async () => {
    const found = await problems('src/shared/layout/probe.ts', 'export const t = Date.now() + Math.random();\n');
    expect(found.filter((p) => p.startsWith('no-restricted-properties'))).toHaveLength(2);
  });

  it('rejects DOM and Node globals in shared code', async () => {
    const found = await problems('src/shared/layout/probe.ts', 'export const w = [window.innerWidth, process.pid];\n');
    expect(found.filter((p) => p.startsWith('no-restricted-globals'))).toHaveLength(2);
  });

  it.each([
    ['lexical inside story-editor', 'src/renderer/story-editor/probe.ts', "import { createEditor } from 'lexical';\nexport const y = createEditor;\n"],
    ['pdf-lib inside export/pdf', 'src/main/services/export/pdf/probe.ts', "import { PDFDocument } from 'pdf-lib';\nexport const y = PDFDocument;\n"],
    ['electron in the main window code', 'src/main/window/probe.ts', "import { app } from 'electron';\nexport const y = app;\n"],
    ['node:fs in a service', 'src/main/services/store/probe.ts', "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n"],
    ['shared from renderer', 'src/renderer/canvas/probe.ts', "import { mmToPt } from '../../shared/model';\nexport const y = mmToPt;\n"],
  ])('allows %s', async (_name, file, code) => {
    expect((await problems(file, code)).filter((p) => p.startsWith('no-restricted-imports'))).toEqual([]);
  });

  it('rejects an import cycle', async () => {
    const linter = new ESLint({ cwd: root, ignore: false });
    const results = await linter.lintFiles([resolve(root, 'tests/fixtures/lint/cycleA.ts')]);
    const rules = results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('import-x/no-cycle');
  });
});
