// measure.ts: a tiny timing harness. Interleaves the cases round by round so machine noise
// hits them alike, and reports medians (the machines are shared and noisy).
import { performance } from 'node:perf_hooks';

export interface Case {
  readonly name: string;
  readonly run: () => unknown;
}

export function compare(title: string, cases: readonly Case[], rounds = 15, warmup = 3): void {
  const samples = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let r = 0; r < warmup + rounds; r++) {
    for (const c of cases) {
      const start = performance.now();
      c.run();
      const ms = performance.now() - start;
      if (r >= warmup) samples.get(c.name)?.push(ms);
    }
  }
  console.log(`\n${title} (median of ${rounds}, interleaved)`);
  for (const c of cases) {
    const sorted = [...(samples.get(c.name) ?? [])].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
    const min = sorted[0] ?? NaN;
    console.log(`  ${c.name.padEnd(48)} median ${median.toFixed(3).padStart(9)} ms   min ${min.toFixed(3).padStart(9)} ms`);
  }
}

export interface AsyncCase {
  readonly name: string;
  readonly run: () => Promise<unknown>;
}

/** As compare(), for work that touches the disk. */
export async function compareAsync(title: string, cases: readonly AsyncCase[], rounds = 9, warmup = 2): Promise<void> {
  const samples = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let r = 0; r < warmup + rounds; r++) {
    for (const c of cases) {
      const start = performance.now();
      await c.run();
      const ms = performance.now() - start;
      if (r >= warmup) samples.get(c.name)?.push(ms);
    }
  }
  console.log(`\n${title} (median of ${rounds}, interleaved)`);
  for (const c of cases) {
    const sorted = [...(samples.get(c.name) ?? [])].sort((a, b) => a - b);
    console.log(`  ${c.name.padEnd(48)} median ${(sorted[Math.floor(sorted.length / 2)] ?? NaN).toFixed(3).padStart(9)} ms   min ${(sorted[0] ?? NaN).toFixed(3).padStart(9)} ms`);
  }
}

/** Prints medians of samples gathered elsewhere (in a browser, say), in compare()'s format. */
export function printMedians(title: string, samples: Readonly<Record<string, readonly number[]>>): void {
  console.log(`\n${title}`);
  for (const [name, values] of Object.entries(samples)) {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(`  ${name.padEnd(48)} median ${(sorted[Math.floor(sorted.length / 2)] ?? NaN).toFixed(3).padStart(9)} ms   min ${(sorted[0] ?? NaN).toFixed(3).padStart(9)} ms`);
  }
}
