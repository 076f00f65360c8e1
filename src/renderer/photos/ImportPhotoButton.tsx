// ImportPhotoButton.tsx: the toolbar's 导入图片…. With an image frame of the page selected the
// picture goes into it; otherwise each picture gets a new frame on the page. It reads only the
// selection from the store: rendered on every keystroke, its file input cost a write of its name
// and type attributes each time (React 19 rewrites them on every render).
import { memo, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { currentPage, type EditorState, isEditable, selectedFrame, useEditorSelector, useEditorStore } from '../state';
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
  // Where the pictures go is decided when they arrive, from the selection then.
  const importInto = (files: readonly PhotoFile[]): void => {
    const frameId = targetFrameId(store.getState());
    void tools.importFiles(files, frameId === null ? null : { frameId });
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
