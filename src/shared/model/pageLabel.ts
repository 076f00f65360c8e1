// pageLabel.ts: the number in a page label (版次 such as A01 or 第1版). A label whose number is its
// page's (A03 on page 3) can follow the page when it moves (Page.labelFollowsNumber).

export interface LabelPattern {
  readonly prefix: string;
  /** Digits the number is padded to (A01 → 2). */
  readonly width: number;
  readonly suffix: string;
}

const LABEL = /^(.*?)(\d+)(\D*)$/u;

/** The pattern of `label` when its number is `number`, else null. */
export function labelPattern(label: string, number: number): LabelPattern | null {
  const match = LABEL.exec(label);
  if (!match) return null;
  const [, prefix = '', digits = '', suffix = ''] = match;
  if (Number.parseInt(digits, 10) !== number) return null;
  return { prefix, width: digits.length, suffix };
}

export function formatLabel(pattern: LabelPattern, number: number): string {
  return `${pattern.prefix}${String(number).padStart(pattern.width, '0')}${pattern.suffix}`;
}
