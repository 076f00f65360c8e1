// PhotoProvider.tsx: the photo tools' own state, which is not part of the document and not
// undoable: which frame is in content mode (its picture pans instead of the frame moving), a live
// crop while a drag or the scale slider is in progress (drawn by the page and read by the ppi
// readouts, committed as one step on release), and the import running now. Imports and crop
// changes reach the document only through store.applyOps, one undoable step each.
import { createContext, type PointerEvent, type ReactNode, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Asset, ImageFrame, OutputSettings } from '../../shared/model';
import { type RegisteredShortcut, shortcutRegistry } from '../app/shortcuts';
import { useAssetSeed } from '../canvas/assets';
import type { Host } from '../host';
import { currentEdition, currentPage, isEditable, useEditorSelector, useEditorStore } from '../state';
import { type Crop, currentCrop, panCrop } from './cropMath';
import { freshIds } from '../state/ids';
import { importPhotoFile, type PhotoFile } from './importPhoto';
import { assetOps, centredCorner, type FitPatch, newPhotoFrameOps, pageImageFrame, placeIntoFrameOps, typeAreaCorner } from './placeOps';

/** A crop being adjusted, shown instead of the frame's own until it is committed. */
export interface LiveCrop extends FitPatch {
  readonly frameId: string;
}

/** Where imported pictures go: into a frame, at a point on the page, or the page's default spot. */
/** Into a frame, at a point (a drop: the new frame's corner), around a point (the view's middle), or the type area's corner. */
export type ImportTarget = { readonly frameId: string } | { readonly at: { readonly x: number; readonly y: number } } | { readonly centre: { readonly x: number; readonly y: number } } | null;

export interface PhotoTools {
  readonly contentFrameId: string | null;
  readonly setContentFrame: (frameId: string | null) => void;
  readonly live: LiveCrop | null;
  readonly setLive: (live: LiveCrop | null) => void;
  /** Writes a fit/crop to the frame as one step; `coalesceKey` merges a burst (slider keys). */
  readonly commit: (frameId: string, patch: FitPatch, coalesceKey?: string) => void;
  /** Starts panning the picture of a frame in content mode; one step on release. */
  readonly beginPan: (event: PointerEvent<Element>, frame: ImageFrame, asset: Asset, zoom: number) => void;
  /** The name of the file being imported, while one is. */
  readonly importing: string | null;
  readonly importFiles: (files: readonly PhotoFile[], target: ImportTarget) => Promise<void>;
  /** The edition's ppi thresholds, for the badges. */
  readonly output: Pick<OutputSettings, 'imageWarnPpi' | 'imageErrorPpi'> | null;
}

const PhotoContext = createContext<PhotoTools | null>(null);

/** Listed in the help panel; the capture listener below handles the key itself. */
const PHOTO_SHORTCUTS: readonly RegisteredShortcut[] = [{ id: 'frame.photoContentExit', group: 'frame', label: 'photos.shortcut.contentExit', keys: ['Escape'] }];

/** Consecutive new frames from one import step down and right by this much, so none hides another. */
const CASCADE_PT = 12;

interface Pan {
  readonly frameId: string;
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  readonly zoom: number;
  readonly start: Crop;
  moved: Crop | null;
}

export function PhotoProvider({ host, children }: { host: Host; children: ReactNode }): ReactNode {
  const store = useEditorStore();
  const [contentFrameId, setContentFrame] = useState<string | null>(null);
  const [live, setLive] = useState<LiveCrop | null>(null);
  const [importing, setImporting] = useState<string | null>(null);
  const pan = useRef<Pan | null>(null);
  const seed = useAssetSeed();
  // The key listener below is registered once; it reads content mode through this ref.
  const contentFrameRef = useRef(contentFrameId);
  contentFrameRef.current = contentFrameId;
  const output = useEditorSelector((state) => currentEdition(state)?.output ?? null);
  useEffect(() => shortcutRegistry.add(PHOTO_SHORTCUTS), []);

  // Content mode belongs to the selected frame: selecting anything else, or losing the right to
  // edit (read-only, a reload), ends it.
  const selectedId = useEditorSelector((state) => state.selectedFrameId);
  const editable = useEditorSelector(isEditable);
  useEffect(() => {
    if (contentFrameId !== null && (selectedId !== contentFrameId || !editable)) setContentFrame(null);
  }, [contentFrameId, selectedId, editable]);

  const commit = useCallback(
    (frameId: string, patch: FitPatch, coalesceKey?: string) => {
      const page = currentPage(store.getState());
      if (!page) return;
      store.applyOps([{ type: 'updateFrame', pageId: page.id, frameId, patch: { fit: patch.fit, crop: patch.crop } }], coalesceKey === undefined ? {} : { coalesceKey });
    },
    [store],
  );

  const endPan = useCallback(
    (keep: boolean) => {
      const active = pan.current;
      pan.current = null;
      setLive(null);
      if (keep && active?.moved) commit(active.frameId, { fit: 'crop', crop: active.moved });
    },
    [commit],
  );

  useEffect(() => {
    const move = (event: globalThis.PointerEvent): void => {
      const active = pan.current;
      if (!active || event.pointerId !== active.pointerId) return;
      const dx = (event.clientX - active.startX) / active.zoom;
      const dy = (event.clientY - active.startY) / active.zoom;
      active.moved = panCrop(active.start, dx, dy);
      setLive({ frameId: active.frameId, fit: 'crop', crop: active.moved });
    };
    const up = (event: globalThis.PointerEvent): void => {
      if (pan.current && event.pointerId === pan.current.pointerId) endPan(true);
    };
    const cancel = (event: globalThis.PointerEvent): void => {
      if (pan.current && event.pointerId === pan.current.pointerId) endPan(false);
    };
    // Capture phase, so Escape ends the pan (or content mode) before the page's own Escape
    // (clear the selection) sees it; preventDefault tells the shortcut listener it is handled.
    const key = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      if (pan.current) endPan(false);
      else if (contentFrameRef.current !== null) setContentFrame(null);
      else return;
      event.preventDefault();
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    window.addEventListener('keydown', key, true);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      window.removeEventListener('keydown', key, true);
    };
  }, [endPan]);

  const beginPan = useCallback((event: PointerEvent<Element>, frame: ImageFrame, asset: Asset, zoom: number) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    pan.current = { frameId: frame.id, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, zoom, start: currentCrop(frame, asset), moved: null };
  }, []);

  const importFiles = useCallback(
    async (files: readonly PhotoFile[], target: ImportTarget) => {
      const startState = store.getState();
      const pageId = currentPage(startState)?.id;
      if (!isEditable(startState) || pageId === undefined) return;
      let placed = 0;
      try {
        for (const file of files) {
        setImporting(file.name);
        const result = await importPhotoFile(host, file);
        if (!result.ok) {
          store.notify(result.notice);
          continue;
        }
        // The document may have moved on while the file travelled: read it again.
        const now = store.getState();
        const edition = currentEdition(now);
        const page = edition?.pages.find((p) => p.id === pageId);
        if (!edition || !page || !isEditable(now)) break;
        // A JPEG or PNG shows as it is: hand the page the bytes rather than fetch them back.
        if (result.asset.preview === null) seed?.(assetOps(edition, result.asset).asset.id, new Blob([result.bytes], { type: result.asset.mime }));
        const into = placed === 0 && target !== null && 'frameId' in target ? pageImageFrame(page, target.frameId) : null;
        if (into && !into.locked) {
          store.applyOps(placeIntoFrameOps(edition, page.id, into, result.asset));
          store.select(into.id);
        } else {
          // Several pictures step down and right from the first, so none hides another.
          const base = target !== null && 'at' in target ? target.at : target !== null && 'centre' in target ? centredCorner(edition.format, result.asset, target.centre) : null;
          const corner = base ?? typeAreaCorner(edition.format);
          const at = { x: corner.x + placed * CASCADE_PT, y: corner.y + placed * CASCADE_PT };
          const { ops, frame } = newPhotoFrameOps(edition, page, result.asset, freshIds(edition)('frame'), at);
          store.applyOps(ops);
          store.select(frame.id);
        }
        placed++;
        }
      } finally {
        setImporting(null);
      }
    },
    [host, store, seed],
  );

  const value = useMemo(
    (): PhotoTools => ({ contentFrameId, setContentFrame, live, setLive, commit, beginPan, importing, importFiles, output }),
    [contentFrameId, live, commit, beginPan, importing, importFiles, output],
  );
  return <PhotoContext value={value}>{children}</PhotoContext>;
}

/** The photo tools, or null outside a PhotoProvider (a page drawn elsewhere stays inert). */
export function usePhotoTools(): PhotoTools | null {
  return use(PhotoContext);
}
