// useFrameEditing.ts: the frame editor's own state, which is not part of the document and not
// undoable: the current tool, the in-app clipboard, a thread link waiting for its target (it
// survives a page switch, so a thread can go to another page), and whether thread arrows show.
// It hands the page view, the tool strip, the properties panel and the keyboard one object.
import { useCallback, useMemo, useState } from 'react';
import type { Box, FrameRef } from '../../shared/model';
import { currentPage, type EditorStore } from '../state';
import type { Alignment, Distribution, Stacking } from './arrange';
import type { FrameClip } from './clipboard';
import * as commands from './frameCommands';
import type { DrawTool, FrameTool } from './tools';

export interface FrameEditing {
  readonly tool: FrameTool;
  readonly setTool: (tool: FrameTool) => void;
  readonly showThreads: boolean;
  readonly toggleThreads: () => void;
  /** The frame whose overflow is being linked, until a target is clicked. */
  readonly threadFrom: FrameRef | null;
  readonly startThreading: (source: FrameRef) => void;
  readonly cancelThreading: () => void;
  /** Links the waiting source to `target`; the link mode ends either way. */
  readonly threadTo: (target: FrameRef) => void;
  readonly unlinkAfter: (ref: FrameRef) => void;
  readonly hasClip: boolean;
  readonly copy: () => void;
  readonly cut: () => void;
  readonly paste: () => void;
  readonly duplicate: () => void;
  readonly remove: () => void;
  readonly selectAll: () => void;
  readonly lock: (locked: boolean) => void;
  readonly group: () => void;
  readonly ungroup: () => void;
  readonly align: (alignment: Alignment) => void;
  readonly distribute: (direction: Distribution) => void;
  readonly stack: (stacking: Stacking) => void;
  /** Moves the selection (the frames that may move) by a delta in points: arrow-key nudges. */
  readonly moveBy: (delta: { dx: number; dy: number }) => void;
  /** A frame drawn with a tool: added, selected, and the tool goes back to select. */
  readonly create: (tool: DrawTool, box: Box) => void;
  /** Escape: ends threading, else drops the tool, else clears the selection. */
  readonly escape: () => void;
}

export function useFrameEditing(store: EditorStore): FrameEditing {
  const [tool, setTool] = useState<FrameTool>('select');
  const [showThreads, setShowThreads] = useState(false);
  const [threadFrom, setThreadFrom] = useState<FrameRef | null>(null);
  // `pastes` counts pastes of this clip, so repeated pastes on one page step apart.
  const [clipboard, setClipboard] = useState<{ clip: FrameClip; pastes: number } | null>(null);

  const copy = useCallback(() => {
    const clip = commands.copySelection(store);
    if (clip) setClipboard({ clip, pastes: 0 });
  }, [store]);

  const cut = useCallback(() => {
    const clip = commands.copySelection(store);
    if (!clip) return;
    setClipboard({ clip, pastes: 0 });
    commands.deleteSelection(store);
  }, [store]);

  const paste = useCallback(() => {
    if (!clipboard) return;
    commands.pasteClip(store, clipboard.clip, clipboard.pastes);
    setClipboard({ clip: clipboard.clip, pastes: clipboard.pastes + 1 });
  }, [store, clipboard]);

  const threadTo = useCallback(
    (target: FrameRef) => {
      if (threadFrom) commands.linkFrames(store, threadFrom, target);
      setThreadFrom(null);
    },
    [store, threadFrom],
  );

  const escape = useCallback(() => {
    if (threadFrom) setThreadFrom(null);
    else if (tool !== 'select') setTool('select');
    else store.select(null);
  }, [store, threadFrom, tool]);

  return useMemo(
    (): FrameEditing => ({
      tool,
      setTool: (next) => {
        setThreadFrom(null);
        setTool(next);
      },
      showThreads,
      toggleThreads: () => {
        // Turned on over a page with no threads, nothing would change on it: say so (and take
        // the word back when they are turned off).
        if (!showThreads && !pageHasThreads(store)) store.notify({ key: 'frames.thread.noneOnPage', tone: 'info' });
        if (showThreads && store.getState().notice?.key === 'frames.thread.noneOnPage') store.dismissNotice();
        setShowThreads((on) => !on);
      },
      threadFrom,
      startThreading: (source) => setThreadFrom(source),
      cancelThreading: () => setThreadFrom(null),
      threadTo,
      unlinkAfter: (ref) => commands.unlinkAfter(store, ref),
      hasClip: clipboard !== null,
      copy,
      cut,
      paste,
      duplicate: () => commands.duplicateSelection(store),
      remove: () => commands.deleteSelection(store),
      selectAll: () => commands.selectAll(store),
      lock: (locked) => commands.lockSelection(store, locked),
      group: () => commands.groupSelection(store),
      ungroup: () => commands.ungroupSelection(store),
      align: (alignment) => commands.alignSelection(store, alignment),
      distribute: (direction) => commands.distributeSelection(store, direction),
      stack: (stacking) => commands.stackSelection(store, stacking),
      moveBy: ({ dx, dy }) => {
        const sel = commands.selection(store);
        if (sel) commands.moveSelection(store, sel.movable, dx, dy);
      },
      create: (drawTool, box) => {
        commands.createFrame(store, drawTool, box);
        setTool('select');
      },
      escape,
    }),
    [tool, showThreads, threadFrom, threadTo, clipboard, copy, cut, paste, escape, store],
  );
}

/** Whether a text frame of the shown page threads on to, or on from, another frame. */
function pageHasThreads(store: EditorStore): boolean {
  const page = currentPage(store.getState());
  return page?.frames.some((f) => f.kind === 'text' && (f.next !== null || f.prev !== null)) ?? false;
}
