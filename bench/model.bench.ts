// model.bench.ts: what an edit costs. A drag sends one op per pointer-up; validation of a
// whole edition happens on load and save. Compared in one run on the same edition.
import {
  applyOp,
  counterIds,
  emptyEdition,
  type Edition,
  newPage,
  newTextFrame,
  parseEdition,
} from '../src/shared/model';
import { compare } from './measure';

function bigEdition(pages: number, framesPerPage: number): Edition {
  const ids = counterIds();
  const meta = { paper: '基准报', date: '2023-05-15', issue: null, totalIssue: null, credits: { editor: '', designer: '', proofreader: '' } };
  let edition = emptyEdition({ preset: 'broadsheet', meta, newId: ids });
  for (let p = 0; p < pages; p++) {
    const page = newPage({ id: `p${p}`, number: p + 1, label: `A${String(p + 1).padStart(2, '0')}`, section: '要闻', masterId: null });
    const frames = Array.from({ length: framesPerPage }, (_, f) => newTextFrame(`p${p}f${f}`, { x: 40 + f, y: 40 + f, width: 100, height: 200 }));
    edition = { ...edition, pages: [...edition.pages, { ...page, frames }] };
  }
  return edition;
}

const edition = bigEdition(24, 40);
const json = JSON.stringify(edition);
let x = 0;
compare(`24 pages × 40 frames (${(json.length / 1024).toFixed(0)} KiB of JSON)`, [
  { name: 'applyOp moveFrame (one drag)', run: () => applyOp(edition, { type: 'moveFrame', pageId: 'p12', frameId: 'p12f20', x: ++x, y: 10 }) },
  { name: 'JSON.parse alone', run: () => JSON.parse(json) },
  { name: 'JSON.parse + parseEdition (load-time validation)', run: () => parseEdition(JSON.parse(json)) },
]);
