// PhotoPanel.tsx: the selected image frame's picture: what the file is (pixels, colour, its own
// ppi, its caption and credit), the effective ppi as placed (live while the crop changes, in the
// preflight colour), how it fits (适合/填满/居中/原大), content mode for panning, the scale, and
// the caption. Every change is one undoable step through store.applyOps.
import { memo, type ReactNode } from 'react';
import type { Asset, ImageFrame, OutputSettings } from '../../shared/model';
import { imageFramePpi } from '../../shared/preflight';
import { type MessageKey, useI18n } from '../i18n';
import { currentEdition, currentPage, type EditorState, isEditable, samePlacedFrame, selectedFrame, useEditorSelector } from '../state';
import { CaptionSection } from './CaptionSection';
import { type FitChoice, fitChoiceOf, fitPatch } from './placeOps';
import { PhotoFileButton } from './PhotoFileButton';
import { type PhotoTools, usePhotoTools } from './PhotoProvider';
import { ppiLabel, ppiTone } from './ppiTone';
import { ScaleControl } from './ScaleControl';
import './photos.css';

/** The selected frame when it is an image frame: the only time the panel shows. */
function selectedImage(state: EditorState): ReturnType<typeof selectedFrame> {
  const primary = selectedFrame(state);
  return primary?.frame.kind === 'image' ? primary : null;
}

// Memoised (no props): it reads the store itself.
export const PhotoPanel = memo(function PhotoPanel(): ReactNode {
  const { t } = useI18n();
  const tools = usePhotoTools();
  const primary = useEditorSelector(selectedImage, samePlacedFrame);
  // The edition and page only while an image frame is selected: otherwise typing in a story,
  // which makes a new edition per keystroke, would render the (hidden) panel again each time.
  const edition = useEditorSelector((state) => (primary ? currentEdition(state) : null));
  const page = useEditorSelector((state) => (primary ? currentPage(state) : null));
  const stateEditable = useEditorSelector(isEditable);
  if (!tools || !edition || !page || !primary || primary.frame.kind !== 'image') return null;
  const frame = primary.frame;
  const asset = edition.assets.find((a) => a.id === frame.assetId) ?? null;
  const editable = stateEditable && !primary.fromMaster && !frame.locked;
  const live = tools.live?.frameId === frame.id ? tools.live : null;
  const shown: ImageFrame = live ? { ...frame, fit: live.fit, crop: live.crop } : frame;
  return (
    <aside className="photo-panel" aria-label={t('photos.panel')} data-testid="photo-panel" data-frame-id={frame.id}>
      <h2 className="photo-panel-title">{t('photos.panel')}</h2>
      {frame.assetId === null && <p className="photo-hint">{t('photos.panel.empty')}</p>}
      {frame.assetId !== null && !asset && <p className="photo-hint">{t('photos.panel.missing', { id: frame.assetId })}</p>}
      <div className="photo-buttons">
        <PhotoFileButton
          testId="photo-choose"
          label={t(asset ? 'photos.replace' : 'photos.choose')}
          disabled={!editable || tools.importing !== null}
          onFiles={(files) => void tools.importFiles(files.slice(0, 1), { frameId: frame.id })}
        />
      </div>
      {asset && <AssetFacts asset={asset} />}
      {asset && <PpiReadout frame={shown} asset={asset} output={edition.output} />}
      {asset && <FitSection frame={frame} asset={asset} tools={tools} disabled={!editable} />}
      {asset && <ScaleControl frame={frame} asset={asset} tools={tools} disabled={!editable} />}
      <CaptionSection edition={edition} page={page} photo={frame} asset={asset} disabled={!editable || primary.fromMaster} />
    </aside>
  );
});

const COLOR_KEYS: Readonly<Record<NonNullable<Asset['colorSpace']>, MessageKey>> = {
  rgb: 'photos.info.color.rgb',
  cmyk: 'photos.info.color.cmyk',
  grey: 'photos.info.color.grey',
};

function AssetFacts({ asset }: { asset: Asset }): ReactNode {
  const { t } = useI18n();
  return (
    <dl className="photo-facts" data-testid="photo-facts">
      <dt className="photo-file" title={asset.path}>
        {asset.description || asset.path}
      </dt>
      <dd>{t('photos.info.pixels', { width: asset.pixelWidth, height: asset.pixelHeight })}</dd>
      <dd data-testid="photo-color">{t(asset.colorSpace ? COLOR_KEYS[asset.colorSpace] : 'photos.info.color.unknown')}</dd>
      <dd>{asset.ppi === null ? t('photos.info.noPpi') : t('photos.info.ppi', { ppi: asset.ppi })}</dd>
      {asset.preview !== null && <dd className="photo-hint">{t('photos.info.preview')}</dd>}
      {asset.caption !== '' && <dd className="photo-meta">{t('photos.caption.inFile', { caption: asset.caption })}</dd>}
      {asset.credit !== '' && <dd className="photo-meta">{t('photos.caption.creditInFile', { credit: asset.credit })}</dd>}
    </dl>
  );
}

function PpiReadout(props: { frame: ImageFrame; asset: Asset; output: Pick<OutputSettings, 'imageWarnPpi' | 'imageErrorPpi'> }): ReactNode {
  const { t } = useI18n();
  const ppi = imageFramePpi(props.frame, props.asset);
  if (ppi === null) return null;
  const tone = ppiTone(ppi, props.output);
  const why = tone === 'ok' ? t('photos.ppi.ok') : t(tone === 'warn' ? 'photos.ppi.warn' : 'photos.ppi.error', { threshold: tone === 'warn' ? props.output.imageWarnPpi : props.output.imageErrorPpi });
  return (
    <p className={`photo-ppi ppi-${tone}`}>
      <span className="photo-ppi-label">{t('photos.ppi.label')}</span>{' '}
      <output data-testid="photo-ppi" data-tone={tone} data-ppi={ppiLabel(ppi)} aria-label={t('photos.ppi.label')}>
        {t('photos.ppi.number', { ppi: ppiLabel(ppi) })}
      </output>
      <span className="photo-ppi-why">{why}</span>
    </p>
  );
}

const FIT_CHOICES: ReadonlyArray<{ choice: FitChoice; label: MessageKey; hint: MessageKey }> = [
  { choice: 'fit', label: 'photos.fit.fit', hint: 'photos.fit.fit.hint' },
  { choice: 'fill', label: 'photos.fit.fill', hint: 'photos.fit.fill.hint' },
  { choice: 'centre', label: 'photos.fit.centre', hint: 'photos.fit.centre.hint' },
  { choice: 'actual', label: 'photos.fit.actual', hint: 'photos.fit.actual.hint' },
];

function FitSection(props: { frame: ImageFrame; asset: Asset; tools: PhotoTools; disabled: boolean }): ReactNode {
  const { t } = useI18n();
  const { frame, asset, tools } = props;
  const chosen = fitChoiceOf(frame, asset);
  const content = tools.contentFrameId === frame.id;
  return (
    <fieldset className="photo-section">
      <legend>{t('photos.fit')}</legend>
      <div className="photo-buttons" role="group" aria-label={t('photos.fit')}>
        {FIT_CHOICES.map(({ choice, label, hint }) => (
          <button
            key={choice}
            type="button"
            data-testid={`photo-fit-${choice}`}
            aria-pressed={chosen === choice}
            title={t(hint)}
            disabled={props.disabled}
            onClick={() => tools.commit(frame.id, fitPatch(frame, asset, choice))}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div className="photo-buttons">
        <button type="button" data-testid="photo-content-mode" aria-pressed={content} disabled={props.disabled} onClick={() => tools.setContentFrame(content ? null : frame.id)}>
          {t('photos.content')}
        </button>
      </div>
      {content && <p className="photo-hint">{t('photos.content.hint')}</p>}
    </fieldset>
  );
}
