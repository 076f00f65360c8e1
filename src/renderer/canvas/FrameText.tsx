// FrameText.tsx: the composed text of one frame, painted from the layout: each glyph run is a
// group scaled to font units and flipped (y up), each glyph a <use> of its outline in <defs>
// (GlyphDefs). Positions come from the engine; the browser sets no text. Memoised on the
// FrameLayout object and, inside it, on each LineLayout object: the incremental composer keeps
// both while they come out the same (layout/keepIdentity.ts), so a keystroke re-renders only
// the lines it changed and moving one frame only the frames whose text moved.
import { memo, type ReactNode } from 'react';
import type { FontCatalog } from '../../shared/layout/fonts';
import type { FrameLayout, GlyphRun, LineLayout } from '../../shared/layout/output';
import { type GlyphDef, type GlyphPaths, placeGlyphs, runScale } from '../layout';

export interface FrameTextProps {
  readonly layout: FrameLayout;
  readonly glyphs: GlyphPaths;
  readonly fonts: FontCatalog;
}

export const FrameText = memo(function FrameText({ layout, glyphs, fonts }: FrameTextProps): ReactNode {
  const lines: ReactNode[] = [];
  layout.columns.forEach((column, c) => {
    column.lines.forEach((line, l) => lines.push(<Line key={`${c}/${l}`} line={line} glyphs={glyphs} fonts={fonts} />));
  });
  return (
    <g className="frame-text" data-testid="frame-text">
      {lines}
    </g>
  );
});

/** One line's runs, as siblings in the frame's group (a fragment adds no element). */
const Line = memo(function Line({ line, glyphs, fonts }: { line: LineLayout; glyphs: GlyphPaths; fonts: FontCatalog }): ReactNode {
  return (
    <>
      {line.runs.map((run, i) => (
        <Run key={i} run={run} glyphs={glyphs} fonts={fonts} />
      ))}
    </>
  );
});

function Run({ run, glyphs, fonts }: { run: GlyphRun; glyphs: GlyphPaths; fonts: FontCatalog }): ReactNode {
  const face = fonts.byId(run.fontId);
  if (!face) return null; // composed with a face this env lacks: cannot happen with one env
  const k = runScale(run, face.unitsPerEm);
  const placed = placeGlyphs(run, face.unitsPerEm);
  const uses: ReactNode[] = [];
  placed.forEach((g, i) => {
    const id = glyphs.idOf(run.fontId, g.glyphId);
    if (id !== null) uses.push(<use key={i} className="glyph" href={`#${id}`} x={g.x} y={g.y} />);
  });
  return (
    <>
      <g
        className="glyph-run"
        data-testid="glyph-run"
        data-story-id={run.source.storyId}
        data-paragraph-id={run.source.paragraphId}
        data-size={run.size}
        data-x={run.x}
        data-y={run.y}
        transform={`matrix(${k} 0 0 ${-k} ${run.x} ${run.y})`}
      >
        {uses}
      </g>
      {run.emphasisDots && <EmphasisDots run={run} centres={placed.map((g) => g.centre)} />}
    </>
  );
}

/** 着重号: a dot under each character, centred on its advance (horizontal Chinese text). */
function EmphasisDots({ run, centres }: { run: GlyphRun; centres: number[] }): ReactNode {
  const r = run.size * 0.07;
  const y = run.y + run.size * 0.25;
  return (
    <g className="emphasis-dots">
      {centres.map((cx, i) => (
        <circle key={i} cx={cx} cy={y} r={r} />
      ))}
    </g>
  );
}

/** The outlines the page uses, once each. */
export const GlyphDefs = memo(function GlyphDefs({ defs }: { defs: readonly GlyphDef[] }): ReactNode {
  return (
    <defs className="glyph-defs">
      {defs.map((def) => (
        <path key={def.id} id={def.id} d={def.d} />
      ))}
    </defs>
  );
});
