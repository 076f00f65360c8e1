// newEditionForm.ts: the New Edition dialog's fields and the request they make, without React.
// A custom grid starts from the broadsheet's figures; the dialog shows the type area the grid
// gives, so a grid that does not fit the page is visible before the host refuses it.
import type { GridSpecInput, NewEditionRequest } from '../../shared/editions-api';
import { BROADSHEET_GRID, EditionMetaSchema } from '../../shared/model';

export type FormatChoice = 'broadsheet' | 'tabloid' | 'custom';

/** Every number is kept as typed (a string), so a half-typed field is not rewritten under the cursor. */
export type GridFields = { readonly [K in Exclude<keyof GridSpecInput, 'name' | 'trimMm'>]: string } & {
  /** The format's name (such as 对开), shown in the edition's info. */
  readonly gridName: string;
  readonly trimWidthMm: string;
  readonly trimHeightMm: string;
};

export interface NewEditionForm {
  readonly choice: FormatChoice;
  readonly grid: GridFields;
  readonly paper: string;
  /** yyyy-mm-dd */
  readonly date: string;
  /** Absolute, or relative to the documents folder. */
  readonly folder: string;
  /** The folder name; empty means "made from the paper and the date". */
  readonly name: string;
}

export const DEFAULT_FOLDER = 'Galley';

export function gridFields(spec: typeof BROADSHEET_GRID): GridFields {
  return {
    gridName: '自定义',
    trimWidthMm: String(spec.trimMm.width),
    trimHeightMm: String(spec.trimMm.height),
    bleedMm: String(spec.bleedMm),
    columns: String(spec.columns),
    charsPerColumn: String(spec.charsPerColumn),
    gutterEm: String(spec.gutterEm),
    bodySize: String(spec.bodySize),
    linePitch: String(spec.linePitch),
    lines: String(spec.lines),
    headMm: String(spec.headMm),
  };
}

export function initialForm(today: string): NewEditionForm {
  return { choice: 'broadsheet', grid: gridFields(BROADSHEET_GRID), paper: '', date: today, folder: DEFAULT_FOLDER, name: '' };
}

/** Today as yyyy-mm-dd in the user's time zone. */
export function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The folder name the dialog proposes: paper and date, without characters folders cannot hold. */
export function suggestedName(form: Pick<NewEditionForm, 'paper' | 'date'>): string {
  const paper = form.paper.trim().replace(/[\\/:*?"<>|\0]/gu, '-') || 'galley';
  return `${paper}-${form.date}.galley`;
}

export type FormProblem = 'paper' | 'date' | 'folder' | 'name' | keyof GridFields;

export type FormResult = { ok: true; request: NewEditionRequest } | { ok: false; problems: FormProblem[] };

const INTEGER_FIELDS: ReadonlySet<keyof GridFields> = new Set(['columns', 'charsPerColumn', 'lines']);

export function buildRequest(form: NewEditionForm): FormResult {
  const problems: FormProblem[] = [];
  if (form.paper.trim() === '') problems.push('paper');
  // As the model checks it: yyyy-mm-dd naming a day that exists.
  if (!EditionMetaSchema.shape.date.safeParse(form.date).success) problems.push('date');
  if (form.folder.trim() === '') problems.push('folder');
  const name = form.name.trim() === '' ? suggestedName(form) : form.name.trim();
  if (/[\\/\0]/u.test(name) || name === '.' || name === '..') problems.push('name');
  let grid: GridSpecInput | null = null;
  if (form.choice === 'custom') {
    const numbers = new Map<keyof GridFields, number>();
    for (const key of Object.keys(form.grid) as Array<keyof GridFields>) {
      if (key === 'gridName') continue;
      const value = Number(form.grid[key].trim());
      const valid = form.grid[key].trim() !== '' && Number.isFinite(value) && value >= 0 && (!INTEGER_FIELDS.has(key) || Number.isInteger(value));
      if (!valid) problems.push(key);
      numbers.set(key, value);
    }
    if (form.grid.gridName.trim() === '') problems.push('gridName');
    const n = (key: keyof GridFields): number => numbers.get(key) ?? 0;
    grid = {
      name: form.grid.gridName.trim(),
      trimMm: { width: n('trimWidthMm'), height: n('trimHeightMm') },
      bleedMm: n('bleedMm'),
      columns: n('columns'),
      charsPerColumn: n('charsPerColumn'),
      gutterEm: n('gutterEm'),
      bodySize: n('bodySize'),
      linePitch: n('linePitch'),
      lines: n('lines'),
      headMm: n('headMm'),
    };
  }
  if (problems.length > 0) return { ok: false, problems };
  const format = form.choice === 'custom' && grid ? { grid } : { preset: form.choice === 'tabloid' ? ('tabloid' as const) : ('broadsheet' as const) };
  return { ok: true, request: { folder: form.folder.trim(), name, format, meta: { paper: form.paper.trim(), date: form.date } } };
}

/**
 * The type area a custom grid gives, in mm, and whether it fits the trim (the same arithmetic
 * as formatFromGrid, so the dialog agrees with the host).
 */
export function gridArea(grid: GridFields): { widthMm: number; heightMm: number; fits: boolean; wide: boolean; deep: boolean } | null {
  const v = (s: string): number => Number(s.trim());
  const [columns, chars, gutter, body, pitch, lines, head, width, height] = [grid.columns, grid.charsPerColumn, grid.gutterEm, grid.bodySize, grid.linePitch, grid.lines, grid.headMm, grid.trimWidthMm, grid.trimHeightMm].map(v);
  if ([columns, chars, gutter, body, pitch, lines, head, width, height].some((x) => x === undefined || !Number.isFinite(x))) return null;
  const mmPerPt = 25.4 / 72;
  const widthMm = ((columns ?? 0) * (chars ?? 0) + ((columns ?? 0) - 1) * (gutter ?? 0)) * (body ?? 0) * mmPerPt;
  const heightMm = (lines ?? 0) * (pitch ?? 0) * mmPerPt;
  const wide = widthMm > (width ?? 0);
  const deep = (head ?? 0) + heightMm > (height ?? 0);
  return { widthMm, heightMm, fits: !wide && !deep, wide, deep };
}

const ACROSS: readonly FormProblem[] = ['columns', 'charsPerColumn', 'gutterEm', 'bodySize', 'trimWidthMm'];
const DOWN: readonly FormProblem[] = ['lines', 'linePitch', 'headMm', 'trimHeightMm'];

/** The fields that make a grid too wide or too deep for its page, to be marked as it is typed. */
export function gridOverflow(grid: GridFields): FormProblem[] {
  const area = gridArea(grid);
  return area ? [...(area.wide ? ACROSS : []), ...(area.deep ? DOWN : [])] : [];
}
