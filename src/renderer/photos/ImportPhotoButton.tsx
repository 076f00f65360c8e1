// ImportPhotoButton.tsx: the toolbar's 导入图片…. With an image frame of the page selected the
// picture goes into it; otherwise each picture gets a new frame on the page.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { currentPage, isEditable, selectedFrame, useEditorState } from '../state';
import { PhotoFileButton } from './PhotoFileButton';
import { usePhotoTools } from './PhotoProvider';
import './photos.css';

export function ImportPhotoButton(): ReactNode {
  const { t } = useI18n();
  const tools = usePhotoTools();
  const state = useEditorState();
  if (!tools) return null;
  const primary = selectedFrame(state);
  const page = currentPage(state);
  const into = primary && !primary.fromMaster && primary.frame.kind === 'image' && page ? { frameId: primary.frame.id } : null;
  return (
    <span className="photo-import">
      <PhotoFileButton
        testId="import-photo"
        label={t('photos.import')}
        title={t('photos.import.hint')}
        multiple
        disabled={!isEditable(state) || tools.importing !== null}
        onFiles={(files) => void tools.importFiles(files, into)}
      />
      {tools.importing !== null && (
        <span className="photo-importing" role="status" data-testid="photo-importing">
          {t('photos.importing', { name: tools.importing })}
        </span>
      )}
    </span>
  );
}
