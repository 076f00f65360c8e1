// LayoutBanner.tsx: when the fonts cannot be loaded (or the page cannot be composed) the frames
// stay and this says why. Loading is shown in the status bar instead: a banner coming and going
// would shift the page and change the fit zoom under the user.
import { memo, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import type { PageLayoutState } from '../layout';

export const LayoutBanner = memo(function LayoutBanner({ layout }: { layout: PageLayoutState }): ReactNode {
  const { t } = useI18n();
  if (layout.phase === 'failed') {
    return (
      <div className="banner banner-error" role="alert" data-testid="layout-error">
        {layout.missingFonts === undefined ? t('layout.failed', { message: layout.message }) : t('layout.fontsMissing', { fonts: layout.missingFonts })}
      </div>
    );
  }
  return null;
});
