// hostHandlers.ts: the host API (src/shared/host-api.ts) implemented on an open session. Both
// transports wrap these with dispatchHostCall, which validates requests before they get here.
import type { HostHandlers } from '../hostDispatch';
import type { EditionSession } from './EditionSession';

export function createHostHandlers(session: EditionSession, transport: 'electron' | 'http', version: string): HostHandlers {
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
    readAsset: async ({ assetId }) => {
      const { mime, bytes } = await session.readAsset(assetId);
      return { mime, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
    },
    getAppInfo: async () => ({ version, transport }),
  };
}
