// threadedEdition.ts: the sample page repeated, with the lead story made longer and threaded
// through the lead frame of every page, so its text crosses pages and the layout sets 转版 jump
// lines (（下转第二版） / （上接第一版）). The other stories are copies per page.
// Built here rather than taken from bench/, which is another engineer's and may change.
import { type Edition, type Frame, type Page, parseEdition, type Story, type TextFrame } from '../../../../../src/shared/model';

export function threadedEdition(base: Edition, pages = 3): Edition {
  const page0 = base.pages[0];
  if (!page0) throw new Error('the base edition has no page');
  const lead = page0.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId !== null);
  const leadStory = base.stories.find((s) => s.id === lead?.storyId);
  if (!lead || !leadStory) throw new Error('the base edition has no text frame with a story on its first page');
  const suffix = (n: number, id: string): string => (n === 0 ? id : `${id}-p${n + 1}`);
  const stories: Story[] = base.stories.filter((s) => s.id !== leadStory.id);
  const outPages: Page[] = [];
  for (let n = 0; n < pages; n++) {
    if (n > 0) {
      for (const s of base.stories) if (s.id !== leadStory.id) stories.push({ ...s, id: suffix(n, s.id), paragraphs: s.paragraphs.map((p) => ({ ...p, id: suffix(n, p.id) })) });
    }
    const story = (id: string): string => (id === leadStory.id ? id : suffix(n, id));
    const frames = page0.frames.map((f): Frame => {
      if (f.kind === 'text' && f.storyId !== null) return { ...f, id: suffix(n, f.id), storyId: story(f.storyId) };
      if (f.kind === 'image' && f.caption) return { ...f, id: suffix(n, f.id), caption: { storyId: story(f.caption.storyId), paragraphId: suffix(n, f.caption.paragraphId) } };
      return { ...f, id: suffix(n, f.id) };
    });
    outPages.push({ ...page0, id: suffix(n, page0.id), number: n + 1, label: `A${String(n + 1).padStart(2, '0')}`, frames });
  }
  const thread = outPages.map((p, n) => ({ pageId: p.id, frameId: suffix(n, lead.id) }));
  for (const [n, page] of outPages.entries()) {
    page.frames = page.frames.map((f) => (f.id === thread[n]!.frameId && f.kind === 'text' ? { ...f, prev: thread[n - 1] ?? null, next: thread[n + 1] ?? null } : f));
  }
  // The lead story, made (pages − ½) times as long (paragraph ids unique), flows from page to
  // page: more than the frames before the last can hold, and less than all of them hold even
  // after the jump lines took their room, so it ends on the last page without overset.
  const copies = Array.from({ length: pages }, (_, n) => leadStory.paragraphs.map((p) => ({ ...p, id: n === 0 ? p.id : `${p.id}-r${n}` })));
  const last = copies.pop() ?? [];
  const long: Story = { ...leadStory, paragraphs: [...copies.flat(), ...last.slice(0, Math.ceil(last.length / 2))] };
  const checked = parseEdition({ ...base, pages: outPages, stories: [long, ...stories] });
  if (!checked.ok) throw new Error(`threaded edition invalid: ${checked.issues.slice(0, 3).map((i) => `${i.path}: ${i.reason}`).join('; ')}`);
  return checked.edition;
}
