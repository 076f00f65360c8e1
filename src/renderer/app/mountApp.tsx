// mountApp.tsx: React and the whole editing screen, in the chunk main.tsx loads after it has
// started the opening (opening.ts).
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import type { Host } from '../host';
import { App } from './App';
import type { Opening } from './opening';

export function mountApp(root: HTMLElement, host: Host, opening: Opening): void {
  const reactRoot = createRoot(root);
  // As a transition, the first render of the workspace (0.15–0.25 s) yields every few ms, so the
  // font downloads that finish meanwhile are handed on at once instead of after it.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App host={host} opening={opening} />
      </StrictMode>,
    ),
  );
}
