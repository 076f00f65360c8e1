// PhotoFileButton.tsx: a button that opens the system's file dialog for pictures. A plain
// <input type=file> works the same in the Electron window and in a browser on `galley serve`;
// it stays hidden behind the button, which carries the accessible name.
import { type ReactNode, useRef } from 'react';
import { IMAGE_IMPORT_EXTENSIONS } from '../../shared/image-api';
import type { PhotoFile } from './importPhoto';

const ACCEPT = [...IMAGE_IMPORT_EXTENSIONS, 'image/jpeg', 'image/png', 'image/tiff'].join(',');

export interface PhotoFileButtonProps {
  readonly label: string;
  readonly title?: string;
  readonly multiple?: boolean;
  readonly disabled?: boolean;
  readonly testId: string;
  readonly onFiles: (files: readonly PhotoFile[]) => void;
}

export function PhotoFileButton(props: PhotoFileButtonProps): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" data-testid={props.testId} disabled={props.disabled ?? false} title={props.title} onClick={() => input.current?.click()}>
        {props.label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={ACCEPT}
        multiple={props.multiple ?? false}
        aria-label={props.label}
        data-testid={`${props.testId}-input`}
        disabled={props.disabled ?? false}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared, so choosing the same file again still fires a change.
          event.currentTarget.value = '';
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </>
  );
}
