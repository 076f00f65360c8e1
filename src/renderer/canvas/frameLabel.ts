// frameLabel.ts: the words shown on a frame until the composition engine sets real text: the
// story's slug, the filled page-furniture template, or the image's name.
import { type Edition, fillTemplate, type Frame, type Page } from '../../shared/model';
import type { Translate } from '../i18n';

export function frameLabel(frame: Frame, edition: Edition, page: Page, t: Translate): string {
  switch (frame.kind) {
    case 'text': {
      if (frame.storyId !== null) {
        const story = edition.stories.find((s) => s.id === frame.storyId);
        return story ? story.slug : t('frame.missingStory');
      }
      if (frame.template !== null) return fillTemplate(frame.template, edition.meta, page);
      return frame.name || t('frame.noStory');
    }
    case 'image': {
      if (frame.name) return frame.name;
      const asset = edition.assets.find((a) => a.id === frame.assetId);
      return asset ? (asset.path.split('/').pop() ?? asset.path) : t('frame.noImage');
    }
    case 'rule':
    case 'box':
      return frame.name;
  }
}
