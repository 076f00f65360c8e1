// FrameOverlay.tsx: what the frame tools draw over the page: the selection's bounds, the eight
// resize handles, text frames' in- and out-ports, thread arrows (on request), the marquee, the
// frame being drawn and the snap lines. Sizes are in screen pixels, divided by the zoom.
// Memoised: typing in a story renders the page again but changes nothing drawn here.
import { memo, type ReactNode } from 'react';
import type { Box, Frame, Page, PageFormat, TextFrame } from '../../shared/model';
import { SnapGuides } from '../canvas/SnapGuides';
import { useI18n } from '../i18n';
import { type PlacedFrame, samePlacedFrames } from '../state';
import { boundsOf } from './geometry';
import { handleAnchor, handlesFor } from './resize';
import type { CanvasGestures, CanvasPreview } from './useCanvasGestures';
import type { FrameEditing } from './useFrameEditing';

const HANDLE_PX = 8;
const PORT_PX = 10;
/** How far above the bottom corner the out-port sits (and below the top corner the in-port). */
const OUT_PORT_RISE_PX = 30;

/** The overlay's own pointer handlers (the page's gestures, handed on stable). */
export type OverlayGestures = Pick<CanvasGestures, 'onHandlePointerDown' | 'onOutPortPointerDown'>;

export interface FrameOverlayProps {
  /** The edition's pages (thread labels name the page a thread goes to). */
  readonly pages: readonly Page[];
  readonly format: PageFormat;
  readonly page: Page;
  /** The selected frames drawn on the page (master furniture included), in selection order. */
  readonly selected: readonly PlacedFrame[];
  readonly editable: boolean;
  readonly zoom: number;
  readonly preview: CanvasPreview | null;
  readonly editing: FrameEditing;
  readonly gestures: OverlayGestures;
  /** Frames carrying a story's overset mark (by frame id): their out-port shows a red plus. */
  readonly overset: ReadonlyMap<string, unknown>;
}

/**
 * Equal props: the same of everything, except that the selection is compared frame by frame and
 * the overset frames by id (both are new objects each time the page is composed).
 */
function sameOverlayProps(a: FrameOverlayProps, b: FrameOverlayProps): boolean {
  const keys = Object.keys(a) as Array<keyof FrameOverlayProps>;
  return (
    keys.every((key) => key === 'overset' || key === 'selected' || a[key] === b[key]) &&
    samePlacedFrames(a.selected, b.selected) &&
    a.overset.size === b.overset.size &&
    [...a.overset.keys()].every((id) => b.overset.has(id))
  );
}

export const FrameOverlay = memo(function FrameOverlay(props: FrameOverlayProps): ReactNode {
  const { pages, format, page, zoom, preview, editing, editable, selected } = props;
  const own = selected.filter((p) => !p.fromMaster).map((p) => p.frame);
  const moving = preview?.kind === 'move';
  const single = selected.length === 1 ? selected[0] : undefined;
  const resizable = single && !single.fromMaster && !single.frame.locked && editable ? single.frame : null;
  const resizeBox = preview?.kind === 'resize' && preview.frameId === resizable?.id ? preview.box : resizable;
  const bounds = selected.length > 1 ? boundsOf(selected.map((p) => p.frame)) : null;
  return (
    <g className="frame-overlay" data-testid="frame-overlay">
      {editing.showThreads && <ThreadArrows pages={pages} page={page} zoom={zoom} />}
      {bounds && !moving && <rect className="selection-bounds" data-testid="selection-bounds" x={bounds.x} y={bounds.y} width={bounds.width} height={bounds.height} vectorEffect="non-scaling-stroke" pointerEvents="none" />}
      {resizable && resizeBox && !moving && <Handles frame={resizable} box={resizeBox} zoom={zoom} gestures={props.gestures} />}
      {!moving &&
        editable &&
        own.filter((f): f is TextFrame => f.kind === 'text' && f.template === null).map((f) => (
          <Ports key={f.id} frame={f} zoom={zoom} overset={props.overset.has(f.id)} pending={editing.threadFrom?.frameId === f.id} gestures={props.gestures} />
        ))}
      {preview?.kind === 'marquee' && <rect className="marquee" data-testid="marquee" x={preview.box.x} y={preview.box.y} width={preview.box.width} height={preview.box.height} vectorEffect="non-scaling-stroke" pointerEvents="none" />}
      {preview?.kind === 'draw' && (
        <rect className="drawing" data-testid="drawing" data-tool={preview.tool} x={preview.box.x} y={preview.box.y} width={Math.max(preview.box.width, 1 / zoom)} height={Math.max(preview.box.height, 1 / zoom)} vectorEffect="non-scaling-stroke" pointerEvents="none" />
      )}
      {preview && preview.kind !== 'marquee' && <SnapGuides lines={preview.lines} format={format} />}
    </g>
  );
}, sameOverlayProps);

function Handles(props: { frame: Frame; box: Box; zoom: number; gestures: OverlayGestures }): ReactNode {
  const { t } = useI18n();
  const size = HANDLE_PX / props.zoom;
  const { box } = props;
  return (
    <g className="frame-handles" data-testid="frame-handles" data-frame-id={props.frame.id}>
      {handlesFor(box).map((handle) => {
        const { fx, fy } = handleAnchor(handle);
        return (
          <rect
            key={handle}
            className={`frame-handle handle-${handle}`}
            data-testid="frame-handle"
            data-handle={handle}
            x={box.x + fx * box.width - size / 2}
            y={box.y + fy * box.height - size / 2}
            width={size}
            height={size}
            vectorEffect="non-scaling-stroke"
            onPointerDown={(event) => props.gestures.onHandlePointerDown(event, props.frame, handle)}
          >
            <title>{t('frames.handle')}</title>
          </rect>
        );
      })}
    </g>
  );
}

/** Where a text frame's ports sit: on its edges, clear of the corner handles and of the overset mark inside the corner. */
function portCentres(frame: TextFrame, zoom: number): { in: { x: number; y: number }; out: { x: number; y: number } } {
  return {
    in: { x: frame.x, y: Math.min(frame.y + OUT_PORT_RISE_PX / zoom, frame.y + frame.height / 2) },
    out: { x: frame.x + frame.width, y: Math.max(frame.y + frame.height - OUT_PORT_RISE_PX / zoom, frame.y + frame.height / 2) },
  };
}

/** InDesign's ports: in at the top left, out at the bottom right; red plus when text is left over. */
function Ports(props: { frame: TextFrame; zoom: number; overset: boolean; pending: boolean; gestures: OverlayGestures }): ReactNode {
  const { t } = useI18n();
  const { frame } = props;
  const s = PORT_PX / props.zoom;
  const ports = portCentres(frame, props.zoom);
  const [inX, inY, outX, outY] = [ports.in.x - s / 2, ports.in.y - s / 2, ports.out.x - s / 2, ports.out.y - s / 2];
  const stroke = 1.5 / props.zoom;
  return (
    <g className="thread-ports">
      <rect className={frame.prev ? 'port port-in is-linked' : 'port port-in'} data-testid="in-port" data-frame-id={frame.id} x={inX} y={inY} width={s} height={s} pointerEvents="none">
        <title>{t('frames.port.in')}</title>
      </rect>
      <g
        className={['port-out', frame.next ? 'is-linked' : '', props.overset ? 'is-overset' : '', props.pending ? 'is-pending' : ''].filter(Boolean).join(' ')}
        data-testid="out-port"
        data-frame-id={frame.id}
        role="button"
        aria-label={t('frames.port.out')}
        onPointerDown={(event) => props.gestures.onOutPortPointerDown(event, frame)}
      >
        <title>{t('frames.port.out')}</title>
        <rect className="port" x={outX} y={outY} width={s} height={s} />
        {props.overset && <path className="port-plus" d={`M${outX + s / 2} ${outY + s * 0.2}V${outY + s * 0.8}M${outX + s * 0.2} ${outY + s / 2}H${outX + s * 0.8}`} strokeWidth={stroke} />}
        {!props.overset && frame.next && <path className="port-arrow" d={`M${outX + s * 0.3} ${outY + s * 0.2}L${outX + s * 0.75} ${outY + s / 2}L${outX + s * 0.3} ${outY + s * 0.8}Z`} />}
      </g>
    </g>
  );
}

/** Thread arrows between frames of this page, and where a thread leaves for or comes from another page. */
function ThreadArrows({ pages, page, zoom }: { pages: readonly Page[]; page: Page; zoom: number }): ReactNode {
  const { t } = useI18n();
  const fontSize = 11 / zoom;
  const labelOf = (pageId: string): string => pages.find((p) => p.id === pageId)?.label ?? '?';
  const texts = page.frames.filter((f): f is TextFrame => f.kind === 'text');
  const items: ReactNode[] = [];
  // A page label sits inside its frame beside the port it names, haloed: outside the frame it
  // fell on the next article's headline and read as type.
  const gap = (PORT_PX / 2 + 3) / zoom;
  const label = { fontSize, strokeWidth: 3 / zoom, dy: fontSize * 0.35 };
  for (const frame of texts) {
    const ports = portCentres(frame, zoom);
    if (frame.next && frame.next.pageId === page.id) {
      const target = texts.find((f) => f.id === frame.next?.frameId);
      if (target) {
        // Port to port, as the thread runs.
        const to = portCentres(target, zoom).in;
        items.push(<path key={`a${frame.id}`} className="thread-arrow" data-testid="thread-arrow" data-from={frame.id} data-to={target.id} d={`M${ports.out.x} ${ports.out.y}L${to.x} ${to.y}`} markerEnd="url(#thread-arrow-head)" vectorEffect="non-scaling-stroke" />);
      }
    } else if (frame.next) {
      items.push(
        <text key={`o${frame.id}`} className="thread-label" data-testid="thread-label" data-from={frame.id} x={ports.out.x - gap} y={ports.out.y + label.dy} textAnchor="end" fontSize={label.fontSize} strokeWidth={label.strokeWidth}>
          {t('frames.arrow.toPage', { label: labelOf(frame.next.pageId) })}
        </text>,
      );
    }
    if (frame.prev && frame.prev.pageId !== page.id) {
      items.push(
        <text key={`i${frame.id}`} className="thread-label" data-testid="thread-label" data-to={frame.id} x={ports.in.x + gap} y={ports.in.y + label.dy} fontSize={label.fontSize} strokeWidth={label.strokeWidth}>
          {t('frames.arrow.fromPage', { label: labelOf(frame.prev.pageId) })}
        </text>,
      );
    }
  }
  const head = 8 / zoom;
  return (
    <g className="thread-arrows" data-testid="thread-arrows" pointerEvents="none">
      <defs>
        <marker id="thread-arrow-head" markerUnits="userSpaceOnUse" markerWidth={head} markerHeight={head} refX={head} refY={head / 2} orient="auto">
          <path d={`M0 0L${head} ${head / 2}L0 ${head}Z`} />
        </marker>
      </defs>
      {items}
    </g>
  );
}
