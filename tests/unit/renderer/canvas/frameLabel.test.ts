import { describe, expect, it } from 'vitest';
import { frameLabel } from '../../../../src/renderer/canvas/frameLabel';
import { translator } from '../../../../src/renderer/i18n/translate';
import { type Edition, type Frame, newImageFrame, newTextFrame, type Page } from '../../../../src/shared/model';
import { boxFrame, ruleFrame, sampleEdition } from '../../shared/model/fixtures';

const t = translator('en');
const BOX = { x: 0, y: 0, width: 100, height: 100 };

function labelOn(frame: Frame, edition: Edition = sampleEdition(), pageIndex = 0): string {
  const page: Page = edition.pages[pageIndex]!;
  return frameLabel(frame, edition, page, t);
}

describe('frameLabel for text frames', () => {
  it("shows the story's slug", () => {
    expect(labelOn(newTextFrame('f', BOX, { storyId: 'story-1', name: 'lead frame' }))).toBe('区委全会');
  });

  it('says so when the story is missing', () => {
    expect(labelOn(newTextFrame('f', BOX, { storyId: 'story-404' }))).toBe('(missing story)');
  });

  it('fills a running-head template with the edition and the page it is shown on', () => {
    const head = newTextFrame('f', BOX, { template: '{paper}  {date}  第{pageNumberZh}版  {section}' });
    expect(labelOn(head, sampleEdition(), 0)).toBe('今日市中  2023年5月15日  第一版  要闻');
    expect(labelOn(head, sampleEdition(), 1)).toBe('今日市中  2023年5月15日  第二版  综合');
  });

  it('falls back to the frame name, then to "no story"', () => {
    expect(labelOn(newTextFrame('f', BOX, { name: '预留' }))).toBe('预留');
    expect(labelOn(newTextFrame('f', BOX))).toBe('(no story)');
  });
});

describe('frameLabel for image frames', () => {
  it('prefers the frame name, then the file name of its asset', () => {
    expect(labelOn(newImageFrame('f', BOX, { assetId: 'asset-1', name: '主图' }))).toBe('主图');
    expect(labelOn(newImageFrame('f', BOX, { assetId: 'asset-1' }))).toBe('square.png');
  });

  it('says "no image" when there is no asset or it is not in the edition', () => {
    expect(labelOn(newImageFrame('f', BOX))).toBe('(no image)');
    expect(labelOn(newImageFrame('f', BOX, { assetId: 'asset-404' }))).toBe('(no image)');
  });

  it('uses the whole path when it has no folder', () => {
    const edition = sampleEdition();
    edition.assets = edition.assets.map((a) => ({ ...a, path: 'photo.jpg' }));
    expect(labelOn(newImageFrame('f', BOX, { assetId: 'asset-1' }), edition)).toBe('photo.jpg');
  });
});

describe('frameLabel for rules and boxes', () => {
  it('shows their name, which may be empty', () => {
    expect(labelOn(ruleFrame('r', 10))).toBe('眉线');
    expect(labelOn(boxFrame('b'))).toBe('底纹');
    expect(labelOn({ ...boxFrame('b'), name: '' })).toBe('');
  });

  it('follows the language for its fallback words', () => {
    const edition = sampleEdition();
    expect(frameLabel(newTextFrame('f', BOX), edition, edition.pages[0]!, translator('zh-CN'))).toBe('（无稿件）');
  });
});
