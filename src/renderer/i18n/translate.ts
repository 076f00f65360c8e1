// translate.ts: dictionaries, locale choice and message formatting, without React.
import { en } from './en';
import { type MessageKey, type Messages, zhCN } from './zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Each language names itself, so the selector reads right whatever the current language is. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { 'zh-CN': '简体中文', en: 'English' };

const DICTIONARIES: Readonly<Record<Locale, Messages>> = { 'zh-CN': zhCN, en };
const STORAGE_KEY = 'galley.locale';

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * `{name}` is a value; `{name|one|other}` is the word that agrees with the number `name`
 * ("1 story", "2 stories"), chosen by the locale's plural rules.
 */
const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/gu;

export function translator(locale: Locale): Translate {
  const messages = DICTIONARIES[locale];
  const plurals = new Intl.PluralRules(locale);
  return (key, params) => {
    const template = messages[key];
    if (!params) return template;
    return template.replace(PLACEHOLDER, (whole, name: string, one: string | undefined, other: string | undefined) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (one === undefined || other === undefined) return String(value);
      return plurals.select(Number(value)) === 'one' ? one : other;
    });
  };
}

export function loadLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
}
