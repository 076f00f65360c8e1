// input.ts: what the pure rules need besides the edition. Facts that take files, fonts or pixels
// to find out (is the photo's file there, is it RGB, how much ink does it print with, may this
// face be embedded) are gathered in the main process and come in through these small shapes,
// so the rules stay pure and their specs can hand-make every case.
import type { EditionLayout } from '../layout/output';
import type { Edition } from '../model';

export type ImageSourceColor = 'rgb' | 'cmyk' | 'grey';

/** What is known about one placed image's file and its print version. */
export interface ImageFacts {
  /** The file the asset names is not in the edition folder (or cannot be read). */
  readonly missing: boolean;
  /** The colour of the source file, or null when it was not read. */
  readonly sourceColor: ImageSourceColor | null;
  /**
   * Highest total ink (C+M+Y+K, percent) of any pixel as it will be printed, measured on the
   * pixels in the output CMYK; null when nobody measured it (the rule then stays silent).
   */
  readonly maxInk: number | null;
}

/** One face the layout drew with, as far as embedding is concerned. */
export interface FaceFacts {
  readonly family: string;
  readonly fullName: string;
  /** OS/2 fsType, for the message. */
  readonly fsType: number;
  readonly embeddable: boolean;
}

export interface FontFacts {
  /** The face with this font id (a GlyphRun's fontId), or undefined when it is not available. */
  face(fontId: string): FaceFacts | undefined;
  /** Whether some available face draws `family` at this style weight. */
  has(family: string, weight: 'regular' | 'bold'): boolean;
}

export interface PreflightInput {
  readonly edition: Edition;
  /**
   * The composed edition, or null when it could not be composed (a style names a font nobody
   * has): the checks that read the layout (overset, missing glyphs, text in the margin, face
   * licences) are then skipped and the report says so.
   */
  readonly layout: EditionLayout | null;
  /** Why the layout is null, when the caller knows (the composer's message). */
  readonly layoutProblem?: string;
  readonly fonts: FontFacts;
  /** Per image frame, by `frameKey(pageId, frameId)`; no entry means nothing is known of its file. */
  readonly images: ReadonlyMap<string, ImageFacts>;
}

/** The key of a frame on a page; the same shape as the print pipeline's imageKey. */
export function frameKey(pageId: string, frameId: string): string {
  return `${pageId}/${frameId}`;
}
