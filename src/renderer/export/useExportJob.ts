// useExportJob.ts: starts an export through the host and follows it by polling exportStatus
// until it is no longer running. Polling (not push) is what both transports offer alike, and
// both exports (print PDF, e-paper) answer a job id that exportStatus follows, so only the call
// that starts the job differs between them.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportEpaperRequest, ExportPdfRequest, ExportStatus } from '../../shared/export-api';
import { type Host, HostError, type HostErrorKind } from '../host';
import { hostErrorText, type Translate, useI18n } from '../i18n';

/** Often enough for a smooth bar, rare enough to cost the main process nothing noticeable. */
export const POLL_MS = 200;

/** The host call that starts one kind of export; it answers at once with the job to follow. */
export type ExportLauncher<R> = (host: Host, request: R) => Promise<{ readonly jobId: string }>;

export const launchPdfExport: ExportLauncher<ExportPdfRequest> = (host, request) => host.exportPdf(request);
export const launchEpaperExport: ExportLauncher<ExportEpaperRequest> = (host, request) => host.exportEpaper(request);

export interface ExportJob<R> {
  /** The last status the host gave; null before the first export. */
  readonly status: ExportStatus | null;
  /** Why the host refused to start or stopped answering (the job itself reports its own failure). */
  readonly error: string | null;
  /** The host's error code for `error` (a job's own failure is in `status`), null without one. */
  readonly errorKind: HostErrorKind | null;
  readonly running: boolean;
  start(request: R): void;
}

/** `launch` must be stable (a module constant such as launchPdfExport). */
export function useExportJob<R>(host: Host, launch: ExportLauncher<R>): ExportJob<R> {
  const { t } = useI18n();
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [failure, setFailure] = useState<{ readonly kind: HostErrorKind | null; readonly message: string } | null>(null);
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
          setFailure(describeFailure(e, t));
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
    [host, t],
  );

  const start = useCallback(
    (request: R) => {
      setFailure(null);
      setStatus(null);
      setStarting(true);
      launch(host, request).then(
        ({ jobId }) => {
          if (!gone.current) follow(jobId);
        },
        (e: unknown) => {
          if (gone.current) return;
          setStarting(false);
          setFailure(describeFailure(e, t));
        },
      );
    },
    [host, launch, follow, t],
  );

  const error = failure?.message ?? null;
  const running = starting || (status?.state === 'running' && error === null);
  return { status, error, errorKind: failure?.kind ?? null, running, start };
}

function describeFailure(e: unknown, t: Translate): { kind: HostErrorKind | null; message: string } {
  return { kind: e instanceof HostError ? e.code : null, message: hostErrorText(e, t) };
}
