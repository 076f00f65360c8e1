// byline.ts: 署名 lines (□记者 王乐平 董宏涛) and photo credits (（记者 郑晓琳 摄）) → credits.
import type { Credit } from '../../../shared/model';

/**
 * Roles a byline can name, longest first so 本报记者 is not read as 本报 + 记者 and 摄影记者 not
 * as a name 摄影 + 记者. A role may be glued to the name that follows (本报记者张靖).
 */
export const KNOWN_ROLES: readonly string[] = [
  '本报特约通讯员',
  '本报见习记者',
  '本报摄影记者',
  '本报通讯员',
  '本报记者',
  '特约通讯员',
  '特约记者',
  '见习记者',
  '摄影记者',
  '融媒记者',
  '通讯员',
  '实习生',
  '记者',
].slice().sort((a, b) => b.length - a.length);

/** Byline markers used by Chinese papers in front of the credit line. */
const BYLINE_MARKER = /^[□■▢◻]/u;

export function isBylineLine(text: string): boolean {
  return BYLINE_MARKER.test(text.trim());
}

/** Splits credit text into words on spaces (ASCII and ideographic) and the list marks 、，,. */
function words(text: string): string[] {
  return text.split(/[\s\u3000、，,]+/u).filter((w) => w !== '');
}

function leadingRole(word: string): string | undefined {
  return KNOWN_ROLES.find((role) => word.startsWith(role));
}

/**
 * □特约通讯员 刘畅 → [{ role: '特约通讯员', names: ['刘畅'] }];
 * □本报记者张靖 本报通讯员郜敏 → two credits. Names before any known role get role ''.
 */
export function parseCredits(text: string): Credit[] {
  const credits: Array<{ role: string; names: string[] }> = [];
  for (const word of words(text.trim().replace(BYLINE_MARKER, ''))) {
    const role = leadingRole(word);
    if (role !== undefined) {
      credits.push({ role, names: [] });
      const rest = word.slice(role.length);
      if (rest !== '') credits.at(-1)?.names.push(rest);
      continue;
    }
    const current = credits.at(-1);
    if (current) current.names.push(word);
    else credits.push({ role: '', names: [word] });
  }
  // A role with no name (□记者) is not a credit the schema can hold; it stays in the byline text.
  return credits.filter((c) => c.names.length > 0);
}

/** A photo credit closing a caption: （记者 郑晓琳 王乐平 摄） or (… 摄), half or full width. */
const PHOTO_CREDIT = /[（(]([^（）()]*?)[\s\u3000]*摄[）)][\s\u3000]*$/u;

export interface PhotoCredit {
  /** The credit as printed inside the brackets, e.g. 记者 郑晓琳 王乐平 摄. */
  readonly text: string;
  readonly credits: Credit[];
}

export function findPhotoCredit(paragraph: string): PhotoCredit | undefined {
  const match = PHOTO_CREDIT.exec(paragraph);
  if (!match) return undefined;
  const inner = (match[1] ?? '').trim();
  return { text: `${inner} 摄`.trim(), credits: parseCredits(inner) };
}
