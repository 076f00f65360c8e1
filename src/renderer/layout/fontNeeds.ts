// fontNeeds.ts: which font files the page view must fetch. The default CJK faces are 10–15 MB
// each, so the renderer asks only for the faces the edition's text can use: for every placed
// story's paragraphs (and the running-head furniture) the style's CJK and Latin families at the
// paragraph's weight and at each character style's weight. The face is chosen from the host's
// listing with the catalog's own rule (matchFace, listing order = priority), so the catalog the
// renderer builds from the fetched faces picks exactly the faces main's full catalog picks.
import type { FontListing } from '../../shared/host-api';
import { type FontId, isFontId, matchFace, STYLE_WEIGHTS, type StyleWeight } from '../../shared/layout/fonts';
import { storyThreads } from '../../shared/layout/flow';
import { furnitureStyle } from '../../shared/layout/page';
import type { Edition, ParagraphStyle, Story, Styles } from '../../shared/model';

export interface FaceRequest {
  readonly family: string;
  readonly weight: StyleWeight;
}

export interface FaceChoice {
  /** Faces to fetch, in listing (priority) order. */
  readonly ids: readonly FontId[];
  /** Families the styles name that the host does not have. */
  readonly unresolved: readonly FaceRequest[];
}

function hasFurniture(edition: Edition): boolean {
  const frames = [...edition.masters.flatMap((m) => m.frames), ...edition.pages.flatMap((p) => p.frames)];
  return frames.some((f) => f.kind === 'text' && f.storyId === null && f.template !== null);
}

// The page view asks again for every edition, and typing makes one per keystroke: which stories
// are placed is remembered per pages/masters/story list, and each story's pairs per story object
// and styles, so a keystroke looks again only at the story typed in (edition objects are never
// changed in place; ops make new ones).
const placedMemory = new WeakMap<Edition['pages'], { readonly masters: Edition['masters']; readonly storyIds: string; readonly placed: ReadonlySet<string> }>();
const storyMemory = new WeakMap<Story, { readonly styles: Styles; readonly requests: readonly FaceRequest[] }>();

/** Ids of the stories placed in a text frame (storyThreads' stories), remembered. */
function placedStories(edition: Edition): ReadonlySet<string> {
  const storyIds = edition.stories.map((s) => s.id).join('\n');
  const known = placedMemory.get(edition.pages);
  if (known && known.masters === edition.masters && known.storyIds === storyIds) return known.placed;
  const placed = new Set(storyThreads(edition).keys());
  placedMemory.set(edition.pages, { masters: edition.masters, storyIds, placed });
  return placed;
}

/** The (family, weight) pairs one story's paragraphs and character styles are set in, remembered. */
function storyRequests(story: Story, styles: Styles): readonly FaceRequest[] {
  const known = storyMemory.get(story);
  if (known && known.styles === styles) return known.requests;
  const requests: FaceRequest[] = [];
  const add = (style: ParagraphStyle, weight: StyleWeight): void => {
    for (const family of [style.font.cjk, style.font.latin]) requests.push({ family, weight });
  };
  for (const paragraph of story.paragraphs) {
    const style = styles.paragraph.find((s) => s.id === paragraph.style);
    if (!style) continue; // parseEdition rules this out; flow reports it if it happens
    add(style, style.weight);
    for (const run of paragraph.runs) {
      const weight = run.charStyle === null ? null : (styles.character.find((c) => c.id === run.charStyle)?.weight ?? null);
      if (weight) add(style, weight);
    }
  }
  storyMemory.set(story, { styles, requests });
  return requests;
}

/** Distinct (family, weight) pairs the edition's placed text is set in, sorted. */
export function faceRequests(edition: Edition): FaceRequest[] {
  const found = new Map<string, FaceRequest>();
  const add = (request: FaceRequest): void => {
    found.set(`${request.weight}\u0000${request.family}`, request);
  };
  const placed = placedStories(edition);
  for (const story of edition.stories) {
    if (placed.has(story.id)) storyRequests(story, edition.styles).forEach(add);
  }
  if (hasFurniture(edition)) {
    const style = furnitureStyle(edition);
    for (const family of [style.font.cjk, style.font.latin]) add({ family, weight: style.weight });
  }
  // Plain code-unit order, not localeCompare: the first localeCompare of a page sets up ICU's
  // collator, ~15 ms on the opening's critical path, and the order only has to be stable.
  const order = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return [...found.values()].sort((a, b) => order(a.family, b.family) || order(a.weight, b.weight));
}

/** The listed faces that answer the requests, as the layout's catalog will match them. */
export function chooseFaces(listing: readonly FontListing[], requests: readonly FaceRequest[]): FaceChoice {
  // Asked for every edition with the same listing and, mostly, the same requests: remembered.
  const key = requests.map((r) => `${r.weight}\u0000${r.family}`).join('\u0001');
  let known = choicesByListing.get(listing);
  if (!known) choicesByListing.set(listing, (known = new Map()));
  let choice = known.get(key);
  if (!choice) known.set(key, (choice = matchRequests(listing, requests)));
  return choice;
}

const choicesByListing = new WeakMap<readonly FontListing[], Map<string, FaceChoice>>();

function matchRequests(listing: readonly FontListing[], requests: readonly FaceRequest[]): FaceChoice {
  // The listing names one family per face; localized family names are not in it.
  const candidates = listing.map((f) => ({ ...f, familyNames: [f.family] }));
  const wanted = new Set<string>();
  const unresolved: FaceRequest[] = [];
  for (const request of requests) {
    const face = matchFace(candidates, request.family, STYLE_WEIGHTS[request.weight]);
    if (face) wanted.add(face.id);
    else unresolved.push(request);
  }
  return { ids: listing.map((f) => f.id).filter((id): id is FontId => wanted.has(id) && isFontId(id)), unresolved };
}
