// i18n/: every string the UI shows comes through here.
export { I18nProvider, useI18n } from './I18nProvider';
export { DEFAULT_LOCALE, isLocale, type Locale, LOCALE_NAMES, LOCALES, type Params, type Translate, translator } from './translate';
export type { MessageKey, Messages } from './zh-CN';
export { dataName } from './dataName';
export { exportFailureText, hostErrorText, hostMessage, hostRefusalOf } from './hostRefusals';
