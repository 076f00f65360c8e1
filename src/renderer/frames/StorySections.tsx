// StorySections.tsx: the text frame's story in the properties panel: its paragraph styles, its
// thread (where it comes from and goes on, link and unlink) and the copyfit readout.
import { memo, type ReactNode, useMemo } from 'react';
import { type Copyfit, copyfit } from '../../shared/layout/copyfit';
import type { Edition, FrameRef, Op, Story, TextFrame } from '../../shared/model';
import { dataName, useI18n } from '../i18n';
import { type PageLayoutState, useLayoutSession } from '../layout';
import { currentEdition, useEditorStore } from '../state';
import { SelectField } from './fields';
import { restyleOp, stylesUsed } from './properties';
import type { FrameEditing } from './useFrameEditing';

interface StylesSectionProps {
  readonly story: Story;
  readonly edition: Edition;
  readonly disabled: boolean;
  readonly apply: (ops: Op[]) => void;
}

/**
 * Equal props: the same story id with the same styles in use (typing changes the story's text on
 * every keystroke, rarely which styles it uses), the same paragraph styles, state and callback.
 */
function sameStylesProps(a: StylesSectionProps, b: StylesSectionProps): boolean {
  if (a.story.id !== b.story.id || a.disabled !== b.disabled || a.apply !== b.apply || a.edition.styles.paragraph !== b.edition.styles.paragraph) return false;
  if (a.story === b.story) return true;
  const used = stylesUsed(a.story);
  const now = stylesUsed(b.story);
  return used.length === now.length && used.every((u, i) => u.styleId === now[i]?.styleId && u.count === now[i]?.count);
}

export const StylesSection = memo(function StylesSection(props: StylesSectionProps): ReactNode {
  const { t } = useI18n();
  const store = useEditorStore();
  const storyId = props.story.id;
  const styles = props.edition.styles.paragraph;
  const options = styles.map((s) => ({ value: s.id, label: dataName(t, s) }));
  return (
    <fieldset className="panel-section" data-testid="props-styles">
      <legend>{t('frames.section.styles')}</legend>
      {stylesUsed(props.story).map(({ styleId, count }) => {
        const style = styles.find((s) => s.id === styleId);
        const label = t('frames.style.row', { name: style?.name ?? t('frames.style.missing', { id: styleId }), count });
        return (
          <SelectField
            key={styleId}
            label={label}
            value={styleId}
            testId={`prop-style-${styleId}`}
            disabled={props.disabled}
            options={style ? options : [{ value: styleId, label: styleId }, ...options]}
            onChange={(to) => {
              // The story as it is now: this section is not rendered again for every keystroke.
              const story = currentEdition(store.getState())?.stories.find((s) => s.id === storyId);
              const op = story ? restyleOp(story, styleId, to) : null;
              if (op) props.apply([op]);
            }}
          />
        );
      })}
    </fieldset>
  );
}, sameStylesProps);

export function ThreadSection(props: { frame: TextFrame; pageId: string; edition: Edition; slug: string | null; disabled: boolean; editing: FrameEditing }): ReactNode {
  const { t } = useI18n();
  const { frame, edition, editing } = props;
  const where = (ref: FrameRef | null): string => {
    if (!ref) return t('frames.thread.nothing');
    const page = edition.pages.find((p) => p.id === ref.pageId);
    // By number first, as the printed jump line names it (下转第三版), then the label staff set.
    return page ? t('frames.thread.where', { number: page.number, label: page.label }) : t('frames.thread.nothing');
  };
  const self = { pageId: props.pageId, frameId: frame.id };
  const pending = editing.threadFrom?.frameId === frame.id;
  return (
    <fieldset className="panel-section" data-testid="props-thread">
      <legend>{t('frames.section.thread')}</legend>
      <p data-testid="thread-story">{props.slug !== null ? t('frames.story', { slug: props.slug }) : t('frames.story.none')}</p>
      <p data-testid="thread-prev">{t('frames.thread.prev', { where: where(frame.prev) })}</p>
      <p data-testid="thread-next">{t('frames.thread.next', { where: where(frame.next) })}</p>
      <div className="panel-buttons">
        <button type="button" data-testid="thread-link" aria-pressed={pending} disabled={props.disabled} onClick={() => (pending ? editing.cancelThreading() : editing.startThreading(self))}>
          {t('frames.thread.link')}
        </button>
        <button type="button" data-testid="thread-unlink-next" disabled={props.disabled || !frame.next} onClick={() => editing.unlinkAfter(self)}>
          {t('frames.thread.unlinkNext')}
        </button>
        <button type="button" data-testid="thread-unlink-prev" disabled={props.disabled || !frame.prev} onClick={() => frame.prev && editing.unlinkAfter(frame.prev)}>
          {t('frames.thread.unlinkPrev')}
        </button>
      </div>
    </fieldset>
  );
}

/** The selected story's copyfit, from its last flow through its whole thread (all pages). */
export function useCopyfit(edition: Edition | null, story: Story | null, layout: PageLayoutState): Copyfit | null {
  const session = useLayoutSession();
  return useMemo(() => {
    if (layout.phase !== 'ready' || !story || !edition) return null;
    const flow = session.storyFlow(story);
    if (!flow) return null;
    return copyfit({ story, styles: edition.styles, format: edition.format, frames: flow.frames, overset: flow.overset });
  }, [session, edition, story, layout]);
}

export function CopyfitReadout({ fit }: { fit: Copyfit | null }): ReactNode {
  const { t } = useI18n();
  const text = !fit ? t('frames.copyfit.pending') : fit.state === 'fit' ? t('frames.copyfit.fit') : t(`frames.copyfit.${fit.state}`, { chars: fit.chars, lines: fit.lines });
  return (
    <div
      className={`copyfit copyfit-${fit?.state ?? 'pending'}`}
      role="status"
      aria-label={t('frames.copyfit')}
      data-testid="copyfit"
      data-state={fit?.state ?? 'pending'}
      data-chars={fit?.chars ?? ''}
      data-lines={fit?.lines ?? ''}
    >
      <span className="copyfit-title">{t('frames.copyfit')}</span> {text}
    </div>
  );
}
