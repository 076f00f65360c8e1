// meta.ts: what the edition is: paper, date, issue, the credit lines.
import { z } from 'zod';

export const EditionMetaSchema = z.strictObject({
  paper: z.string().min(1),
  /** Publication date, ISO yyyy-mm-dd. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/u, 'must be yyyy-mm-dd')
    .refine(isCalendarDate, 'must be a real calendar date'),
  issue: z.number().int().nonnegative().nullable(),
  totalIssue: z.number().int().nonnegative().nullable(),
  credits: z.strictObject({
    editor: z.string(), // 责任编辑
    designer: z.string(), // 美编
    proofreader: z.string(), // 校对
  }),
});
export type EditionMeta = z.infer<typeof EditionMetaSchema>;

/** Only judges strings of the right shape; the regex reports the others. */
function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(iso)) return true;
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}
