// The CLI bundle (scripts/buildCli.mjs) in a scratch project of its own, so that editing
// "sources" here never touches the real ones: the copy of the script finds its project root
// from its own location, and node_modules is linked for esbuild.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../../../fixtures/store/tempDir';
import { PROJECT_ROOT } from './support';

const exec = promisify(execFile);
const temp = tempDirs();
afterAll(() => temp.cleanup());

let root: string;
const script = (): string => path.join(root, 'scripts', 'buildCli.mjs');

/** Runs an ES module snippet in a fresh node, with `cli` = the scratch project's buildCli.mjs. */
async function node(code: string): Promise<string> {
  const prelude = `const cli = await import(${JSON.stringify(script())});\n`;
  const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', prelude + code], { cwd: root });
  return stdout.trim();
}

/** What the current bundle's runCli returns, building first when it is stale (as bin/galley.mjs does). */
const runBundle = (): Promise<string> => node('const m = await import(await cli.cliBundle()); console.log(await m.runCli());');
const fresh = (): Promise<string> => node('console.log(String(cli.freshBundle()));');

beforeAll(async () => {
  root = await temp.make('galley-cli-bundle-');
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'bundle-fixture', type: 'module' }));
  await writeFile(path.join(root, 'tsconfig.node.json'), JSON.stringify({ compilerOptions: { target: 'ES2023', module: 'ESNext', verbatimModuleSyntax: true } }));
  await mkdir(path.join(root, 'scripts'));
  await copyFile(path.join(PROJECT_ROOT, 'scripts', 'buildCli.mjs'), script());
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'));
  await mkdir(path.join(root, 'src', 'main', 'cli'), { recursive: true });
  await writeFile(path.join(root, 'src', 'main', 'cli', 'word.ts'), "export const word: string = 'one';\n");
  await writeFile(path.join(root, 'src', 'main', 'cli', 'main.ts'), "import { word } from './word';\nexport async function runCli(): Promise<string> {\n  return word;\n}\n");
});

describe('the CLI bundle', () => {
  it('is built when there is none, and then fresh', async () => {
    expect(await fresh()).toBe('null');
    expect(await runBundle()).toBe('one');
    const bundle = await fresh();
    expect(bundle).toMatch(/out\/cli\/main-[A-Z0-9]+\.mjs$/);
    const manifest = JSON.parse(await readFile(path.join(root, 'out', 'cli', 'manifest.json'), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(manifest.files).sort()).toEqual(['src/main/cli/main.ts', 'src/main/cli/word.ts']);
  });

  it('is stale as soon as a source changes, and the next run builds and runs the new code', async () => {
    await runBundle();
    await writeFile(path.join(root, 'src', 'main', 'cli', 'word.ts'), "export const word: string = 'two';\n");
    expect(await fresh()).toBe('null');
    expect(await runBundle()).toBe('two');
    expect(await fresh()).not.toBe('null');
  });

  it('is stale when a file is added to a source folder (an import could now resolve to it)', async () => {
    await runBundle();
    expect(await fresh()).not.toBe('null');
    await writeFile(path.join(root, 'src', 'main', 'cli', 'word.js'), "export const word = 'shadow';\n");
    expect(await fresh()).toBe('null');
  });

  it('is stale when the build script itself changes', async () => {
    await runBundle();
    expect(await fresh()).not.toBe('null');
    await writeFile(script(), `${await readFile(script(), 'utf8')}\n// changed\n`);
    expect(await fresh()).toBe('null');
  });
});
