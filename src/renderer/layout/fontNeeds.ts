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
import type { Edition, ParagraphStyle } from '../../shared/model';

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

/** Distinct (family, weight) pairs the edition's placed text is set in, sorted. */
export function faceRequests(edition: Edition): FaceRequest[] {
  const found = new Map<string, FaceRequest>();
  const add = (style: ParagraphStyle, weight: StyleWeight): void => {
    for (const family of [style.font.cjk, style.font.latin]) found.set(`${weight}\u0000${family}`, { family, weight });
  };
  const placed = storyThreads(edition);
  for (const story of edition.stories) {
    if (!placed.has(story.id)) continue;
    for (const paragraph of story.paragraphs) {
      const style = edition.styles.paragraph.find((s) => s.id === paragraph.style);
      if (!style) continue; // parseEdition rules this out; flow reports it if it happens
      add(style, style.weight);
      for (const run of paragraph.runs) {
        const weight = run.charStyle === null ? null : (edition.styles.character.find((c) => c.id === run.charStyle)?.weight ?? null);
        if (weight) add(style, weight);
      }
    }
  }
  if (hasFurniture(edition)) {
    const style = furnitureStyle(edition);
    add(style, style.weight);
  }
  return [...found.values()].sort((a, b) => (a.family === b.family ? a.weight.localeCompare(b.weight) : a.family < b.family ? -1 : 1));
}

/** The listed faces that answer the requests, as the layout's catalog will match them. */
export function chooseFaces(listing: readonly FontListing[], requests: readonly FaceRequest[]): FaceChoice {
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
