import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { counterIds, ParagraphStyleIds, paragraphText, type Story, StorySchema } from '../../../../src/shared/model';
import { type ImportResult, importSeedText } from '../../../../src/main/services/import';

const SEED = readFileSync(join(import.meta.dirname, '../../../../resources/sample/seed-page.txt'), 'utf8');

const headline = (s: Story): string | undefined => s.paragraphs.find((p) => p.style === ParagraphStyleIds.headline)?.runs[0]?.text;
const byline = (s: Story): string | null => {
  const p = s.paragraphs.find((q) => q.style === ParagraphStyleIds.byline);
  return p ? paragraphText(p) : null;
};
const isArticle = (s: Story): boolean => headline(s) !== undefined;
const textOf = (s: Story): string => s.paragraphs.map(paragraphText).join('\n');

describe('importSeedText on the real seed page', () => {
  let result: ImportResult;
  let articles: Story[];
  beforeAll(() => {
    result = importSeedText(SEED, { newId: counterIds(), sourceName: 'seed-page.txt' });
    articles = result.stories.filter(isArticle);
  });

  it('finds exactly 9 articles, each with its headline, byline and credits', () => {
    expect(articles.map((s) => [headline(s), byline(s), s.credits])).toEqual([
      ['2023年度全区高质量发展综合绩效考核总结会议召开', '□特约通讯员 刘畅', [{ role: '特约通讯员', names: ['刘畅'] }]],
      ['枣庄市领导来市中区开展调研活动', '□记者 刘正航', [{ role: '记者', names: ['刘正航'] }]],
      ['市人大来市中区开展《枣庄市燃气管理条例（修正草案修改稿）》立法调研', '□记者 李森', [{ role: '记者', names: ['李森'] }]],
      ['省关工委领导来枣庄市市中区调研关心下一代工作', '□记者 侯文清', [{ role: '记者', names: ['侯文清'] }]],
      ['区退役军人事务员培训班开班', '□通讯员 单莹', [{ role: '通讯员', names: ['单莹'] }]],
      ['呵护护士心灵 致敬白衣天使', '□记者 王乐平 董宏涛', [{ role: '记者', names: ['王乐平', '董宏涛'] }]],
      ['2023年度市对区高质量发展综合绩效考核分析会议召开', '□特约通讯员 刘畅', [{ role: '特约通讯员', names: ['刘畅'] }]],
      ['枣庄市领导来市中区督导一季度经济运行、环保等重点工作情况并调研帮包重点规上企业', '□记者 李森', [{ role: '记者', names: ['李森'] }]],
      // The picture story has no byline; its photographers are its credit.
      ['校园科技节引领绿色低碳新风尚', null, [{ role: '记者', names: ['郑晓琳', '王乐平'] }]],
    ]);
  });

  it('keeps the promotional lines as one separate 推广语 story with no headline', () => {
    const promo = result.stories.filter((s) => !isArticle(s));
    expect(promo).toHaveLength(1);
    expect(promo[0]?.slug).toBe('推广语');
    expect(promo[0]?.paragraphs.map((p) => [p.style, paragraphText(p)])).toEqual([
      [ParagraphStyleIds.promo, '市中云报APP'],
      [ParagraphStyleIds.promo, '幸福微市中微信'],
    ]);
    expect(result.report.stories.filter((s) => s.kind === 'article')).toHaveLength(9);
  });

  it('produces stories that satisfy the model schema, as drafts with distinct slugs', () => {
    for (const story of result.stories) expect(StorySchema.safeParse(story).success).toBe(true);
    expect(result.stories.every((s) => s.status === 'draft')).toBe(true);
    const slugs = result.stories.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain('区退役军人事务员');
    expect(slugs.every((s) => [...s].length <= 16)).toBe(true);
  });

  it('styles the lead paragraph as 正文 and keeps 本报讯', () => {
    const lead = articles[1]?.paragraphs[2];
    expect(lead?.style).toBe(ParagraphStyleIds.body);
    expect(paragraphText(lead ?? { id: 'x', style: 'x', runs: [] })).toBe('本报讯 5月14日，副市长左文带领市调研组来市中区开展调研活动。区委副书记、区长韩耀辉陪同。');
  });

  it('rejoins every split with a note that points at the join', () => {
    const joined = ['总体目标', '考核“指挥棒”', '正能量', '进位争先', '万达广场项目', '持之以恒', '最优、群众安全感', '提升、业务能力'];
    const all = result.stories.map(textOf).join('\n');
    for (const text of joined) expect(all).toContain(text);
    const notes = result.stories.flatMap((s) => s.importNotes.filter((n) => n.kind === 'rejoined-paragraph').map((n) => ({ s, n })));
    expect(notes).toHaveLength(joined.length);
    for (const { s, n } of notes) {
      expect(n.repaired).toBe(true);
      const paragraph = s.paragraphs.find((p) => p.id === n.paragraphId);
      // The offset is the join: the text after it is what the next paragraph started with.
      expect(paragraphText(paragraph ?? { id: '', style: '', runs: [] }).slice(n.offset, n.offset + 1)).toBe(n.before.split('\n')[1]?.[0]);
    }
    expect(notes.map(({ n }) => n.sourceLine)).toEqual([21, 25, 29, 89, 91, 95, 107, 111]);
  });

  it('flags the lost text after 做到 without changing it', () => {
    const story = articles[7] as Story;
    expect(textOf(story)).toContain('做到\n任，确保');
    const flags = result.stories.flatMap((s) => s.importNotes.filter((n) => n.kind === 'possible-lost-text'));
    expect(flags).toHaveLength(1);
    const flag = flags[0];
    expect(flag?.repaired).toBe(false);
    expect(flag?.sourceLine).toBe(111);
    expect(flag?.before).toBe(flag?.after);
    const paragraph = story.paragraphs.find((p) => p.id === flag?.paragraphId);
    expect(paragraphText(paragraph ?? { id: '', style: '', runs: [] }).endsWith('做到')).toBe(true);
    expect(flag?.offset).toBe(paragraphText(paragraph ?? { id: '', style: '', runs: [] }).length);
  });

  it('leaves no half-width , ( ) : ; next to a Han character, and notes each replacement where it is', () => {
    const all = result.stories.map(textOf).join('\n');
    expect(all).not.toMatch(/\p{Script=Han}[,():;]|[,():;]\p{Script=Han}/u);
    expect(all).toContain('100%');
    const seedLines = SEED.split('\n');
    for (const story of result.stories) {
      for (const note of story.importNotes.filter((n) => n.kind === 'fullwidth-punctuation')) {
        const text = paragraphText(story.paragraphs.find((p) => p.id === note.paragraphId) ?? { id: '', style: '', runs: [] });
        expect(note.repaired).toBe(true);
        expect('，（）：；？！').toContain(text[note.offset]);
        // The source line named holds the half-width mark the note replaced, next to its neighbour.
        const mark = note.before[Math.min(note.offset, 6)] ?? '';
        expect(',():;?!').toContain(mark);
        const line = seedLines[note.sourceLine - 1] ?? '';
        expect(line.includes(`${text[note.offset - 1] ?? ''}${mark}`) || line.includes(`${mark}${text[note.offset + 1] ?? ''}`)).toBe(true);
      }
    }
  });

  it('flags the stray English “and” and leaves it in place', () => {
    const notes = result.stories.flatMap((s) => s.importNotes.filter((n) => n.kind === 'stray-latin'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ repaired: false, sourceLine: 51 });
    expect(notes[0]?.message).toContain('和');
    expect(result.stories.map(textOf).join('\n')).toContain('继续关注 and 积极参与');
  });

  it('styles the photo caption as 图片说明 and reports it as a figure', () => {
    const story = articles[8] as Story;
    const caption = story.paragraphs.at(-1);
    expect(caption?.style).toBe(ParagraphStyleIds.caption);
    expect(paragraphText(caption ?? { id: '', style: '', runs: [] })).toMatch(/大开眼界。（记者 郑晓琳 王乐平 摄）$/u);
    expect(result.figures).toEqual([{ storyId: story.id, paragraphId: caption?.id, credit: '记者 郑晓琳 王乐平 摄' }]);
    expect(story.paragraphs.map((p) => p.style)).toEqual([ParagraphStyleIds.headline, ParagraphStyleIds.body, ParagraphStyleIds.caption]);
  });

  it('takes every id from the injected source, so the same input gives the same stories', () => {
    const again = importSeedText(SEED, { newId: counterIds(), sourceName: 'seed-page.txt' });
    expect(again.stories).toEqual(result.stories);
    expect(result.stories[0]?.id).toBe('story-1');
    expect(result.stories.flatMap((s) => s.paragraphs.map((p) => p.id)).every((id) => /^paragraph-\d+$/u.test(id))).toBe(true);
  });

  it('lists every story note in the report with its story slug', () => {
    const fromStories = result.stories.reduce((n, s) => n + s.importNotes.length, 0);
    expect(result.report.notes).toHaveLength(fromStories);
    const lost = result.report.notes.find((n) => n.kind === 'possible-lost-text');
    expect(lost?.storySlug).toBe(articles[7]?.slug);
    expect(lost?.paragraphIndex).toBe(4);
    expect(result.report.source).toBe('seed-page.txt');
    expect(result.report.format).toBe('seed');
  });
});
