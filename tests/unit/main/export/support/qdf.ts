// qdf.ts: editing a PDF's page content by hand, the way one would with a text editor: qpdf's
// QDF form (streams uncompressed, objects one per block, "%% Contents for page N" comments), a
// text edit of one content stream, then fix-qdf to repair the stream lengths and the xref. The
// specs use it to plant faults (an RGB operator, a moved line, another glyph) in real output and
// prove their checks see them.
import { readFile, writeFile } from 'node:fs/promises';
import { tool } from './tools';

/** Writes `out`: `file` with the content stream of page `page` (1-based) passed through `edit`. */
export async function editPageContent(file: string, out: string, page: number, edit: (content: string) => string): Promise<void> {
  const qdf = `${out}.qdf`;
  const edited = `${out}.edited.qdf`;
  const q = await tool('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
  if (q.code !== 0) throw new Error(`qpdf --qdf ${file}: exit ${q.code}\n${q.stderr}`);
  // latin1 maps every byte to one char and back, so binary streams elsewhere survive the edit.
  const text = (await readFile(qdf)).toString('latin1');
  const marker = text.indexOf(`%% Contents for page ${page}\n`);
  if (marker < 0) throw new Error(`${file}: no content stream for page ${page} in the QDF form`);
  const start = text.indexOf('\nstream\n', marker) + '\nstream\n'.length;
  const end = text.indexOf('\nendstream', start);
  if (start < marker || end < 0) throw new Error(`${file}: page ${page}'s content stream is not where QDF puts it`);
  const content = text.slice(start, end);
  const changed = edit(content);
  if (changed === content) throw new Error('the edit changed nothing');
  await writeFile(edited, Buffer.from(text.slice(0, start) + changed + text.slice(end), 'latin1'));
  const fixed = await tool('sh', ['-c', 'fix-qdf "$1" > "$2"', 'sh', edited, out]);
  if (fixed.code !== 0) throw new Error(`fix-qdf: exit ${fixed.code}\n${fixed.stderr}`);
}
