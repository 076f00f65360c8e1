// ExportModal.tsx: the frame both export dialogs share: a modal that takes the focus when it
// opens, keeps the keyboard to itself and closes on Escape unless a job is running (closing
// then would lose sight of an export that is still writing files).
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';

export interface ExportModalProps {
  readonly title: string;
  readonly testId: string;
  /** An export is running: Escape does not close. */
  readonly running: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function ExportModal({ title, testId, running, onClose, children }: ExportModalProps): ReactNode {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => dialogRef.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent): void => {
    // The dialog owns the keyboard while it is open: arrows must not nudge the selected frame
    // behind it, nor Ctrl+Z undo an edit the user cannot see (the workspace listens on window).
    event.stopPropagation();
    if (event.key === 'Escape' && !running) onClose();
  };
  return (
    <div className="modal-backdrop">
      <div ref={dialogRef} tabIndex={-1} className="modal export-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid={testId} onKeyDown={onKeyDown}>
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
