// composeEditionWithFonts: the env is loaded once per font service and edition folder, forgotten
// on request, and missing glyphs reach the report (and the CLI's summary) with story and offset.
import { describe, expect, it } from 'vitest';
import { layoutText } from '../../../../src/main/cli/commands/layoutCommand';
import { messagesFor } from '../../../../src/main/cli/messages';
import type { FontService } from '../../../../src/main/services/fonts';
import { composeEditionWithFonts, editionFamilies, forgetLayoutEnv, layoutToolsFor } from '../../../../src/main/services/layout';
import { FONTS, sampleEdition } from './sampleLayout';

/** The shared font service, counting how often the fonts are listed (once per env load). */
function countingService(): { service: FontService; lists: () => number } {
  let lists = 0;
  const service: FontService = { ...FONTS, list: (options) => (lists++, FONTS.list(options)) };
  return { service, lists: () => lists };
}

describe('composeEditionWithFonts', () => {
  it('loads the layout env once per font service and edition folder, and again after forgetLayoutEnv', async () => {
    const edition = sampleEdition();
    const { service, lists } = countingService();
    const first = await layoutToolsFor(edition, { fonts: service });
    const second = await layoutToolsFor(edition, { fonts: service });
    expect(second.env).toBe(first.env);
    expect(lists()).toBe(1);
    await layoutToolsFor(edition, { fonts: service, editionDir: '/nonexistent/edition' });
    expect(lists()).toBe(2);
    forgetLayoutEnv(service, '/nonexistent/edition');
    expect((await layoutToolsFor(edition, { fonts: service })).env).toBe(first.env);
    expect(lists()).toBe(2);
    forgetLayoutEnv(service);
    expect((await layoutToolsFor(edition, { fonts: service })).env).not.toBe(first.env);
    expect(lists()).toBe(3);
  });

  it('opens only the families the styles name', () => {
    expect(editionFamilies(sampleEdition())).toEqual(['Noto Sans SC', 'Noto Serif SC', 'Source Serif 4']);
  });

  it('reports a character no font has with its story, paragraph and offset, and the summary lists it', async () => {
    const edition = structuredClone(sampleEdition());
    const story = edition.stories.find((s) => edition.pages[0]!.frames.some((f) => f.kind === 'text' && f.storyId === s.id))!;
    const paragraph = story.paragraphs[story.paragraphs.length - 1]!;
    paragraph.runs = [...paragraph.runs, { text: '\u{1F600}', charStyle: null, marks: [] }];
    const offset = paragraph.runs.slice(0, -1).reduce((n, r) => n + r.text.length, 0);
    const layout = await composeEditionWithFonts(edition, { fonts: FONTS });
    expect(layout.missingGlyphs.map(({ storyId, paragraphId, offset: at, char }) => ({ storyId, paragraphId, at, char }))).toEqual([{ storyId: story.id, paragraphId: paragraph.id, at: offset, char: '\u{1F600}' }]);
    const text = layoutText(edition, layout, messagesFor('en'));
    expect(text).toContain('Missing glyphs (1):');
    expect(text).toContain(`  \u{1F600} U+1F600 in ${story.slug} [${paragraph.id}] at offset ${offset}`);
  });
});
