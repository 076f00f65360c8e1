// boot.ts: the second step of opening the window (main.tsx sent the first requests). It makes
// the host, which takes over those requests, starts the opening (opening.ts: the document store,
// the layout session, the picture cache) and evaluates React and the editing screen only once
// the font files have been requested (see FIRST_RENDER_WAIT_MS).
import { createHost, type EarlyCalls } from '../host';
import { startOpening } from './opening';

export function boot(root: HTMLElement, early: EarlyCalls): void {
  const host = createHost(early);
  const opening = startOpening(host);
  void opening.requested.then(() => import('./mountApp')).then(({ mountApp }) => mountApp(root, host, opening));
}
