// FileError.tsx: a File dialog's refusal. It brings itself into view when it appears or changes:
// the open dialog's recent list can push the path field and its refusal below the dialog's
// fold at 768 px, where a press of Enter seemed to do nothing.
import { type ReactNode, useEffect, useRef } from 'react';

export function FileError({ message, testId = 'file-error', children }: { message: string; testId?: string; children?: ReactNode }): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  // A block, not an arrow's value: Chromium's scrollIntoView returns a promise, which React
  // would take for the clean-up and call when the refusal goes (the window blanked).
  useEffect(() => {
    void ref.current?.scrollIntoView({ block: 'nearest' });
  }, [message]);
  return (
    <div ref={ref} className="file-error" role="alert" data-testid={testId}>
      <p>{message}</p>
      {children}
    </div>
  );
}
