// FrameSections.tsx: the frame sections of the properties panel: position and size, the text
// frame's columns, insets and vertical alignment, text wrap, and stroke and fill from the
// edition's swatches. Each field change is one op through the store. Each section is memoised
// on what it reads (the frame, and the swatches for colour), not on the edition: typing in a
// story makes a new edition on every keystroke, and re-rendering a dozen controlled inputs for
// it cost the page repaint time (React writes every input's name and type on each render).
import { memo, type ReactNode } from 'react';
import { type Cmyk, type Edition, type Frame, type Insets, mmToPt, type Op, roundPt, type Swatch, type TextFrame } from '../../shared/model';
import { dataName, useI18n } from '../i18n';
import { captionFollowOps } from '../photos';
import { currentPage, useEditorStore } from '../state';
import { NumberField, SelectField } from './fields';
import { columnsRefusal, type FieldRefusal, sameColour, type GeometryField, geometryOp, geometryRefusal, gutterRefusal, insetRefusal, mmText, offsetRefusal, patchOp, strokeRefusal, swatchFor } from './properties';

export interface SectionProps<F extends Frame = Frame> {
  readonly frame: F;
  readonly pageId: string;
  readonly edition: Edition;
  /** Read-only edition, master furniture or (for geometry) a locked frame. */
  readonly disabled: boolean;
  readonly apply: (ops: Op[]) => void;
}

/** Equal props for a section: the same frame, page, state and callback, and the same swatches. */
export function sameSectionProps(a: SectionProps, b: SectionProps): boolean {
  return a.frame === b.frame && a.pageId === b.pageId && a.disabled === b.disabled && a.apply === b.apply && a.edition.swatches === b.edition.swatches && a.edition.format === b.edition.format;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;
const mm = (value: number): number => roundPt(mmToPt(value));

export const GeometrySection = memo(function GeometrySection({ frame, pageId, edition, disabled, apply }: SectionProps): ReactNode {
  const { t } = useI18n();
  const store = useEditorStore();
  const fields: GeometryField[] = ['x', 'y', 'width', 'height'];
  return (
    <fieldset className="panel-section" data-testid="props-geometry">
      <legend>{t('frames.section.geometry')}</legend>
      <div className="field-grid">
        {fields.map((field) => (
          <NumberField
            key={field}
            label={t(`frames.field.${field}`)}
            value={mmText(frame[field])}
            testId={`prop-${field}`}
            disabled={disabled || (field === 'height' && frame.kind === 'rule' && frame.height === 0)}
            refuse={(value) => geometryRefusal(edition.format, frame, field, value)}
            onCommit={(value) => {
              // Null: no change; the field shows the frame again.
              const op = geometryOp(pageId, frame, field, value);
              if (!op) return false;
              const page = currentPage(store.getState());
              apply([op, ...(page?.id === pageId && op.type === 'resizeFrame' ? captionFollowOps(page, frame, op) : [])]);
              return true;
            }}
          />
        ))}
      </div>
    </fieldset>
  );
}, sameSectionProps);

function InsetFields(props: { insets: Insets; testId: string; disabled: boolean; refuse: (side: keyof Insets, mm: number) => FieldRefusal | null; onChange: (insets: Insets) => void }): ReactNode {
  const { t } = useI18n();
  return (
    <div className="field-grid">
      {SIDES.map((side) => (
        <NumberField
          key={side}
          label={t(`frames.field.${side}`)}
          value={mmText(props.insets[side])}
          testId={`${props.testId}-${side}`}
          disabled={props.disabled}
          refuse={(value) => props.refuse(side, value)}
          onCommit={(value) => props.onChange({ ...props.insets, [side]: mm(value) })}
        />
      ))}
    </div>
  );
}

export const TextFrameSection = memo(function TextFrameSection({ frame, pageId, edition, disabled, apply }: SectionProps<TextFrame>): ReactNode {
  const { t } = useI18n();
  const patch = (p: Record<string, unknown>): void => apply([patchOp(pageId, frame, p)]);
  return (
    <fieldset className="panel-section" data-testid="props-text">
      <legend>{t('frames.section.text')}</legend>
      <div className="field-grid">
        <NumberField
          label={t('frames.field.columns')}
          value={String(frame.columns)}
          testId="prop-columns"
          disabled={disabled}
          refuse={(value) => columnsRefusal(frame, edition.format.bodySize, value)}
          onCommit={(value) => value !== frame.columns && patch({ columns: value })}
        />
        <NumberField
          label={t('frames.field.gutter')}
          value={mmText(frame.gutter)}
          testId="prop-gutter"
          disabled={disabled}
          refuse={(value) => gutterRefusal(frame, edition.format.bodySize, value)}
          onCommit={(value) => patch({ gutter: mm(value) })}
        />
      </div>
      <div className="field-caption">{t('frames.field.insets')}</div>
      <InsetFields insets={frame.insets} testId="prop-inset" disabled={disabled} refuse={(side, value) => insetRefusal(frame, edition.format, side, value)} onChange={(insets) => patch({ insets })} />
      <SelectField
        label={t('frames.field.valign')}
        value={frame.verticalAlign}
        testId="prop-valign"
        disabled={disabled}
        options={(['top', 'center', 'bottom', 'justify'] as const).map((v) => ({ value: v, label: t(`frames.valign.${v}`) }))}
        onChange={(verticalAlign) => patch({ verticalAlign })}
      />
      {frame.template !== null && (
        <SelectField
          label={t('frames.field.templateAlign')}
          value={frame.templateAlign}
          testId="prop-template-align"
          disabled={disabled}
          options={(['start', 'center', 'end', 'outside', 'inside'] as const).map((v) => ({ value: v, label: t(`frames.templateAlign.${v}`) }))}
          onChange={(templateAlign) => patch({ templateAlign })}
        />
      )}
      {frame.template !== null && (
        <label className="field field-wide">
          <span className="field-label">{t('frames.field.template')}</span>
          <input
            type="text"
            data-testid="prop-template"
            defaultValue={frame.template}
            key={frame.template}
            disabled={disabled}
            onBlur={(event) => event.target.value !== frame.template && patch({ template: event.target.value })}
          />
        </label>
      )}
    </fieldset>
  );
}, sameSectionProps as (a: SectionProps<TextFrame>, b: SectionProps<TextFrame>) => boolean);

export const WrapSection = memo(function WrapSection({ frame, pageId, edition, disabled, apply }: SectionProps): ReactNode {
  const { t } = useI18n();
  const patch = (wrap: Frame['wrap']): void => apply([patchOp(pageId, frame, { wrap })]);
  return (
    <fieldset className="panel-section" data-testid="props-wrap">
      <legend>{t('frames.section.wrap')}</legend>
      <label className="field field-check">
        <input type="checkbox" data-testid="prop-wrap" checked={frame.wrap.enabled} disabled={disabled} onChange={(event) => patch({ ...frame.wrap, enabled: event.target.checked })} />
        <span>{t('frames.wrap.enabled')}</span>
      </label>
      <div className="field-caption">{t('frames.wrap.offsets')}</div>
      <InsetFields
        insets={frame.wrap.offsets}
        testId="prop-wrap"
        disabled={disabled || !frame.wrap.enabled}
        refuse={(_, value) => offsetRefusal(edition.format, value)}
        onChange={(offsets) => patch({ ...frame.wrap, offsets })}
      />
    </fieldset>
  );
}, sameSectionProps);

const NONE = '';
const CUSTOM = '*';
const MIXED = '~';

function SwatchSelect(props: {
  label: string;
  colour: Cmyk | null;
  /** The frames edited together have different colours: none is shown as chosen. */
  mixed?: boolean;
  swatches: readonly Swatch[];
  allowNone: boolean;
  testId: string;
  disabled: boolean;
  onChange: (colour: Cmyk | null) => void;
}): ReactNode {
  const { t } = useI18n();
  const chosen = swatchFor(props.colour, props.swatches);
  const value = props.mixed ? MIXED : props.colour === null ? NONE : (chosen?.id ?? CUSTOM);
  const options = [
    ...(value === MIXED ? [{ value: MIXED, label: t('frames.swatch.mixed') }] : []),
    ...(props.allowNone ? [{ value: NONE, label: t('frames.swatch.none') }] : []),
    ...(value === CUSTOM ? [{ value: CUSTOM, label: t('frames.swatch.custom') }] : []),
    ...props.swatches.map((s) => ({ value: s.id, label: dataName(t, s) })),
  ];
  return (
    <SelectField
      label={props.label}
      value={value}
      options={options}
      testId={props.testId}
      disabled={props.disabled}
      onChange={(id) => {
        if (id === CUSTOM || id === MIXED) return;
        props.onChange(id === NONE ? null : (props.swatches.find((s) => s.id === id)?.color ?? null));
      }}
    />
  );
}

/** Stroke and fill of boxes; the stroke of rules. Text and image frames have neither. */
export const ColourSection = memo(function ColourSection({ frame, pageId, edition, disabled, apply }: SectionProps): ReactNode {
  const { t } = useI18n();
  if (frame.kind !== 'box' && frame.kind !== 'rule') return null;
  const patch = (p: Record<string, unknown>): void => apply([patchOp(pageId, frame, p)]);
  const stroke = frame.stroke;
  const black = edition.swatches[0]?.color ?? { c: 0, m: 0, y: 0, k: 100 };
  return (
    <fieldset className="panel-section" data-testid="props-colour">
      <legend>{t('frames.section.colour')}</legend>
      <SwatchSelect
        label={t('frames.field.stroke')}
        colour={stroke?.color ?? null}
        swatches={edition.swatches}
        allowNone={frame.kind === 'box'}
        testId="prop-stroke"
        disabled={disabled}
        onChange={(color) => patch({ stroke: color === null ? null : { width: stroke?.width ?? 0.5, color } })}
      />
      <NumberField
        label={t('frames.field.strokeWidth')}
        value={String(stroke?.width ?? 0)}
        testId="prop-stroke-width"
        disabled={disabled}
        refuse={(width) => strokeRefusal(frame, width)}
        onCommit={(width) => patch({ stroke: { color: stroke?.color ?? black, width: roundPt(width) } })}
      />
      {frame.kind === 'box' && (
        <SwatchSelect label={t('frames.field.fill')} colour={frame.fill} swatches={edition.swatches} allowNone testId="prop-fill" disabled={disabled} onChange={(fill) => patch({ fill })} />
      )}
    </fieldset>
  );
}, sameSectionProps);

/** The frames a several-frame selection edits together: neither master furniture nor locked-out. */
export interface ManyFramesProps {
  readonly frames: readonly Frame[];
  readonly pageId: string;
  readonly edition: Edition;
  readonly disabled: boolean;
  readonly apply: (ops: Op[]) => void;
}

const sameColourOrNone = (a: Cmyk | null, b: Cmyk | null): boolean => (a === null || b === null ? a === b : sameColour(a, b));

/**
 * Text wrap, stroke and fill of several frames at once, one undo step each change: a field shows
 * the value they share, or that they differ. Stroke is for boxes and rules, fill for boxes.
 */
export const ManyFramesSection = memo(function ManyFramesSection({ frames, pageId, edition, disabled, apply }: ManyFramesProps): ReactNode {
  const { t } = useI18n();
  const patchAll = <F extends Frame>(targets: readonly F[], patch: (frame: F) => Record<string, unknown>): void => apply(targets.map((f) => patchOp(pageId, f, patch(f))));
  const wrapped = frames.filter((f) => f.wrap.enabled).length;
  const stroked = frames.filter((f): f is Extract<Frame, { kind: 'box' | 'rule' }> => f.kind === 'box' || f.kind === 'rule');
  const boxes = frames.filter((f): f is Extract<Frame, { kind: 'box' }> => f.kind === 'box');
  const black = edition.swatches[0]?.color ?? { c: 0, m: 0, y: 0, k: 100 };
  const first = stroked[0];
  const strokeMixed = stroked.some((f) => !sameColourOrNone(f.stroke?.color ?? null, first?.stroke?.color ?? null));
  const widths = new Set(stroked.map((f) => f.stroke?.width ?? 0));
  const fillMixed = boxes.some((f) => !sameColourOrNone(f.fill, boxes[0]?.fill ?? null));
  return (
    <fieldset className="panel-section" data-testid="props-many">
      <legend>{t('frames.section.many', { count: frames.length })}</legend>
      <label className="field field-check">
        <input
          type="checkbox"
          data-testid="prop-many-wrap"
          checked={wrapped === frames.length}
          ref={(el) => {
            if (el) el.indeterminate = wrapped > 0 && wrapped < frames.length;
          }}
          disabled={disabled}
          onChange={(event) => patchAll(frames, (f) => ({ wrap: { ...f.wrap, enabled: event.target.checked } }))}
        />
        <span>{t('frames.wrap.enabled')}</span>
      </label>
      {first && (
        <>
          <SwatchSelect
            label={t('frames.field.stroke')}
            colour={first.stroke?.color ?? null}
            mixed={strokeMixed}
            swatches={edition.swatches}
            allowNone={stroked.every((f) => f.kind === 'box')}
            testId="prop-many-stroke"
            disabled={disabled}
            onChange={(color) => patchAll(stroked, (f) => ({ stroke: color === null ? null : { width: f.stroke?.width ?? 0.5, color } }))}
          />
          <NumberField
            label={t('frames.field.strokeWidth')}
            value={widths.size === 1 ? String([...widths][0]) : ''}
            testId="prop-many-stroke-width"
            disabled={disabled}
            refuse={(width) => stroked.map((f) => strokeRefusal(f, width)).find((r) => r !== null) ?? null}
            onCommit={(width) => patchAll(stroked, (f) => ({ stroke: { color: f.stroke?.color ?? black, width: roundPt(width) } }))}
          />
        </>
      )}
      {boxes.length > 0 && (
        <SwatchSelect
          label={t('frames.field.fill')}
          colour={boxes[0]?.fill ?? null}
          mixed={fillMixed}
          swatches={edition.swatches}
          allowNone
          testId="prop-many-fill"
          disabled={disabled}
          onChange={(fill) => patchAll(boxes, () => ({ fill }))}
        />
      )}
    </fieldset>
  );
});
