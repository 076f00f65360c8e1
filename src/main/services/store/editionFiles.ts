// editionFiles.ts: the mapping between one Edition value and the files of an edition folder.
// edition.json holds everything but the stories; its `stories` array lists, in order, which
// story file holds each story. Story files are content-addressed (stories/<id>.<hash>.json), so a
// save never overwrites a file the current edition.json still points at.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { type Edition, parseEdition } from '../../../shared/model';
import { ServiceError } from '../errors';
import { isSafeId, storyFileName } from './paths';

/** What edition.json says about one story. */
export const StoryRefSchema = z.strictObject({ id: z.string().min(1), file: z.string().min(1) });
export const StoryRefsSchema = z.array(StoryRefSchema);
export type StoryRef = z.infer<typeof StoryRefSchema>;

export interface EditionDocuments {
  /** Text of edition.json. */
  readonly editionJson: string;
  readonly stories: ReadonlyArray<{ readonly id: string; readonly file: string; readonly json: string }>;
}

/** Pretty-printed with a final newline, so edition folders diff well under version control. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** Splits a (validated) edition into the texts of its files. Equal stories give equal files. */
export function editionDocuments(edition: Edition): EditionDocuments {
  const stories = edition.stories.map((story) => {
    const json = toJsonText(story);
    return { id: story.id, file: storyFileName(story.id, contentHash(json)), json };
  });
  const refs: StoryRef[] = stories.map(({ id, file }) => ({ id, file }));
  return { editionJson: toJsonText({ ...edition, stories: refs }), stories };
}

/**
 * The check every write goes through: the edition must pass parseEdition (so whatever is written
 * can be loaded again) and every story id must be usable as a file name. Returns the parsed copy,
 * whose key order follows the schema, so unchanged stories serialise to identical bytes.
 */
export function validateForWrite(edition: Edition): Edition {
  const parsed = parseEdition(edition);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    const where = first ? `${first.path}: ${first.reason}` : 'invalid';
    throw new ServiceError('invalid-request', `refusing to write an invalid edition: ${where}`);
  }
  parsed.edition.stories.forEach((story, i) => {
    if (!isSafeId(story.id)) {
      throw new ServiceError(
        'invalid-request',
        `refusing to write the edition: $.stories[${i}].id "${story.id}" cannot name a file (use up to 128 letters, digits, "-" and "_")`,
      );
    }
  });
  return parsed.edition;
}
