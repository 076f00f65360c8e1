// FrameText.tsx: the composed text of one frame, painted from the layout: each glyph run is ONE
// path of its glyphs' outlines (layout/glyphPaths.ts) in font units, y up, placed on the page.
// Runs of one scale (size / unitsPerEm) share one `matrix(k 0 0 −k 0 0)` group, so a frame is a
// handful of transformed nodes however many lines it has: a <use> per glyph made ~5,000 and the
// browser re-layerized them all on every keystroke (README, Performance). Positions come from the
// engine; the browser sets no text. Memoised on the FrameLayout object and, inside it, on each
// LineLayout object: the incremental composer keeps both while they come out the same
// (layout/keepIdentity.ts), so a keystroke re-renders only the lines it changed and moving one
// frame only the frames whose text moved.
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

export const FrameText = memo(function FrameText({ layout, glyphs, fonts }: FrameTextProps): ReactNode {
  const lines: Array<{ key: string; line: LineLayout }> = [];
  const scales = new Set<number>();
  layout.columns.forEach((column, c) => {
    column.lines.forEach((line, l) => {
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
          {lines.map(({ key, line }) => (
            <LineRuns key={key} line={line} scale={k} glyphs={glyphs} fonts={fonts} />
          ))}
        </g>
      ))}
      {lines.map(({ key, line }) => (
        <LineDots key={key} line={line} glyphs={glyphs} fonts={fonts} />
      ))}
    </g>
  );
});

/** The line's runs of one scale, as siblings in that scale's group (a fragment adds no element). */
const LineRuns = memo(function LineRuns({ line, scale, glyphs, fonts }: LineProps & { readonly scale: number }): ReactNode {
  return (
    <>
      {line.runs.map((run, i) => (scaleOf(run, fonts) === scale ? <Run key={i} run={run} glyphs={glyphs} /> : null))}
    </>
  );
});

function Run({ run, glyphs }: { run: GlyphRun; glyphs: GlyphPaths }): ReactNode {
  const path = glyphs.runPath(run);
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
