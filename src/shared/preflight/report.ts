// report.ts: the preflight report's shape, shared by the rules (pure, here), the main-process
// service that gathers image and font facts, the CLI (`galley check`) and the export dialog.
// Issues carry a code and parameters, not sentences: each surface words them in its locale.

export type PreflightSeverity = 'error' | 'warning' | 'info';

export type PreflightCode =
  | 'overset' // params: zi (overset length in 字), storyId, slug
  | 'missing-glyph' // params: text (the characters), font
  | 'font-missing' // params: family, weight
  | 'font-not-embeddable' // params: family, fsType
  | 'image-low-res' // params: ppi, threshold
  | 'image-missing' // params: path
  | 'image-rgb-converted' // params: path
  | 'image-ink-over-limit' // params: ink, limit
  | 'empty-frame' // params: kind
  | 'blank-page' // params: (none): the page has nothing of its own, master items at most
  | 'duplicate-label' // params: label, first (the number of the first page with it)
  | 'outside-bleed' // params: (none)
  | 'text-in-margin' // params: style
  | 'rich-black-small-text' // params: size, ink
  | 'broken-thread' // params: detail
  // Added with the rules (preflight task): box/rule colours over the ink limit; the layout
  // could not be made, so the checks that read it did not run.
  | 'ink-over-limit' // params: ink, limit, part ('fill' | 'stroke')
  | 'layout-unavailable' // params: reason ('' when it is the missing fonts reported beside it)
  | 'profile-unusable'; // params: file, reason (the output profile export converts images with)

export interface PreflightIssue {
  readonly code: PreflightCode;
  readonly severity: PreflightSeverity;
  /** Page label (A01) and id, or null for edition-wide issues. */
  readonly pageId: string | null;
  readonly pageLabel: string | null;
  readonly frameId: string | null;
  /** The frame's staff label (story slug, image name), for the message. */
  readonly frameName: string | null;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface PreflightReport {
  readonly issues: readonly PreflightIssue[];
  readonly errors: number;
  readonly warnings: number;
}
