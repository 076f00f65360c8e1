// dataName.ts: how the window names a style or swatch of the edition. A default one that still
// has its default Chinese name is named in the window's language (主题 is "Headline" in
// English); one staff renamed or made is shown as they named it.
import { defaultNamesZhCN } from './catalogs/defaultNames';
import type { Translate } from './translate';
import type { MessageKey } from './zh-CN';

export function dataName(t: Translate, item: { readonly id: string; readonly name: string }): string {
  const key = `name.${item.id}`;
  if (!(key in defaultNamesZhCN)) return item.name;
  // The key is one of the catalog's (checked just above).
  const known = key as keyof typeof defaultNamesZhCN & MessageKey;
  return defaultNamesZhCN[known] === item.name ? t(known) : item.name;
}
