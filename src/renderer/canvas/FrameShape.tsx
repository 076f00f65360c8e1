// FrameShape.tsx: one frame as an outlined box with its label. Its composed text (FrameText) and
// overset mark come in as children, drawn above the content and below the outline.
import type { PointerEvent, ReactNode } from 'react';
import { imagePlacement } from '../../shared/layout/imagePlacement';
import { ruleSegment } from '../../shared/layout/ruleGeometry';
import type { Asset, Frame, ImageFrame, RuleFrame } from '../../shared/model';
import { useI18n } from '../i18n';
import { PpiBadge } from '../photos/PpiBadge';
import { useImageContentView, useImageFramePointer } from '../photos/useImageContent';
import { useAssetUrl } from './assets';
import { cmykToCss } from './geometry';

export interface FrameShapeProps {
  readonly frame: Frame;
  /** Where the frame is drawn: its own place, or where a resize preview puts it (a drag moves its wrapper, FrameOnPage). */
  readonly x: number;
  readonly y: number;
  readonly label: string;
  /** The image frame's asset record (pixel size for crop placement), if any. */
  readonly asset: Asset | null;
  readonly selected: boolean;
  readonly movable: boolean;
  readonly fromMaster: boolean;
  /** Pixels per point, so labels keep one screen size. */
  readonly zoom: number;
  readonly onPointerDown: (event: PointerEvent<SVGGElement>) => void;
  readonly children?: ReactNode;
  /**
   * The frame shows its content (composed text, a placed picture): no label on the page, selected
   * or not; the status bar and the properties panel name it. Inside, labels sat on headlines and
   * datelines and read as garbled type; above the top edge, a selected frame's label covered
   * what sits above it (the masthead, the story over a photo).
   */
  readonly quietLabel?: boolean;
}

const LABEL_PX = 12;

export function FrameShape(props: FrameShapeProps): ReactNode {
  const { frame, x, y, label, selected, movable, fromMaster, zoom } = props;
  const fontSize = LABEL_PX / zoom;
  // A rule is a hairline: a label on it would only cover what sits next to it.
  const showLabel = label !== '' && frame.kind !== 'rule' && !props.quietLabel;
  const pad = 3 / zoom;
  const classes = ['frame', `frame-${frame.kind}`, selected ? 'is-selected' : '', movable ? 'is-movable' : '', fromMaster ? 'is-master' : '']
    .filter(Boolean)
    .join(' ');
  // Image frames: double-click for content mode, where a press pans the picture (photos/).
  const photoPointer = useImageFramePointer(frame, props.asset, zoom, movable);
  return (
    <g
      {...photoPointer}
      className={classes}
      data-testid="frame"
      data-frame-id={frame.id}
      data-kind={frame.kind}
      data-label={label}
      data-x={x}
      data-y={y}
      data-width={frame.width}
      data-height={frame.height}
      data-locked={frame.locked}
      data-master={fromMaster}
      data-selected={selected}
      onPointerDown={props.onPointerDown}
    >
      {frame.kind === 'image' && <ImageContent frame={frame} asset={props.asset} x={x} y={y} zoom={zoom} selected={selected} />}
      {frame.kind === 'rule' && frame.stroke.width > 0 && <RuleInk frame={frame} x={x} y={y} />}
      {frame.kind === 'box' && frame.fill && <rect x={x} y={y} width={frame.width} height={frame.height} fill={cmykToCss(frame.fill)} />}
      {frame.kind === 'box' && frame.stroke && frame.stroke.width > 0 && (
        <rect className="box-stroke" x={x} y={y} width={frame.width} height={frame.height} fill="none" stroke={cmykToCss(frame.stroke.color)} strokeWidth={frame.stroke.width} />
      )}
      {frame.kind === 'text' && frame.columns > 1 && <ColumnDividers x={x} y={y} width={frame.width} height={frame.height} columns={frame.columns} gutter={frame.gutter} />}
      {props.children}
      <rect className="frame-outline" x={x} y={y} width={frame.width} height={Math.max(frame.height, 1 / zoom)} vectorEffect="non-scaling-stroke" />
      {showLabel && (
        <text className="frame-label" x={x + pad} y={y + pad + fontSize} fontSize={fontSize}>
          {label}
        </text>
      )}
    </g>
  );
}

/** The gaps between a multi-column frame's own columns, so its span reads at a glance. */
function ColumnDividers(props: { x: number; y: number; width: number; height: number; columns: number; gutter: number }): ReactNode {
  const column = (props.width - (props.columns - 1) * props.gutter) / props.columns;
  const gaps = Array.from({ length: props.columns - 1 }, (_, i) => props.x + (i + 1) * column + i * props.gutter);
  return (
    <g className="frame-columns">
      {gaps.map((gx) => (
        <rect key={gx} x={gx} y={props.y} width={props.gutter} height={props.height} />
      ))}
    </g>
  );
}

/**
 * The picture, placed by the same geometry the PDF painter uses
 * (src/shared/layout/imagePlacement.ts), with a live crop while one is being adjusted. In content
 * mode the parts the frame cuts off show faintly, with the picture's edge, so a pan can be aimed.
 * Selected, it carries its effective ppi in the preflight colour.
 */
function ImageContent(props: { frame: ImageFrame; asset: Asset | null; x: number; y: number; zoom: number; selected: boolean }): ReactNode {
  const { asset, x, y, zoom } = props;
  const { shown: frame, contentMode, output } = useImageContentView(props.frame);
  const entry = useAssetUrl(frame.assetId);
  const { t } = useI18n();
  const clipId = `clip-${frame.id}`;
  const badge = asset && output && (props.selected || contentMode) ? <PpiBadge frame={frame} asset={asset} x={x} y={y} zoom={zoom} output={output} /> : null;
  if (!entry || entry.state !== 'ready') {
    return (
      <g className="image-placeholder">
        <rect x={x} y={y} width={frame.width} height={frame.height} />
        <path d={`M${x} ${y}L${x + frame.width} ${y + frame.height}M${x + frame.width} ${y}L${x} ${y + frame.height}`} vectorEffect="non-scaling-stroke" />
        {entry?.state === 'failed' && <title>{`${t('frame.imageFailed')}: ${entry.message}`}</title>}
        {badge}
      </g>
    );
  }
  // Without the asset record there is no pixel size to place by, so the picture fills the frame.
  const placement = asset ? imagePlacement(frame, asset, { x, y }) : null;
  const clip = placement?.clip ?? { x, y, width: frame.width, height: frame.height };
  const image = placement?.image ?? clip;
  return (
    <g
      className={contentMode ? 'image-content is-content-mode' : 'image-content'}
      data-testid="frame-image"
      data-fit={frame.fit}
      data-offset-x={frame.crop.offsetX}
      data-offset-y={frame.crop.offsetY}
      data-scale={frame.crop.scale}
      data-content-mode={contentMode}
    >
      {contentMode && <image className="image-ghost" href={entry.url} x={image.x} y={image.y} width={image.width} height={image.height} preserveAspectRatio="none" />}
      <clipPath id={clipId}>
        <rect x={clip.x} y={clip.y} width={clip.width} height={clip.height} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        <image href={entry.url} x={image.x} y={image.y} width={image.width} height={image.height} preserveAspectRatio="none" />
      </g>
      {contentMode && <rect className="image-bounds" x={image.x} y={image.y} width={image.width} height={image.height} vectorEffect="non-scaling-stroke" />}
      {badge}
    </g>
  );
}

/** The stroke the PDF paints (pageContent.ts): the same centred segment, butt caps. */
function RuleInk(props: { frame: RuleFrame; x: number; y: number }): ReactNode {
  const { frame } = props;
  const s = ruleSegment({ x: props.x, y: props.y, width: frame.width, height: frame.height });
  return <line className="rule-ink" x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} stroke={cmykToCss(frame.stroke.color)} strokeWidth={frame.stroke.width} strokeLinecap="butt" />;
}
