// hostHandlers.ts: the host API (src/shared/host-api.ts) implemented on an open session. Both
// transports wrap these with dispatchHostCall, which validates requests before they get here.
import type { FontListing } from '../../../shared/host-api';
import { suggestedExportDir } from '../export';
import { editionsUnavailable } from '../editions/editionsUnavailable';
import { textImportHandlers } from '../editions/importText';
import { editionCodePoints, type FontEntry, type FontService } from '../fonts';
import type { HostHandlers } from '../hostDispatch';
import { importImageForSession, readScreenRendition } from '../images';
import { findProjectRoot } from '../sample';
import type { EditionSession } from './EditionSession';
import { createExportHandlers, type ExportSetup } from './exportHandlers';
import { currentOwner } from './openEditionSession';

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

function listing(entry: FontEntry): FontListing {
  const { info } = entry;
  return {
    id: info.id,
    family: info.family,
    style: info.style,
    weight: info.weight,
    italic: info.italic,
    postscriptName: info.postscriptName,
    source: entry.source,
    file: entry.file,
    embeddable: info.embedding.embeddable,
    licence: entry.licence ? { spdx: entry.licence.spdx, file: entry.licence.file } : null,
  };
}

/**
 * @param fonts the process's font service (one per process: it caches what it has read); the
 *   session's edition folder decides which edition fonts are listed and served.
 * @param exportSetup the app folder and the user exports run as; by default this checkout or
 *   installation and the session's lock owner (user and host).
 */
export function createHostHandlers(session: EditionSession, transport: 'electron' | 'http', version: string, fonts: FontService, exportSetup?: ExportSetup): HostHandlers {
  const setup = exportSetup ?? defaultExportSetup();
  return {
    getDocument: async () => ({
      edition: session.edition,
      revision: session.revision,
      name: session.name,
      readOnly: session.readOnly,
      lockedBy: session.lockedBy,
    }),
    applyOps: async ({ baseRevision, ops }) => ({ revision: session.applyOps(baseRevision, ops) }),
    save: async () => {
      await session.save();
      return { revision: session.revision, savedRevision: session.savedRevision };
    },
    readAsset: async ({ assetId, rendition }) => {
      const { mime, bytes } = rendition === 'screen' ? await readScreenRendition(session, assetId) : await session.readAsset(assetId);
      return { mime, base64: base64(bytes) };
    },
    importImage: async (req) => ({ asset: await importImageForSession(session, req) }),
    listFonts: async () => {
      const { fonts: entries, problems } = await fonts.list({ editionDir: session.dir });
      return { fonts: entries.map(listing), problems: problems.map((p) => ({ file: p.file, reason: p.reason })) };
    },
    // Raw bytes: IPC structured-clones them, the HTTP host streams them (http/fontRoute.ts).
    readFont: async ({ id, subset }) =>
      subset && fonts.readFontSubset
        ? { id, ...(await fonts.readFontSubset(id, editionCodePoints(session.edition), { editionDir: session.dir })) }
        : { id, bytes: await fonts.readFont(id, { editionDir: session.dir }) },
    getAppInfo: async () => ({ version, transport, exportDir: suggestedExportDir(session.dir) }),
    ...createExportHandlers(session, fonts, setup),
    ...textImportHandlers(),
    // One fixed session here; EditionsHost (services/editions) replaces these to switch editions.
    ...editionsUnavailable(session.name),
  };
}

function defaultExportSetup(): ExportSetup {
  const owner = currentOwner();
  return { projectRoot: findProjectRoot(), actor: { user: owner.user, host: owner.host } };
}
