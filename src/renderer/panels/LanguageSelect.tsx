// LanguageSelect.tsx: picks the UI language; the choice is remembered by the i18n provider.
import type { ReactNode } from 'react';
import { isLocale, LOCALE_NAMES, LOCALES, useI18n } from '../i18n';

export function LanguageSelect(): ReactNode {
  const { locale, setLocale, t } = useI18n();
  return (
    <label className="language-select">
      <span>{t('language.label')}</span>
      <select
        data-testid="language-select"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
