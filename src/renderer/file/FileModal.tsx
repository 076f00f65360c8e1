// FileModal.tsx: the frame every File dialog shares. It owns the keyboard while open (the
// workspace listens on window: arrows must not nudge a frame behind it, Ctrl+Z must not undo an
// edit nobody can see), closes on Escape unless busy, and takes the focus.
import './file.css';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';

export interface FileModalProps {
  readonly title: string;
  readonly testId: string;
  /** Null: the dialog cannot be dismissed (a choice must be made). */
  readonly onClose: (() => void) | null;
  readonly busy?: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}

export function FileModal({ title, testId, onClose, busy = false, className = '', children }: FileModalProps): ReactNode {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent): void => {
    event.stopPropagation();
    if (event.key === 'Escape' && onClose && !busy) onClose();
  };
  return (
    <div className="modal-backdrop">
      <div
        ref={ref}
        tabIndex={-1}
        className={`modal file-dialog ${className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy}
        data-testid={testId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
