// staticFiles.ts: serves the built renderer (out/renderer). These files are public app code, so
// they need no token, but nothing outside the renderer folder may ever be reached: every way of
// spelling a way out (.., %2e%2e, backslashes, NUL, absolute paths, symlinks) ends in 404.
import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Turns the path part of a request URL into the relative file path it names, or null when it is
 * not a plain path inside the folder. Decoding happens once; a segment that is empty after the
 * first, `.`/`..`, hidden, or holds a backslash, NUL or drive colon is refused rather than
 * normalised, because a path that needs normalising is not one the renderer build ever uses.
 */
export function staticRelativePath(rawPath: string): string | null {
  if (!rawPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded === '/') return 'index.html';
  const segments = decoded.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '' || segment.startsWith('.')) return null;
    if (/[\\\0:]/u.test(segment)) return null;
  }
  return segments.join('/');
}

/**
 * Resolves `rawPath` to a regular file whose real path lies inside `rootReal` (the realpath of
 * the renderer folder), or null.
 */
export async function resolveStaticFile(rootReal: string, rawPath: string): Promise<string | null> {
  const rel = staticRelativePath(rawPath);
  if (rel === null) return null;
  const candidate = resolve(rootReal, rel);
  if (!inside(rootReal, candidate)) return null;
  try {
    // realpath follows symlinks: a link pointing outside the folder is refused here.
    const real = await realpath(candidate);
    if (!inside(rootReal, real)) return null;
    const info = await stat(real);
    return info.isFile() ? real : null;
  } catch {
    return null;
  }
}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** Streams a resolved file; HEAD gets the headers only. */
export async function sendFile(res: ServerResponse, file: string, headOnly: boolean): Promise<void> {
  const info = await stat(file);
  res.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': info.size,
    // The build's asset names carry content hashes, but index.html does not: revalidate always.
    'Cache-Control': 'no-cache',
  });
  if (headOnly) {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(file), res);
  } catch (error) {
    // The browser went away mid-file (navigation, reload, closed tab): nothing to report.
    if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    throw error;
  }
}
