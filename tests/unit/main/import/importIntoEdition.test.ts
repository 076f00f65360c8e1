import { describe, expect, it } from 'vitest';
import { counterIds, emptyEdition, parseEdition } from '../../../../src/shared/model';
import { importIntoEdition, importSeedText } from '../../../../src/main/services/import';

const meta = { paper: '今日市中', date: '2023-05-15', issue: null, totalIssue: null, credits: { editor: '', designer: '', proofreader: '' } };
const text = '市中云报APP\n\n## 标题\n\n□记者 李森\n\n本报讯 正文,第一段。\n';

describe('importIntoEdition', () => {
  it('adds the stories unplaced and the edition still validates', () => {
    const edition = emptyEdition({ preset: 'broadsheet', meta, newId: counterIds() });
    const result = importSeedText(text, { newId: counterIds(), sourceName: 't.txt' });
    const next = importIntoEdition(edition, result);
    expect(next.stories.map((s) => s.id)).toEqual(['story-1', 'story-2']);
    expect(next.pages).toEqual(edition.pages);
    expect(parseEdition(next).ok).toBe(true);
    expect(edition.stories).toHaveLength(0);
  });

  it('gives a new story a free id when the edition already has one with its id', () => {
    const edition = emptyEdition({ preset: 'broadsheet', meta, newId: counterIds() });
    const once = importIntoEdition(edition, importSeedText(text, { newId: counterIds(), sourceName: 't.txt' }));
    const twice = importIntoEdition(once, importSeedText(text, { newId: counterIds(), sourceName: 't.txt' }));
    expect(twice.stories.map((s) => s.id)).toEqual(['story-1', 'story-2', 'story-1-2', 'story-2-2']);
    expect(parseEdition(twice).ok).toBe(true);
  });

  it('adds the default paragraph styles the stories need when the edition lacks them', () => {
    const edition = emptyEdition({ preset: 'tabloid', meta, newId: counterIds() });
    const stripped = { ...edition, styles: { ...edition.styles, paragraph: edition.styles.paragraph.filter((s) => s.name === '正文') } };
    const next = importIntoEdition(stripped, importSeedText(text, { newId: counterIds(), sourceName: 't.txt' }));
    expect(next.styles.paragraph.map((s) => s.name).sort()).toEqual(['主题', '推广语', '正文', '署名'].sort());
    expect(parseEdition(next).ok).toBe(true);
  });
});
