// sixteenPages.ts: the 16-page edition of the layout benches (issue 3 §7), built from the sample
// page: the page repeated, every page's stories copies, except the lead story, which runs 16 times
// as long through the lead frame of every page (threaded). bench/layout.bench.ts composes it in
// Node, bench/chromium.bench.ts hands it to the renderer in Chromium.
import { type Edition, type Frame, type Page, parseEdition, type Story } from '../src/shared/model';

/** The sample page 16 times; every page's stories are copies, except the lead, one story through all 16 lead frames. */
export function sixteenPages(base: Edition, pages = 16): Edition {
  const page0 = base.pages[0]!;
  const textFrames = page0.frames.filter((f): f is Extract<Frame, { kind: 'text' }> => f.kind === 'text' && f.storyId !== null);
  const lead = textFrames[0]!;
  const leadStory = base.stories.find((s) => s.id === lead.storyId)!;
  const stories: Story[] = base.stories.filter((s) => s.id !== leadStory.id);
  const outPages: Page[] = [];
  const leadFrames: Array<{ pageId: string; frameId: string }> = [];
  for (let n = 0; n < pages; n++) {
    const pageId = n === 0 ? page0.id : `${page0.id}-p${n + 1}`;
    const id = (x: string): string => (n === 0 ? x : `${x}-p${n + 1}`);
    const storyId = (x: string): string => (x === leadStory.id ? x : id(x));
    if (n > 0) for (const s of base.stories) if (s.id !== leadStory.id) stories.push({ ...s, id: id(s.id), paragraphs: s.paragraphs.map((p) => ({ ...p, id: id(p.id) })) });
    // Groups are per page too: a photo grouped with its story's frame stays with that page's copy.
    const frames = page0.frames.map((f): Frame => {
      const grouped = { id: id(f.id), groupId: f.groupId === null ? null : id(f.groupId) };
      if (f.kind === 'text' && f.storyId !== null) return { ...f, ...grouped, storyId: storyId(f.storyId) };
      if (f.kind === 'image' && f.caption) return { ...f, ...grouped, caption: { storyId: storyId(f.caption.storyId), paragraphId: id(f.caption.paragraphId) } };
      return { ...f, ...grouped };
    });
    leadFrames.push({ pageId, frameId: id(lead.id) });
    outPages.push({ ...page0, id: pageId, number: n + 1, label: `A${String(n + 1).padStart(2, '0')}`, frames });
  }
  // The lead story, 16 times as long, runs from page to page.
  const long: Story = { ...leadStory, paragraphs: Array.from({ length: pages }, (_, n) => leadStory.paragraphs.map((p) => ({ ...p, id: n === 0 ? p.id : `${p.id}-r${n}` }))).flat() };
  for (const [n, page] of outPages.entries()) {
    page.frames = page.frames.map((f) => (f.id === leadFrames[n]!.frameId && f.kind === 'text' ? { ...f, prev: leadFrames[n - 1] ?? null, next: leadFrames[n + 1] ?? null } : f));
  }
  const out: Edition = { ...base, pages: outPages, stories: [long, ...stories] };
  const checked = parseEdition(out);
  if (!checked.ok) throw new Error(`16-page edition invalid: ${checked.issues.slice(0, 3).map((i) => `${i.path}: ${i.reason}`).join('; ')}`);
  return checked.edition;
}
