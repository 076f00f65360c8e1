// pictures.ts: which article a photo belongs to, and the photo as the article shows it.
//
// Ownership (issue 7, the issue-5 convention that a photo and its caption frame are grouped): an
// image frame belongs to the article whose text frame shares its non-null groupId on the same
// page. When a group holds text frames of several articles, the article with a 图片说明 paragraph
// wins, else the first in page frame order. Only articles compete: a story that is no article
// cannot show a photo in the bundle, so it never takes one from an article.
//
// Caption: what the page prints under the photo comes first — the caption paragraph the frame
// links to, when it is the article's, else the article's next unused 图片说明 paragraph — and the
// asset's embedded IPTC caption only when the page prints none. Credit: the asset's. Alt text:
// the caption, else the asset's description (the model keeps no separate IPTC Alt Text yet).
// Size: the web rendition's (bundle.ts pictureRenditionSize, long side ≤ 1600 px), which the
// image renderer resizes to exactly.
import { type EpaperPicture, EpaperPaths, pictureRenditionSize } from './bundle';
import { type Asset, type ImageFrame, type Page, ParagraphStyleIds, type Story } from '../model';
import { cleanParagraphText } from './storyContent';

/** Image frame id → the story id of the article that owns it, for the page's grouped photos. */
export function photoOwners(page: Page, articles: ReadonlyMap<string, Story>): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const frame of page.frames) {
    if (frame.kind !== 'text' || frame.groupId === null || frame.storyId === null || !articles.has(frame.storyId)) continue;
    const members = groups.get(frame.groupId) ?? [];
    if (!members.includes(frame.storyId)) members.push(frame.storyId);
    groups.set(frame.groupId, members);
  }
  const owners = new Map<string, string>();
  for (const frame of page.frames) {
    if (frame.kind !== 'image' || frame.groupId === null) continue;
    const candidates = groups.get(frame.groupId) ?? [];
    const captioned = candidates.find((id) => articles.get(id)?.paragraphs.some((p) => p.style === ParagraphStyleIds.caption && cleanParagraphText(p) !== ''));
    const owner = captioned ?? candidates[0];
    if (owner !== undefined) owners.set(frame.id, owner);
  }
  return owners;
}

/**
 * The photo of `frame` as `story`'s article shows it. `usedCaptions` holds the ids of caption
 * paragraphs earlier photos of the article took; this one's is added.
 */
export function articlePicture(frame: ImageFrame, asset: Asset, story: Story, usedCaptions: Set<string>): EpaperPicture {
  const linked = frame.caption !== null && frame.caption.storyId === story.id ? story.paragraphs.find((p) => p.id === frame.caption?.paragraphId) : undefined;
  const paragraph =
    linked && cleanParagraphText(linked) !== ''
      ? linked
      : story.paragraphs.find((p) => p.style === ParagraphStyleIds.caption && !usedCaptions.has(p.id) && cleanParagraphText(p) !== '');
  if (paragraph) usedCaptions.add(paragraph.id);
  const caption = paragraph ? cleanParagraphText(paragraph) : clean(asset.caption);
  const size = pictureRenditionSize(asset.pixelWidth, asset.pixelHeight);
  return {
    id: asset.id,
    src: EpaperPaths.picture(asset.id),
    width: size.width,
    height: size.height,
    caption,
    credit: clean(asset.credit),
    alt: caption !== '' ? caption : clean(asset.description),
  };
}

function clean(text: string): string {
  return text.normalize('NFC').trim();
}
