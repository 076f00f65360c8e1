// pageLabels.ts: page labels (版次 such as A01 or 第1版) that follow the page's place. A label that
// follows its page's number (Page.labelFollowsNumber: A03 on page 3) is renumbered when pages are
// added, removed or moved, so A01… stay in page order. Labels staff set by hand (B01 on page 9,
// 头版) are left exactly as they are, wherever the page goes: whether a label follows is decided
// when it is made or typed, not again at each move (B01 typed on page 2 became B02 after a trip
// to page 1 and back).
import { applyOps, type Edition, formatLabel, labelPattern, type LabelPattern, type Op } from '../../shared/model';

/** Labels follow 第N版 when no page shows another pattern to follow. */
const DEFAULT_PATTERN: LabelPattern = { prefix: '第', width: 1, suffix: '版' };

/**
 * The label for a new page numbered `number`: in the pattern of the page it is made from (or
 * next to), else of the first page with an automatic label, else 第N版.
 */
export function newPageLabel(edition: Edition, number: number, nearPageId: string | null): string {
  const near = edition.pages.find((p) => p.id === nearPageId);
  const pattern =
    (near && labelPattern(near.label, near.number)) ??
    edition.pages.map((p) => labelPattern(p.label, p.number)).find((p) => p !== null) ??
    DEFAULT_PATTERN;
  return formatLabel(pattern, number);
}

/** updatePage ops that renumber the automatic labels of pages whose number `ops` would change. */
export function relabelOps(edition: Edition, ops: readonly Op[]): Op[] {
  const after = applyOps(edition, ops).edition;
  const out: Op[] = [];
  for (const page of edition.pages) {
    const moved = after.pages.find((p) => p.id === page.id);
    if (!moved || moved.number === page.number || moved.label !== page.label || !page.labelFollowsNumber) continue;
    const pattern = labelPattern(page.label, page.number);
    if (pattern) out.push({ type: 'updatePage', pageId: page.id, patch: { label: formatLabel(pattern, moved.number) } });
  }
  return out;
}

/** `ops`, followed by the relabelling they call for, as one list for one undoable step. */
export function withRelabel(edition: Edition, ops: readonly Op[]): Op[] {
  return [...ops, ...relabelOps(edition, ops)];
}
