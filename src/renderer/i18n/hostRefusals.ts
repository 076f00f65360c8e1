// hostRefusals.ts: a failed host call as the window says it. The host's refusals of file actions,
// of starting an export and of a photo import carry a reason key (FILE_REFUSALS in
// shared/editions-api.ts, EXPORT_REFUSALS in shared/export-api.ts, IMAGE_REFUSALS in
// shared/image-api.ts) that the catalogs word, so zh-CN staff read the
// refusal in Chinese; anything else (a transport failure, a refusal without a reason) is the
// host's English message, without the "method: " prefix. A running export's failure comes in
// its job status, with a reason of EXPORT_FAILURES when production can act on it.
import { FILE_REFUSAL_KEY_PREFIX, FILE_REFUSALS, type FileRefusal } from '../../shared/editions-api';
import { EXPORT_FAILURE_KEY_PREFIX, EXPORT_FAILURES, EXPORT_REFUSAL_KEY_PREFIX, EXPORT_REFUSALS, type ExportFailure, type ExportRefusal } from '../../shared/export-api';
import type { HostErrorReason } from '../../shared/host-api';
import { IMAGE_REFUSAL_KEY_PREFIX, IMAGE_REFUSALS, type ImageRefusal } from '../../shared/image-api';
import { HostError } from '../host';
import type { Params, Translate } from './translate';
import type { MessageKey } from './zh-CN';

// The catalogs must word every refusal the host can give: a missing message fails tsc here.
type RefusalKey = (`${typeof FILE_REFUSAL_KEY_PREFIX}${FileRefusal}` | `${typeof EXPORT_REFUSAL_KEY_PREFIX}${ExportRefusal}` | `${typeof IMAGE_REFUSAL_KEY_PREFIX}${ImageRefusal}`) & MessageKey;
const KEYS: ReadonlySet<string> = new Set([
  ...(Object.keys(FILE_REFUSALS) as FileRefusal[]).map((kind): RefusalKey => `${FILE_REFUSAL_KEY_PREFIX}${kind}`),
  ...(Object.keys(EXPORT_REFUSALS) as ExportRefusal[]).map((kind): RefusalKey => `${EXPORT_REFUSAL_KEY_PREFIX}${kind}`),
  ...IMAGE_REFUSALS.map((kind): RefusalKey => `${IMAGE_REFUSAL_KEY_PREFIX}${kind}`),
]);

/** The refusal as a message of the catalogs, or null when the host gave none the window knows. */
export function hostRefusalOf(error: unknown): { readonly key: RefusalKey; readonly params: Params } | null {
  if (!(error instanceof HostError) || !error.reason || !KEYS.has(error.reason.key)) return null;
  return { key: error.reason.key as RefusalKey, params: error.reason.params };
}

// And every failure of a running export (the job status's reason).
type FailureKey = `${typeof EXPORT_FAILURE_KEY_PREFIX}${ExportFailure}` & MessageKey;
const FAILURE_KEYS: ReadonlySet<string> = new Set((Object.keys(EXPORT_FAILURES) as ExportFailure[]).map((kind): FailureKey => `${EXPORT_FAILURE_KEY_PREFIX}${kind}`));

/**
 * Why a running export failed, in the window's language: the status's reason worded, or null
 * when it has none the window knows (a bug; its English `error` is all there is).
 */
export function exportFailureText(reason: HostErrorReason | undefined, t: Translate): string | null {
  if (!reason || !FAILURE_KEYS.has(reason.key)) return null;
  return t(reason.key as FailureKey, reason.params);
}

/** The message of a failed host call, without the "method: " prefix the transports add. */
export function hostMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^[a-zA-Z]+: /u, '');
}

/**
 * What to show for a failed host call: the refusal in the window's language when it has one.
 * A `since` parameter is a time the host gives as ISO text (a lock's); `time` words it for the
 * window's locale.
 */
export function hostErrorText(error: unknown, t: Translate, options: { readonly time?: (iso: string) => string } = {}): string {
  const refusal = hostRefusalOf(error);
  if (!refusal) return hostMessage(error);
  const since = refusal.params['since'];
  const params = typeof since === 'string' && options.time ? { ...refusal.params, since: options.time(since) || since } : refusal.params;
  return t(refusal.key, params);
}
