// usePreflight.ts: what both export dialogs ask the host before anything else: the preflight
// report of the edition as it stands (asked again on demand), and the folder to suggest.
import { useCallback, useEffect, useState } from 'react';
import type { Host } from '../host';
import type { PreflightState } from './exportDialogState';

export interface Preflight {
  readonly state: PreflightState;
  /** Runs preflight again (after the user fixed something behind the dialog). */
  readonly recheck: () => void;
}

export function usePreflight(host: Host): Preflight {
  const [state, setState] = useState<PreflightState>({ kind: 'running' });
  const run = useCallback(() => {
    setState({ kind: 'running' });
    let current = true;
    host.preflight({}).then(
      (report) => current && setState({ kind: 'done', report }),
      (e: unknown) => current && setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [host]);
  useEffect(() => run(), [run]);
  return { state, recheck: run };
}

/**
 * The out-folder field: empty until getAppInfo answers, then `suggest(exportDir)` unless the
 * user has typed something meanwhile. `suggest` must be stable (a module function).
 */
export function useOutDir(host: Host, suggest: (exportDir: string) => string): [string, (dir: string) => void] {
  const [outDir, setOutDir] = useState('');
  useEffect(() => {
    let current = true;
    host.getAppInfo({}).then(
      (info) => current && setOutDir((dir) => (dir === '' ? suggest(info.exportDir) : dir)),
      // No suggestion then: the field stays empty and Export waits for the user to fill it.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [host, suggest]);
  return [outDir, setOutDir];
}
