// useExportJob.ts: starts an export through the host and follows it by polling exportStatus
// until it is no longer running. Polling (not push) is what both transports offer alike.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportPdfRequest, ExportStatus } from '../../shared/export-api';
import type { Host } from '../host';

/** Often enough for a smooth bar, rare enough to cost the main process nothing noticeable. */
export const POLL_MS = 200;

export interface ExportJob {
  /** The last status the host gave; null before the first export. */
  readonly status: ExportStatus | null;
  /** Why the host refused to start or stopped answering (the job itself reports its own failure). */
  readonly error: string | null;
  readonly running: boolean;
  start(request: ExportPdfRequest): void;
}

export function useExportJob(host: Host): ExportJob {
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  // Set on unmount, so a poll in flight does not update a dialog that is gone.
  const gone = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    gone.current = false;
    return () => {
      gone.current = true;
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, []);

  const follow = useCallback(
    (jobId: string) => {
      const poll = async (): Promise<void> => {
        let next: ExportStatus;
        try {
          next = await host.exportStatus({ jobId });
        } catch (e) {
          if (gone.current) return;
          setStarting(false);
          setError(e instanceof Error ? e.message : String(e));
          return;
        }
        if (gone.current) return;
        // `starting` holds until the first status, so Export cannot be pressed twice meanwhile.
        setStarting(false);
        setStatus(next);
        if (next.state === 'running') timer.current = setTimeout(() => void poll(), POLL_MS);
      };
      void poll();
    },
    [host],
  );

  const start = useCallback(
    (request: ExportPdfRequest) => {
      setError(null);
      setStatus(null);
      setStarting(true);
      host.exportPdf(request).then(
        ({ jobId }) => {
          if (!gone.current) follow(jobId);
        },
        (e: unknown) => {
          if (gone.current) return;
          setStarting(false);
          setError(e instanceof Error ? e.message : String(e));
        },
      );
    },
    [host, follow],
  );

  const running = starting || (status?.state === 'running' && error === null);
  return { status, error, running, start };
}
