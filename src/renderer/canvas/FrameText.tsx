// FrameText.tsx: the composed text of one frame, painted from the layout: each glyph run is ONE
// path of its glyphs' outlines (layout/glyphPaths.ts) in font units, y up. Runs of one scale
// (size / unitsPerEm) share one `matrix(k 0 0 −k 0 0)` group, and inside it a paragraph's lines
// in one column share a `translate` to the block's origin, so a frame is a few dozen transformed
// nodes however many lines it has (a <use> per glyph made ~5,000, and the browser re-layerized
// them all on every keystroke; a translate per run cost the same way). A block's origin is its
// column's left edge and where the paragraph's first line would stand had the paragraph run on
// in that column, so a line's path depends only on its glyphs and its place in its paragraph:
// when typing adds a line, the paragraphs below change one translate each, and the lines pushed
// into the next column keep their path data (a new element there, but no outline joined again;
// on the editor bench, 87 → 57 kB of path data a mid-paragraph keystroke). Positions come from
// the engine; the browser sets no text. Memoised on the FrameLayout object and, inside it, on
// each LineLayout object: the incremental composer keeps both while they come out the same
// (layout/keepIdentity.ts), so a keystroke re-renders only the lines it changed and moving one
// frame only the frames whose text moved.
import { memo, type ReactNode } from 'react';
import type { FontCatalog } from '../../shared/layout/fonts';
import type { FrameLayout, GlyphRun, LineLayout } from '../../shared/layout/output';
import { emphasisDots, runScale } from '../../shared/layout/paint';
import type { GlyphPaths } from '../layout';

export interface FrameTextProps {
  readonly layout: FrameLayout;
  readonly glyphs: GlyphPaths;
  readonly fonts: FontCatalog;
}

interface LineProps {
  readonly line: LineLayout;
  readonly glyphs: GlyphPaths;
  readonly fonts: FontCatalog;
}

/** A run's scale, or null when its face is not in the catalog (cannot happen with one env). */
function scaleOf(run: GlyphRun, fonts: FontCatalog): number | null {
  const face = fonts.byId(run.fontId);
  return face ? runScale(run, face.unitsPerEm) : null;
}

/** A paragraph's lines in one column: drawn under one translate to the block's origin. */
interface Block {
  readonly key: string;
  /** The origin (page points): the column's left edge, and the baseline the paragraph's first line would have here. */
  readonly left: number;
  readonly top: number;
  /** Keyed by the line's place in its paragraph (in this frame), which moving to another column keeps. */
  readonly lines: ReadonlyArray<{ readonly key: string; readonly line: LineLayout }>;
}

/** Three decimals of a font unit, as the path data has. */
const num = (n: number): string => String(Math.round(n * 1000) / 1000 + 0);

const paragraphOf = (line: LineLayout): string => `${line.source.storyId}/${line.source.paragraphId}`;

/**
 * Each line's place in its paragraph, by column and line: its index, and its baseline in the
 * paragraph's own coordinates (0 at the paragraph's first line in this frame). Within a column
 * that is the layout's own distance; across a column break it counts the paragraph's line step
 * (its first step within a column, or else the line's height), so a line that an edit above it
 * pushes into the next column keeps its place.
 */
function placesInParagraphs(layout: FrameLayout): Array<Array<{ index: number; y: number }>> {
  const chains = new Map<string, Array<{ c: number; l: number; line: LineLayout }>>();
  layout.columns.forEach((column, c) =>
    column.lines.forEach((line, l) => {
      const key = paragraphOf(line);
      let chain = chains.get(key);
      if (!chain) chains.set(key, (chain = []));
      chain.push({ c, l, line });
    }),
  );
  const places = layout.columns.map((column) => column.lines.map(() => ({ index: 0, y: 0 })));
  for (const chain of chains.values()) {
    let step: number | undefined;
    chain.forEach((entry, i) => {
      const previous = chain[i - 1];
      if (step === undefined && previous?.c === entry.c) step = entry.line.baseline - previous.line.baseline;
    });
    let y = 0;
    chain.forEach(({ c, l, line }, i) => {
      const previous = chain[i - 1];
      if (previous) y += previous.c === c ? line.baseline - previous.line.baseline : (step ?? line.ascent + line.descent);
      const column = places[c];
      if (column) column[l] = { index: i, y };
    });
  }
  return places;
}

export const FrameText = memo(function FrameText({ layout, glyphs, fonts }: FrameTextProps): ReactNode {
  const blocks: Block[] = [];
  const lines: Array<{ key: string; line: LineLayout }> = [];
  const scales = new Set<number>();
  const seen = new Map<string, number>();
  const places = placesInParagraphs(layout);
  layout.columns.forEach((column, c) => {
    let block: (Block & { paragraph: string; lines: Array<{ key: string; line: LineLayout }> }) | null = null;
    column.lines.forEach((line, l) => {
      const paragraph = paragraphOf(line);
      const place = places[c]?.[l] ?? { index: l, y: 0 };
      if (block?.paragraph !== paragraph) {
        // Keyed by column and paragraph, not position: a paragraph pushed down keeps its element.
        const n = seen.get(`${c}/${paragraph}`) ?? 0;
        seen.set(`${c}/${paragraph}`, n + 1);
        block = { key: `${c}/${paragraph}/${n}`, paragraph, left: column.x, top: line.baseline - place.y, lines: [] };
        blocks.push(block);
      }
      block.lines.push({ key: String(place.index), line });
      lines.push({ key: `${c}/${l}`, line });
      for (const run of line.runs) {
        const k = scaleOf(run, fonts);
        if (k !== null) scales.add(k);
      }
    });
  });
  return (
    <g className="frame-text" data-testid="frame-text">
      {[...scales].map((k) => (
        <g key={k} transform={`matrix(${k} 0 0 ${-k} 0 0)`}>
          {blocks.map((block) => (
            <BlockRuns key={block.key} block={block} scale={k} glyphs={glyphs} fonts={fonts} />
          ))}
        </g>
      ))}
      {lines.map(({ key, line }) => (
        <LineDots key={key} line={line} />
      ))}
    </g>
  );
});

/** The block's runs of one scale under its translate, or nothing when it has none of that scale. */
const BlockRuns = memo(
  function BlockRuns({ block, scale, glyphs, fonts }: { block: Block; scale: number; glyphs: GlyphPaths; fonts: FontCatalog }): ReactNode {
    if (!block.lines.some(({ line }) => line.runs.some((run) => scaleOf(run, fonts) === scale))) return null;
    return (
      <g transform={`translate(${num(block.left / scale)} ${num(-block.top / scale)})`}>
        {block.lines.map(({ key, line }) => (
          <LineRuns key={key} line={line} scale={scale} left={block.left} top={block.top} glyphs={glyphs} fonts={fonts} />
        ))}
      </g>
    );
  },
  // The block object is new each render; what it draws is its origin and its keyed line objects.
  (a, b) =>
    a.scale === b.scale &&
    a.glyphs === b.glyphs &&
    a.fonts === b.fonts &&
    a.block.left === b.block.left &&
    a.block.top === b.block.top &&
    a.block.lines.length === b.block.lines.length &&
    a.block.lines.every((entry, i) => entry.line === b.block.lines[i]?.line && entry.key === b.block.lines[i]?.key),
);

/** The line's runs of one scale, as siblings in its block's group (a fragment adds no element). */
const LineRuns = memo(function LineRuns({ line, scale, left, top, glyphs, fonts }: LineProps & { readonly scale: number; readonly left: number; readonly top: number }): ReactNode {
  return (
    <>
      {line.runs.map((run, i) => (scaleOf(run, fonts) === scale ? <Run key={i} run={run} left={left} top={top} glyphs={glyphs} /> : null))}
    </>
  );
});

function Run({ run, left, top, glyphs }: { run: GlyphRun; left: number; top: number; glyphs: GlyphPaths }): ReactNode {
  const path = glyphs.runPath(run, top, left);
  if (!path) return null;
  return (
    <path
      className="glyph-run"
      data-testid="glyph-run"
      data-story-id={run.source.storyId}
      data-paragraph-id={run.source.paragraphId}
      data-size={run.size}
      data-x={run.x}
      data-y={run.y}
      data-glyphs={path.glyphs}
      d={path.d}
    />
  );
}

/** 着重号: a dot under each character, where every painter puts them (shared/layout/paint). */
const LineDots = memo(function LineDots({ line }: { line: LineLayout }): ReactNode {
  const dotted = line.runs.filter((run) => run.emphasisDots);
  if (dotted.length === 0) return null;
  return (
    <>
      {dotted.map((run, i) => (
        <g key={i} className="emphasis-dots">
          {emphasisDots(run).map((dot, j) => (
            <circle key={j} cx={dot.cx} cy={dot.cy} r={dot.r} />
          ))}
        </g>
      ))}
    </>
  );
});
