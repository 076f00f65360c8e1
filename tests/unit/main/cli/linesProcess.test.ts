// `galley lines --batch` as a conformance driver runs it: one real process, cases piped in as
// JSON lines, one answer line per case, checked against the vectors' own expectations.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, PROJECT_ROOT } from './support';

interface Case {
  readonly id: string;
  readonly text: string;
  readonly level: string;
  readonly widthEm?: number;
  readonly options?: object;
  readonly expect: { readonly breaks?: number[]; readonly lines?: string[] };
}

const suite = JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/conformance/linebreak-cjk.json'), 'utf8')) as { cases: Case[] };

function batch(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'lines', '--batch'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, GALLEY_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('galley lines --batch (a real process)', () => {
  it('answers conformance cases, whole case objects included, with their expected breaks and lines', async () => {
    const picked = ['gb-exhaustive-001', 'uax14-contrast-005', 'fit-push-in-002', 'fit-push-out-010', 'fit-orphan-001', 'wpt-zh-in-loose-10AF6'];
    const cases = picked.map((id) => suite.cases.find((c) => c.id === id));
    const run = await batch(cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const answers = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; breaks: number[]; lines?: string[] });
    expect(answers.map((a) => a.id)).toEqual(picked);
    answers.forEach((answer, i) => {
      const c = cases[i];
      if (c?.expect.breaks) expect(answer.breaks).toEqual(c.expect.breaks);
      if (c?.expect.lines) expect(answer.lines).toEqual(c.expect.lines);
    });
  });
});
