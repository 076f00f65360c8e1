// The CLI's message catalogs. English is the default outside a Chinese
// locale; `--lang` (or GALLEY_LANG) switches every message. Lines other programs parse (the `galley serve` URL line, --json
// output) are the same in every language.
import { en, type Messages } from './en';
import { zhCN } from './zhCN';

export type { Messages } from './en';

export const CLI_LANGS = ['en', 'zh-CN'] as const;
export type CliLang = (typeof CLI_LANGS)[number];

export function isCliLang(value: string): value is CliLang {
  return (CLI_LANGS as readonly string[]).includes(value);
}

export function messagesFor(lang: CliLang): Messages {
  return lang === 'zh-CN' ? zhCN : en;
}
