// ScaleControl.tsx: the picture's scale, as a slider and a number in per cent of the size its
// file declares (100 % = the file's own ppi, as InDesign counts). The slider spans a quarter to
// four times the scale that fills the frame, so it is fine-grained where pictures are used. While
// it moves the page shows the result live; the release commits one step, and arrow-key steps in a
// row merge into one. The picture scales about the frame's centre.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { Asset, ImageFrame } from '../../shared/model';
import { useI18n } from '../i18n';
import { coverCrop, currentCrop, percentToScale, scaleCropAround, scaleToPercent } from './cropMath';
import type { PhotoTools } from './PhotoProvider';

export function ScaleControl(props: { frame: ImageFrame; asset: Asset; tools: PhotoTools; disabled: boolean }): ReactNode {
  const { t } = useI18n();
  const { frame, asset, tools } = props;
  const base = currentCrop(frame, asset);
  const live = tools.live?.frameId === frame.id ? tools.live : null;
  const percent = scaleToPercent((live?.crop ?? base).scale, asset);
  const cover = scaleToPercent(coverCrop(frame, asset).scale, asset);
  const min = Math.max(0.1, Math.min(Math.floor(cover / 4), Math.floor(percent)));
  const max = Math.max(Math.ceil(cover * 4), Math.ceil(percent));
  const [draft, setDraft] = useState<string | null>(null);
  const slider = useRef<HTMLInputElement>(null);

  const scaled = (value: number): ImageFrame['crop'] => scaleCropAround(base, percentToScale(value, asset), frame.width / 2, frame.height / 2);
  const commitLive = (): void => {
    const now = latest.current.tools.live;
    if (!now || now.frameId !== frame.id) return;
    latest.current.tools.setLive(null);
    latest.current.tools.commit(frame.id, { fit: 'crop', crop: now.crop }, `photo-scale:${frame.id}`);
  };
  const latest = useRef({ tools, commitLive });
  latest.current = { tools, commitLive };
  // React's onChange is the input event; the native change (release, or one key step) commits.
  useEffect(() => {
    const element = slider.current;
    if (!element) return;
    const onChange = (): void => latest.current.commitLive();
    element.addEventListener('change', onChange);
    return () => element.removeEventListener('change', onChange);
  }, []);

  const typed = (): void => {
    const value = Number(draft);
    setDraft(null);
    if (draft === null || !Number.isFinite(value) || value <= 0) return;
    tools.commit(frame.id, { fit: 'crop', crop: scaled(value) });
  };
  const shown = Math.round(percent * 10) / 10;
  return (
    <fieldset className="photo-section">
      <legend>{t('photos.scale')}</legend>
      <div className="photo-scale">
        <input
          ref={slider}
          type="range"
          data-testid="photo-scale"
          aria-label={t('photos.scale')}
          aria-valuetext={t('photos.scale.value', { percent: shown })}
          min={min}
          max={max}
          step={0.1}
          value={shown}
          disabled={props.disabled}
          onChange={(event) => tools.setLive({ frameId: frame.id, fit: 'crop', crop: scaled(Number(event.currentTarget.value)) })}
          onBlur={commitLive}
        />
        <input
          type="number"
          className="photo-scale-number"
          data-testid="photo-scale-number"
          aria-label={`${t('photos.scale')} %`}
          min={0.1}
          step={1}
          value={draft ?? String(shown)}
          disabled={props.disabled}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onBlur={typed}
          onKeyDown={(event) => {
            if (event.key === 'Enter') typed();
            if (event.key === 'Escape') setDraft(null);
          }}
        />
        <span aria-hidden="true">%</span>
      </div>
    </fieldset>
  );
}
