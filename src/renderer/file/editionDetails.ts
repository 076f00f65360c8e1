// editionDetails.ts: File ▸ Edition Details as an edit. The form holds the fields as typed; the
// patch holds what changed, checked as the model checks it, or names the field that is wrong.
// The running head (报眉) and the masthead's date line are filled from these details, so the
// next day's edition is yesterday's with a new date and issue number.
import { type EditionMeta, EditionMetaSchema, type Op } from '../../shared/model';
import type { MessageKey } from '../i18n';

export interface EditionDetailsForm {
  readonly paper: string;
  readonly date: string;
  readonly issue: string;
  readonly totalIssue: string;
  readonly editor: string;
  readonly designer: string;
  readonly proofreader: string;
}

export type EditionDetailsField = keyof EditionDetailsForm;

export function detailsForm(meta: EditionMeta): EditionDetailsForm {
  return {
    paper: meta.paper,
    date: meta.date,
    issue: meta.issue === null ? '' : String(meta.issue),
    totalIssue: meta.totalIssue === null ? '' : String(meta.totalIssue),
    ...meta.credits,
  };
}

export type DetailsEdit =
  | { readonly ok: true; readonly op: Op | null }
  | { readonly ok: false; readonly field: EditionDetailsField; readonly key: MessageKey };

/** The updateMeta op the form asks for (null when nothing changed), or the first wrong field. */
export function detailsEdit(meta: EditionMeta, form: EditionDetailsForm): DetailsEdit {
  const paper = form.paper.trim();
  if (paper === '') return { ok: false, field: 'paper', key: 'file.details.refused.paper' };
  if (!EditionMetaSchema.shape.date.safeParse(form.date).success) return { ok: false, field: 'date', key: 'file.details.refused.date' };
  const issue = issueNumber(form.issue);
  if (issue === undefined) return { ok: false, field: 'issue', key: 'file.details.refused.issue' };
  const totalIssue = issueNumber(form.totalIssue);
  if (totalIssue === undefined) return { ok: false, field: 'totalIssue', key: 'file.details.refused.issue' };
  const credits = { editor: form.editor.trim(), designer: form.designer.trim(), proofreader: form.proofreader.trim() };
  const next: EditionMeta = { paper, date: form.date, issue, totalIssue, credits };
  const patch = Object.fromEntries(
    (Object.keys(next) as Array<keyof EditionMeta>).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(meta[k])).map((k) => [k, next[k]]),
  );
  return { ok: true, op: Object.keys(patch).length === 0 ? null : { type: 'updateMeta', patch } };
}

/** A whole number of 0 or more, null for an empty field, undefined for anything else. */
function issueNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,9}$/u.test(trimmed) ? Number(trimmed) : undefined;
}
