// ImportPhotoButton.tsx: the frame toolbar's 导入图片…. With an image frame of the page selected
// the picture goes into it; otherwise each picture gets a new frame around the middle of what the
// window shows of the page, each stepped down and right from the last. It reads only the
// selection from the store: rendered on every keystroke, its file input cost a write of its name
// and type attributes each time (React 19 rewrites them on every render).
import { memo, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { currentPage, type EditorState, isEditable, selectedFrame, useEditorSelector, useEditorStore } from '../state';
import { visiblePageCentre } from './dropTarget';
import { PhotoFileButton } from './PhotoFileButton';
import type { PhotoFile } from './importPhoto';
import { usePhotoTools } from './PhotoProvider';
import './photos.css';

/** The selected image frame of the page, which an import fills, or null. */
function targetFrameId(state: EditorState): string | null {
  const primary = selectedFrame(state);
  return primary && !primary.fromMaster && primary.frame.kind === 'image' && currentPage(state) ? primary.frame.id : null;
}

// Memoised (no props): the toolbar renders again for each confirmed revision, and React writes a
// file input's name and type on every render.
export const ImportPhotoButton = memo(function ImportPhotoButton(): ReactNode {
  const { t } = useI18n();
  const tools = usePhotoTools();
  const store = useEditorStore();
  const editable = useEditorSelector(isEditable);
  if (!tools) return null;
  // Where the pictures go is decided when they arrive, from the selection then: into the selected
  // image frame, else around the middle of what the window shows of the page.
  const importInto = (files: readonly PhotoFile[]): void => {
    const frameId = targetFrameId(store.getState());
    const centre = frameId === null ? visiblePageCentre(document) : null;
    void tools.importFiles(files, frameId !== null ? { frameId } : centre ? { centre } : null);
  };
  return (
    <span className="photo-import">
      <PhotoFileButton
        testId="import-photo"
        label={t('photos.import')}
        title={t('photos.import.hint')}
        multiple
        disabled={!editable || tools.importing !== null}
        onFiles={importInto}
      />
      {tools.importing !== null && (
        <span className="photo-importing" role="status" data-testid="photo-importing">
          {t('photos.importing', { name: tools.importing })}
        </span>
      )}
    </span>
  );
});
