// server.ts: the loopback HTTP host behind `galley serve`. It serves the built renderer and the
// same host API the Electron window uses, to a browser on this machine only: it binds
// 127.0.0.1 (never 0.0.0.0), and the API answers only callers holding the per-run token.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { access, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_IMAGE_IMPORT_BASE64 } from '../../shared/image-api';
import { createFontService, type FontService, prewarmFontSubsets } from '../services/fonts';
import { prewarmScreenRenditions } from '../services/images';
import { findProjectRoot } from '../services/sample';
import type { HostHandlers } from '../services/hostDispatch';
import { createHostHandlers, type EditionSession } from '../services/session';
import { handleProtected, isProtectedPath, type ProtectedContext } from './protectedRoutes';
import { hostAllowed } from './requestGuards';
import { sendText } from './respond';
import { SECURITY_HEADERS } from './securityHeaders';
import { resolveStaticFile, sendFile } from './staticFiles';
import { createToken } from './token';

/**
 * Default cap on an API request body: far above any real batch of ops, far below harm. An image
 * import is the largest request (the file as base64), so the cap leaves room for the largest
 * file importImage accepts plus its JSON wrapping.
 */
export const DEFAULT_BODY_LIMIT = Math.max(32 * 1024 * 1024, MAX_IMAGE_IMPORT_BASE64 + 64 * 1024);

/**
 * Editions that can change while serving (services/editions EditionsHost): every request goes
 * to the edition open at that moment.
 */
export interface ServedEditions {
  readonly handlers: HostHandlers;
  readAsset(assetId: string): Promise<{ mime: string; bytes: Uint8Array }>;
}

export type HttpHostOptions = HttpHostCommon &
  (
    | {
        /** The open edition. The host serves it but does not own it: the caller closes it. */
        readonly session: EditionSession;
        readonly editions?: undefined;
      }
    | {
        /** Switchable editions (galley serve); the caller closes them. */
        readonly editions: ServedEditions;
        readonly session?: undefined;
      }
  );

interface HttpHostCommon {
  /** Reported by getAppInfo. */
  readonly version: string;
  /** The renderer build (out/renderer); must hold index.html. */
  readonly rendererDir: string;
  /** 0 (the default) lets the system pick a free port. */
  readonly port?: number;
  readonly log?: (message: string, error?: unknown) => void;
  readonly bodyLimit?: number;
  /** Tests may fix the token; normally it is fresh random bytes each run. */
  readonly token?: string;
  /** Serves listFonts/readFont; by default a service over the project's default and system fonts. */
  readonly fonts?: FontService;
}

export interface HttpHost {
  /** The address to open, token included: http://127.0.0.1:PORT/?token=TOKEN */
  readonly url: string;
  readonly token: string;
  readonly port: number;
  /** Stops accepting connections and ends open ones; the edition itself stays open. */
  close(): Promise<void>;
}

/** The renderer has not been built; `npm run build` makes out/renderer. */
export class RendererBuildMissingError extends Error {
  override readonly name = 'RendererBuildMissingError';
  constructor(readonly rendererDir: string) {
    super(`the renderer build is missing: ${join(rendererDir, 'index.html')} does not exist; run \`npm run build\` first`);
  }
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  try {
    await access(join(options.rendererDir, 'index.html'));
  } catch {
    throw new RendererBuildMissingError(options.rendererDir);
  }
  const rootReal = await realpath(options.rendererDir);
  const token = options.token ?? createToken();
  const log = options.log ?? (() => {});
  const served: ServedEditions = options.editions ?? {
    handlers: createHostHandlers(options.session, 'http', options.version, options.fonts ?? createFontService({ projectRoot: findProjectRoot() })),
    readAsset: (assetId) => options.session.readAsset(assetId),
  };
  const handlers = served.handlers;
  let port = 0;
  const context = (): ProtectedContext => ({
    token,
    port,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    handlers,
    readAsset: (assetId) => served.readAsset(assetId),
    log,
  });

  const server = createServer((req, res) => {
    handle(req, res, rootReal, port, context()).catch((error: unknown) => {
      log(`request ${req.method ?? '?'} ${req.url ?? ''} failed`, error);
      if (!res.headersSent) sendText(res, 500, 'internal error');
      else res.destroy();
    });
  });
  port = await listen(server, options.port ?? 0);
  // The page's first question is the font listing, and the first listing of a process scans the
  // system font folders (0.1–0.4 s on a loaded machine): scan now, while the browser is still
  // loading the renderer; then make the font subsets of the edition's faces, which the page
  // view asks for first (services/fonts/fontSubsets.ts), and the screen renditions of the first
  // page's photos (services/images/hostImage.ts). A failure is the page's to report, when it asks.
  prewarmFontSubsets(handlers)
    .catch(() => 0)
    .then(() => prewarmScreenRenditions(handlers))
    .catch(() => {});
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () => closeServer(server),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, rootReal: string, port: number, ctx: ProtectedContext): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const target = req.url ?? '';
  // Only origin-form targets ("/path?query"); absolute-form and "*" are proxy business.
  if (!target.startsWith('/')) {
    sendText(res, 400, 'bad request target');
    return;
  }
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  if (isProtectedPath(path)) {
    await handleProtected(req, res, path, ctx);
    return;
  }
  if (!hostAllowed(req.headers.host, port)) {
    sendText(res, 403, 'forbidden: unknown Host');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const file = await resolveStaticFile(rootReal, path);
  if (file === null) {
    sendText(res, 404, 'not found');
    return;
  }
  await sendFile(res, file, req.method === 'HEAD');
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port }, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    // Browsers keep idle keep-alive connections open, which would hold close() forever. A
    // connection whose response is still being written is not idle yet; sweeping again shortly
    // catches it once it is, and whatever is still busy after 2 s is cut.
    const sweep = setInterval(() => server.closeIdleConnections(), 25);
    const force = setTimeout(() => server.closeAllConnections(), 2000);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
