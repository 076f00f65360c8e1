// justify.ts: the advance of every code point of one line, by the shrink-before-stretch
// priorities of typesetting-cjk.md §7. Shrinking is compression.ts's (line-end and adjacent
// marks always; then brackets, ，、；, 。？！ and spaces tier by tier); Han–Latin gaps and tracking
// come from lineExtras.ts and stay fixed (gaps at ¼ em, as "some styles fix them"). When a
// justified line is still short, it stretches, each tier evenly, the next only when the
// previous is exhausted:
//   1. Latin word spaces, up to ½ em each;
//   2. Han–Latin gaps, up to ⅓ em;
//   3. every other gap next to Chinese text, uncapped — never inside Latin words or numbers,
//      inside —— or ……, around ～ ／ · and connectors, or on the inner side of brackets.
// A Latin line with nothing of tier 3 then opens its spaces (then gaps) further; a line with no
// gap at all (one long word) stays short.
import type { FontSlot } from '../fonts';
import { compressLine, type InlineMetrics, type MetricsOptions } from './compression';
import { extrasIn, lastVisible, type LineExtras } from './lineExtras';

const DOUBLED = new Set([0x2014, 0x2026, 0x22ef, 0x2e3a]); // — … ⋯ ⸺: no gap inside —— ……
const NO_STRETCH_AROUND = new Set([0xff5e, 0x301c, 0xff0f, 0x2f, 0xb7, 0x30fb, 0x2013, 0x2010, 0x2d]);

export interface JustifyContext {
  readonly m: InlineMetrics;
  readonly extras: LineExtras;
  /** Han–Latin gap at each boundary (already inside `extras`). */
  readonly gaps: Float64Array;
  /** 1 where tier-3 stretch may go (see stretchableBoundaries). */
  readonly stretchable: Uint8Array;
  readonly metrics: MetricsOptions;
}

/** Boundaries where tier 3 may stretch: a new cluster next to Chinese text, with the exceptions above. */
export function stretchableBoundaries(cps: readonly number[], slot: readonly FontSlot[], clusterHead: Uint8Array, m: InlineMetrics): Uint8Array {
  const out = new Uint8Array(cps.length + 1);
  for (let j = 1; j < cps.length; j++) {
    const a = cps[j - 1] ?? 0;
    const b = cps[j] ?? 0;
    if (clusterHead[j] !== 1 || m.hangs[j] === 1 || m.space[j - 1] === 1 || m.space[j] === 1) continue;
    if (slot[j - 1] !== 'cjk' && slot[j] !== 'cjk') continue;
    if (a === b && DOUBLED.has(a)) continue;
    if (NO_STRETCH_AROUND.has(a) || NO_STRETCH_AROUND.has(b)) continue;
    if (m.marks[j - 1]?.kind === 'opening' || m.marks[j]?.kind === 'closing') continue;
    out[j] = 1;
  }
  return out;
}

export interface LineSetting {
  /** Final advance of each code point of [s, e) (hanging spaces and line ends 0). */
  readonly advances: Float64Array;
  /** How far each glyph moves left: the blank cut from a mark whose blank is on its left. */
  readonly shift: Float64Array;
  /** Sum of the advances. */
  readonly width: number;
}

/** Spreads `amount` over the positions, in proportion to their caps (all equal when uncapped). */
function spread(adv: Float64Array, at: readonly number[], caps: readonly number[] | null, amount: number): number {
  if (at.length === 0 || amount <= 0) return 0;
  const room = caps ? caps.reduce((a, c) => a + c, 0) : Infinity;
  if (room <= 0) return 0;
  const take = Math.min(amount, room);
  at.forEach((i, k) => {
    adv[i] = (adv[i] ?? 0) + (caps ? (take * (caps[k] ?? 0)) / room : take / at.length);
  });
  return take;
}

/**
 * Sets [s, e) `target` wide: compressed when too long, stretched when `justify` and short,
 * natural otherwise. A hyphen's width is the caller's: pass the target without it.
 */
export function setLine(ctx: JustifyContext, s: number, e: number, target: number, justify: boolean): LineSetting {
  const { m, extras, gaps, stretchable } = ctx;
  const last = lastVisible(m, s, e);
  const base = compressLine(m, s, e, target - extrasIn(extras, m, s, e), ctx.metrics);
  const adv = new Float64Array(e - s);
  const shift = new Float64Array(e - s);
  for (let i = s; i <= last; i++) {
    const k = i - s;
    adv[k] = base[k] ?? 0;
    if ((m.marks[i]?.blankLeft ?? 0) > 0) shift[k] = (m.advance[i] ?? 0) - (base[k] ?? 0);
    if (i < last) adv[k] = (adv[k] ?? 0) + (extras.extra[i + 1] ?? 0);
  }
  let width = adv.reduce((a, x) => a + x, 0);
  if (justify && target - width > 1e-9) {
    const spaces: number[] = [];
    const spaceCaps: number[] = [];
    const gapAt: number[] = [];
    const gapCaps: number[] = [];
    const tier3: number[] = [];
    for (let j = s + 1; j <= last; j++) {
      const k = j - 1 - s;
      if (m.space[j - 1] === 1) {
        spaces.push(k);
        spaceCaps.push(Math.max(0, m.em / 2 - (base[k] ?? 0)));
      }
      if ((gaps[j] ?? 0) > 0) {
        gapAt.push(k);
        gapCaps.push(Math.max(0, m.em / 3 - (gaps[j] ?? 0)));
      }
      if (stretchable[j] === 1) tier3.push(k);
    }
    let short = target - width;
    short -= spread(adv, spaces, spaceCaps, short);
    short -= spread(adv, gapAt, gapCaps, short);
    short -= spread(adv, tier3, null, short);
    short -= spread(adv, spaces, null, short);
    spread(adv, gapAt, null, short);
    width = adv.reduce((a, x) => a + x, 0);
  }
  return { advances: adv, shift, width };
}

/** What a line [s, e) can stretch by before its spaces pass ½ em and its gaps ⅓ em, plus ¼ em per tier-3 gap: the Knuth–Plass stretch. */
export function stretchCapacity(ctx: JustifyContext, s: number, e: number): number {
  const { m, gaps, stretchable } = ctx;
  const last = lastVisible(m, s, e);
  let total = 0;
  for (let j = s + 1; j <= last; j++) {
    if (m.space[j - 1] === 1) total += Math.max(m.em / 12, m.em / 2 - (m.advance[j - 1] ?? 0));
    if ((gaps[j] ?? 0) > 0) total += Math.max(0, m.em / 3 - (gaps[j] ?? 0));
    if (stretchable[j] === 1) total += m.em / 4;
  }
  return total;
}
