// types.ts: what frame flow takes in. The paragraph composer is a parameter, not an import, so
// flow can be specified with a fake composer and the real one (inline/) plugs in unchanged.
import type { Paragraph, ParagraphStyle, Styles, TextFrame } from '../../model';
import type { LayoutEnv } from '../env';
import type { ComposedParagraph, MeasureFor } from '../inline/composedParagraph';

/** Sets one paragraph into lines; `measureFor(i)` is the width line i will be set to. */
export type ComposeParagraph = (
  paragraph: Paragraph,
  style: ParagraphStyle,
  styles: Styles,
  measureFor: MeasureFor,
  env: LayoutEnv,
) => ComposedParagraph;

export interface FlowOptions {
  /**
   * Whether a paragraph of this style spans the frame's columns when it comes before any
   * column text in the frame. Default: `spansColumns` (引题, 主题, 副题, 署名).
   */
  readonly spans?: (style: ParagraphStyle) => boolean;
  /** A wrapped line narrower than this many em of its size moves below the obstacle. Default 4. */
  readonly minWrapMeasureEm?: number;
  /**
   * Balance the columns of the frame a story ends in (balance.ts). Default true; false fills
   * column 1, then column 2, … as frames the text runs on from are filled.
   */
  readonly balanceColumns?: boolean;
}

/** An axis-aligned rectangle in page coordinates (points, y downwards). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The page's baseline grid: baselines at `origin + k · pitch`. */
export interface BaselineGrid {
  readonly origin: number;
  readonly pitch: number;
}

/** One frame of a story's thread, with what flow needs from its page. */
export interface ThreadFrame {
  readonly pageId: string;
  /** The page's number (版次), for the jump lines where the thread changes page. */
  readonly pageNumber: number;
  readonly frameId: string;
  /** Frame box minus insets. */
  readonly content: Rect;
  readonly columns: number;
  readonly gutter: number;
  /** Wrap rectangles of the other frames on the same page (frame box plus wrap offsets). */
  readonly obstacles: readonly Rect[];
  readonly grid: BaselineGrid;
  /**
   * Room kept free for jump lines (jumpLines.ts), set by flow itself: at the top of the band and
   * the first column, and at the foot of the band and the last column. Unset means none.
   */
  readonly reserveTop?: number;
  readonly reserveFoot?: number;
  /**
   * Column feet set by column balancing (balance.ts), one y per column, each at or above the
   * frame's own foot. Unset means the columns run to the content box's foot.
   */
  readonly columnFeet?: readonly number[];
  /**
   * The frame's vertical alignment (verticalAlign.ts), applied when the story ends in this frame.
   * Unset means top.
   */
  readonly verticalAlign?: TextFrame['verticalAlign'];
}
