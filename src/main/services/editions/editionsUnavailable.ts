// editionsUnavailable.ts: the editions methods of a host that serves one fixed session (specs,
// tools that open one edition). EditionsHost replaces them with the real ones; here they say
// plainly that switching editions is not offered, and that nothing waits to be recovered.
import { ServiceError } from '../errors';
import type { HostHandlers } from '../hostDispatch';

type EditionsMethods = 'listRecent' | 'forgetRecent' | 'newEdition' | 'openEdition' | 'saveAs' | 'getRecovery' | 'resolveRecovery';

export function editionsUnavailable(name: string): Pick<HostHandlers, EditionsMethods> {
  const refuse = (what: string) => async (): Promise<never> => {
    throw new ServiceError('not-found', `${what} is not available here: this host serves ${name} only`);
  };
  return {
    listRecent: refuse('the recent editions list'),
    forgetRecent: refuse('the recent editions list'),
    newEdition: refuse('creating an edition'),
    openEdition: refuse('opening another edition'),
    saveAs: refuse('Save As'),
    getRecovery: async () => ({ recovery: null }),
    resolveRecovery: refuse('recovery'),
  };
}
