// projectPaths.ts: where the Galley package itself is (not the user's files): its package.json
// for the version, out/renderer for `serve`. The root is found by walking up from the code's own
// location, so it works from src/ through tsx and from a bundle under out/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The sample service already finds the project root (for its seed file); one finder for both.
export { findProjectRoot } from '../services/sample';

export function readVersion(projectRoot: string): string {
  const parsed: unknown = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  const version = typeof parsed === 'object' && parsed !== null ? (parsed as { version?: unknown }).version : undefined;
  return typeof version === 'string' ? version : '0.0.0';
}

/** The renderer build `galley serve` hands to the browser (made by `npm run build`). */
export function defaultRendererDir(projectRoot: string): string {
  return join(projectRoot, 'out', 'renderer');
}
