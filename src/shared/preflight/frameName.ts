// frameName.ts: the label staff know a frame by, for preflight messages: a story's slug, an
// image's name (or its file name), the furniture frame's name. The same choices as the canvas's
// frameLabel (src/renderer/canvas/frameLabel.ts), without its translated placeholders: where a
// frame has no label, null, and each surface shows the frame id instead.
import { type Edition, fillTemplate, type Frame, type Page } from '../model';

export function frameName(frame: Frame, edition: Edition, page: Page): string | null {
  switch (frame.kind) {
    case 'text': {
      if (frame.storyId !== null) {
        const story = edition.stories.find((s) => s.id === frame.storyId);
        if (story) return story.slug;
      }
      // Furniture: 报眉 says more than the filled running head, which repeats the paper's name.
      if (frame.name !== '') return frame.name;
      if (frame.template !== null) return fillTemplate(frame.template, edition.meta, page);
      return null;
    }
    case 'image': {
      if (frame.name !== '') return frame.name;
      const asset = edition.assets.find((a) => a.id === frame.assetId);
      return asset ? (asset.path.split('/').pop() ?? asset.path) : null;
    }
    case 'rule':
    case 'box':
      return frame.name === '' ? null : frame.name;
  }
}
