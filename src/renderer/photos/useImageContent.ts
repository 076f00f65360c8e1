// useImageContent.ts: what the page view needs from the photo tools for one image frame: the
// fit and crop to draw (a live one while it is being adjusted), whether the frame is in content
// mode, and the pointer handlers that make content mode work. The handlers listen in the capture
// phase on the frame, so in content mode a press pans the picture before the frame's own press
// (select, move) sees it; outside content mode they let everything through.
import type { MouseEvent, PointerEvent } from 'react';
import type { Asset, Frame, ImageFrame, OutputSettings } from '../../shared/model';
import { usePhotoTools } from './PhotoProvider';

export interface ImageContentView {
  /** The frame as it should be drawn: its own fit and crop, or the live ones. */
  readonly shown: ImageFrame;
  readonly contentMode: boolean;
  readonly output: Pick<OutputSettings, 'imageWarnPpi' | 'imageErrorPpi'> | null;
}

export function useImageContentView(frame: ImageFrame): ImageContentView {
  const tools = usePhotoTools();
  const live = tools?.live?.frameId === frame.id ? tools.live : null;
  return {
    shown: live ? { ...frame, fit: live.fit, crop: live.crop } : frame,
    contentMode: tools?.contentFrameId === frame.id,
    output: tools?.output ?? null,
  };
}

export interface ImageFramePointer {
  readonly onPointerDownCapture?: (event: PointerEvent<SVGGElement>) => void;
  readonly onDoubleClickCapture?: (event: MouseEvent<SVGGElement>) => void;
}

const NONE: ImageFramePointer = {};

/**
 * Double-click on a placed picture toggles content mode; in content mode a press pans it.
 * Frames that cannot change (locked, master, read-only: `editable` false) get no handlers.
 */
export function useImageFramePointer(frame: Frame, asset: Asset | null, zoom: number, editable: boolean): ImageFramePointer {
  const tools = usePhotoTools();
  if (!tools || frame.kind !== 'image' || !asset || !editable) return NONE;
  return {
    onPointerDownCapture: (event) => {
      if (tools.contentFrameId === frame.id) tools.beginPan(event, frame, asset, zoom);
    },
    onDoubleClickCapture: (event) => {
      event.stopPropagation();
      tools.setContentFrame(tools.contentFrameId === frame.id ? null : frame.id);
    },
  };
}
