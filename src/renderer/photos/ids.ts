// ids.ts: fresh ids for what the photo tools create (frames, caption stories and paragraphs,
// groups). The renderer may use the platform's randomness; shared code may not.
export function newId(kind: 'frame' | 'story' | 'para' | 'group'): string {
  return `${kind}-${crypto.randomUUID().replace(/-/gu, '').slice(0, 16)}`;
}
