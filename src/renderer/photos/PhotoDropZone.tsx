// PhotoDropZone.tsx: pictures dragged from the desktop onto the page view. Only drags carrying
// files are taken (a story or frame dragged inside the app passes through untouched); the drop
// goes to dropTarget.ts's choice. The wrapper has no box of its own (display: contents), so the
// page view keeps its place in the workspace grid.
import { type DragEvent, type ReactNode, useState } from 'react';
import { useI18n } from '../i18n';
import { currentEdition, currentPage, isEditable, useEditorStore } from '../state';
import { dropTarget, pagePointOf, pageSvgOf } from './dropTarget';
import { usePhotoTools } from './PhotoProvider';
import './photos.css';

function carriesFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes('Files');
}

export function PhotoDropZone({ children }: { children: ReactNode }): ReactNode {
  const { t } = useI18n();
  const tools = usePhotoTools();
  const store = useEditorStore();
  const [over, setOver] = useState(false);
  const accepts = (event: DragEvent): boolean => tools !== null && carriesFiles(event) && isEditable(store.getState());
  return (
    <div
      className="photo-drop-zone"
      data-testid="photo-drop-zone"
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        if (!over) setOver(true);
      }}
      onDragLeave={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setOver(false);
      }}
      onDrop={(event) => {
        setOver(false);
        if (!accepts(event) || !tools) return;
        event.preventDefault();
        const files = [...event.dataTransfer.files];
        const state = store.getState();
        const edition = currentEdition(state);
        const page = currentPage(state);
        const svg = pageSvgOf(document);
        const point = svg ? pagePointOf(svg, event.clientX, event.clientY) : null;
        const target = edition && page && point ? dropTarget(edition, page, point) : null;
        void tools.importFiles(files, target);
      }}
    >
      {children}
      {over && (
        <div className="photo-drop-hint" role="status">
          {t('photos.drop')}
        </div>
      )}
    </div>
  );
}
