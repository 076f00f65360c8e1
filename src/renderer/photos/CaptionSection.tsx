// CaptionSection.tsx: the photo's caption (图片说明). Attached, it names the caption's story and
// offers to detach it; otherwise it adds a caption frame under the photo (prefilled from the
// file's IPTC caption and credit) or attaches a text frame already on the page. Attached
// captions move with the photo because both frames share a group.
import type { ReactNode } from 'react';
import { type Asset, type Edition, type ImageFrame, type Page, paragraphText, type TextFrame } from '../../shared/model';
import { useI18n } from '../i18n';
import { useEditorStore } from '../state';
import { addCaptionOps, attachCaptionOps, captionParagraph, detachCaptionOps } from './captionOps';
import { freshIds } from '../state/ids';

const PREVIEW_CHARS = 40;

export function CaptionSection(props: { edition: Edition; page: Page; photo: ImageFrame; asset: Asset | null; disabled: boolean }): ReactNode {
  const { t } = useI18n();
  const store = useEditorStore();
  const { edition, page, photo, asset } = props;
  const attached = photo.caption;
  const story = attached ? edition.stories.find((s) => s.id === attached.storyId) : undefined;
  const paragraph = attached ? story?.paragraphs.find((p) => p.id === attached.paragraphId) : undefined;
  const candidates = page.frames.filter((f): f is TextFrame => f.kind === 'text' && f.storyId !== null && captionParagraph(edition, f) !== null);
  const slugFor = (frame: TextFrame): string => edition.stories.find((s) => s.id === frame.storyId)?.slug ?? frame.name;

  const add = (): void => {
    const name = (asset?.description || photo.name || t('frame.kind.image')).replace(/\.[A-Za-z0-9]{1,5}$/u, '');
    const newId = freshIds(edition);
    const ids = { frameId: newId('frame'), storyId: newId('story'), paragraphId: newId('para'), groupId: newId('group') };
    store.applyOps(addCaptionOps(edition, page, photo, asset, ids, t('photos.caption.slug', { name })));
  };
  const attach = (frameId: string): void => {
    const frame = candidates.find((f) => f.id === frameId);
    const ops = frame ? attachCaptionOps(edition, page, photo, frame, freshIds(edition)('group')) : null;
    if (ops) store.applyOps(ops);
  };

  return (
    <fieldset className="photo-section" data-testid="photo-caption">
      <legend>{t('photos.caption')}</legend>
      {attached && (
        <>
          <p data-testid="photo-caption-attached" data-story-id={attached.storyId}>
            {t('photos.caption.attached', { slug: story?.slug ?? attached.storyId })}
          </p>
          {paragraph && <p className="photo-meta">{truncate(paragraphText(paragraph))}</p>}
          <div className="photo-buttons">
            <button type="button" data-testid="photo-caption-detach" disabled={props.disabled} onClick={() => store.applyOps(detachCaptionOps(page, photo))}>
              {t('photos.caption.detach')}
            </button>
          </div>
        </>
      )}
      {!attached && (
        <>
          <div className="photo-buttons">
            <button type="button" data-testid="photo-caption-add" disabled={props.disabled} onClick={add}>
              {t('photos.caption.add')}
            </button>
          </div>
          {candidates.length > 0 && (
            <label className="photo-attach">
              <span>{t('photos.caption.attach')}</span>
              <select data-testid="photo-caption-attach" value="" disabled={props.disabled} onChange={(event) => attach(event.currentTarget.value)}>
                <option value="">{t('photos.caption.choose')}</option>
                {candidates.map((f) => (
                  <option key={f.id} value={f.id}>
                    {slugFor(f)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </>
      )}
    </fieldset>
  );
}

function truncate(text: string): string {
  const chars = [...text];
  return chars.length > PREVIEW_CHARS ? `${chars.slice(0, PREVIEW_CHARS).join('')}…` : text;
}
