// meta.ts: what the edition is: paper, date, issue, the credit lines.
import { z } from 'zod';

export const EditionMetaSchema = z.strictObject({
  paper: z.string().min(1),
  /** Publication date, ISO yyyy-mm-dd. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'must be yyyy-mm-dd'),
  issue: z.number().int().nonnegative().nullable(),
  totalIssue: z.number().int().nonnegative().nullable(),
  credits: z.strictObject({
    editor: z.string(), // 责任编辑
    designer: z.string(), // 美编
    proofreader: z.string(), // 校对
  }),
});
export type EditionMeta = z.infer<typeof EditionMetaSchema>;
