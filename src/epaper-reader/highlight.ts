// highlight.ts: the query's occurrences in a result's text, wrapped in <mark>. Matching uses the
// search's own normalisation (src/shared/epaper/searchText.ts: NFKC, lower case, spaces and
// punctuation ignored), so what is marked is exactly what the search matched — 退役 军人 marks
// 退役军人 — while the text shown stays the original.
import { normaliseForSearch } from '../shared/epaper/searchText';

/** [start, end) source ranges of the query's terms in `text`, ascending, merged where they touch. */
export function matchRanges(text: string, query: string): Array<readonly [number, number]> {
  const norm = normaliseForSearch(text);
  const ranges: Array<[number, number]> = [];
  for (const raw of query.split(/\s+/u)) {
    const term = normaliseForSearch(raw).text;
    if (term === '') continue;
    for (let at = norm.text.indexOf(term); at >= 0; at = norm.text.indexOf(term, at + term.length)) {
      const start = norm.from[at];
      const end = norm.to[at + term.length - 1];
      if (start !== undefined && end !== undefined) ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** `text` as nodes with each match in a <mark>. */
export function highlighted(text: string, query: string): Node[] {
  const nodes: Node[] = [];
  let last = 0;
  for (const [start, end] of matchRanges(text, query)) {
    if (start > last) nodes.push(document.createTextNode(text.slice(last, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    last = end;
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}
