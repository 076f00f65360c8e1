// File ▸ Edition Details as an edit: what changed becomes one updateMeta op; a wrong field is named.
import { describe, expect, it } from 'vitest';
import { detailsEdit, detailsForm } from '../../../../src/renderer/file/editionDetails';
import { sampleEdition } from '../../shared/model/fixtures';

const meta = sampleEdition().meta;
const form = detailsForm(meta);

describe('edition details', () => {
  it('makes one op of what changed, trimmed, with empty issue numbers as none', () => {
    expect(detailsEdit(meta, { ...form, date: '2023-05-16', issue: ' 1025 ', totalIssue: '', editor: ' 王芳 ' })).toEqual({
      ok: true,
      op: { type: 'updateMeta', patch: { date: '2023-05-16', issue: 1025, totalIssue: null, credits: { ...meta.credits, editor: '王芳' } } },
    });
  });

  it('makes none when nothing changed', () => {
    expect(detailsEdit(meta, form)).toEqual({ ok: true, op: null });
  });

  it('names the field that is wrong: no paper, a day that does not exist, an issue that is not a whole number', () => {
    expect(detailsEdit(meta, { ...form, paper: '  ' })).toMatchObject({ ok: false, field: 'paper' });
    expect(detailsEdit(meta, { ...form, date: '2023-02-30' })).toMatchObject({ ok: false, field: 'date' });
    expect(detailsEdit(meta, { ...form, date: '' })).toMatchObject({ ok: false, field: 'date' });
    expect(detailsEdit(meta, { ...form, issue: '12a' })).toMatchObject({ ok: false, field: 'issue' });
    expect(detailsEdit(meta, { ...form, totalIssue: '-3' })).toMatchObject({ ok: false, field: 'totalIssue' });
  });
});
