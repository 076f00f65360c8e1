// FrameText.tsx: the composed text of one frame, painted from the layout: each glyph run is ONE
// path of its glyphs' outlines (layout/glyphPaths.ts) in font units, y up. Runs of one scale
// (size / unitsPerEm) share one `matrix(k 0 0 −k 0 0)` group, and inside it a paragraph's lines
// in one column share a `translate` to the paragraph's first baseline there, so a frame is a few
// dozen transformed nodes however many lines it has (a <use> per glyph made ~5,000, and the
// browser re-layerized them all on every keystroke; a translate per run cost the same way). When
// typing adds a line to a paragraph, the paragraphs below it keep their paths and only their
// translates change. Positions come from the engine; the browser sets no text. Memoised on the
// FrameLayout object and, inside it, on each LineLayout object: the incremental composer keeps
// both while they come out the same (layout/keepIdentity.ts), so a keystroke re-renders only
// the lines it changed and moving one frame only the frames whose text moved.
import { memo, type ReactNode } from 'react';
import type { FontCatalog } from '../../shared/layout/fonts';
import type { FrameLayout, GlyphRun, LineLayout } from '../../shared/layout/output';
import { placeGlyphs, runScale } from '../../shared/layout/paint';
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

/** A paragraph's lines in one column: drawn under one translate to its first baseline. */
interface Block {
  readonly key: string;
  readonly baseline: number;
  readonly lines: ReadonlyArray<{ readonly key: string; readonly line: LineLayout }>;
}

/** Three decimals of a font unit, as the path data has. */
const num = (n: number): string => String(Math.round(n * 1000) / 1000 + 0);

export const FrameText = memo(function FrameText({ layout, glyphs, fonts }: FrameTextProps): ReactNode {
  const blocks: Block[] = [];
  const lines: Array<{ key: string; line: LineLayout }> = [];
  const scales = new Set<number>();
  const seen = new Map<string, number>();
  layout.columns.forEach((column, c) => {
    let block: { key: string; paragraph: string; baseline: number; lines: Array<{ key: string; line: LineLayout }> } | null = null;
    column.lines.forEach((line, l) => {
      const paragraph = `${line.source.storyId}/${line.source.paragraphId}`;
      if (block?.paragraph !== paragraph) {
        // Keyed by column and paragraph, not position: a paragraph pushed down keeps its element.
        const n = seen.get(`${c}/${paragraph}`) ?? 0;
        seen.set(`${c}/${paragraph}`, n + 1);
        block = { key: `${c}/${paragraph}/${n}`, paragraph, baseline: line.baseline, lines: [] };
        blocks.push(block);
      }
      const entry = { key: `${c}/${l}`, line };
      block.lines.push({ key: String(block.lines.length), line });
      lines.push(entry);
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
        <LineDots key={key} line={line} glyphs={glyphs} fonts={fonts} />
      ))}
    </g>
  );
});

/** The block's runs of one scale under its translate, or nothing when it has none of that scale. */
const BlockRuns = memo(
  function BlockRuns({ block, scale, glyphs, fonts }: { block: Block; scale: number; glyphs: GlyphPaths; fonts: FontCatalog }): ReactNode {
    if (!block.lines.some(({ line }) => line.runs.some((run) => scaleOf(run, fonts) === scale))) return null;
    return (
      <g transform={`translate(0 ${num(-block.baseline / scale)})`}>
        {block.lines.map(({ key, line }) => (
          <LineRuns key={key} line={line} scale={scale} baseline={block.baseline} glyphs={glyphs} fonts={fonts} />
        ))}
      </g>
    );
  },
  // The block object is new each render; what it draws is its baseline and its line objects.
  (a, b) =>
    a.scale === b.scale &&
    a.glyphs === b.glyphs &&
    a.fonts === b.fonts &&
    a.block.baseline === b.block.baseline &&
    a.block.lines.length === b.block.lines.length &&
    a.block.lines.every((entry, i) => entry.line === b.block.lines[i]?.line),
);

/** The line's runs of one scale, as siblings in its block's group (a fragment adds no element). */
const LineRuns = memo(function LineRuns({ line, scale, baseline, glyphs, fonts }: LineProps & { readonly scale: number; readonly baseline: number }): ReactNode {
  return (
    <>
      {line.runs.map((run, i) => (scaleOf(run, fonts) === scale ? <Run key={i} run={run} baseline={baseline} glyphs={glyphs} /> : null))}
    </>
  );
});

function Run({ run, baseline, glyphs }: { run: GlyphRun; baseline: number; glyphs: GlyphPaths }): ReactNode {
  const path = glyphs.runPath(run, baseline);
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

/** 着重号: a dot under each character, centred on its advance (horizontal Chinese text). */
const LineDots = memo(function LineDots({ line, fonts }: LineProps): ReactNode {
  const dotted = line.runs.filter((run) => run.emphasisDots);
  if (dotted.length === 0) return null;
  return (
    <>
      {dotted.map((run, i) => {
        const face = fonts.byId(run.fontId);
        if (!face) return null;
        const r = run.size * 0.07;
        const y = run.y + run.size * 0.25;
        return (
          <g key={i} className="emphasis-dots">
            {placeGlyphs(run, face.unitsPerEm).map((g, j) => (
              <circle key={j} cx={g.centre} cy={y} r={r} />
            ))}
          </g>
        );
      })}
    </>
  );
});
