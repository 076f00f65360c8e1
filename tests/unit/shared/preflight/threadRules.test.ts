// Preflight: broken threads. Loading refuses dangling links and links that do not point back,
// but an edition in memory can hold them; cycles, links into another story and frames outside
// their story's thread load fine and are caught here.
import { describe, expect, it } from 'vitest';
import type { Edition, FrameRef, TextFrame } from '../../../../src/shared/model';
import { edition, G, han, page, para, story, textFrame } from '../layout/flow/fixtures';
import { check, withCode } from './support';

const at = { x: 50, y: 100, width: 100, height: 48 };
const ref = (pageId: string, frameId: string): FrameRef => ({ pageId, frameId });
const frame = (id: string, storyId: string | null, links: { prev?: FrameRef | null; next?: FrameRef | null } = {}): TextFrame => textFrame(id, at, storyId, links);

function twoPages(p1: TextFrame[], p2: TextFrame[], stories = ['s1', 's2']): Edition {
  return edition([page('p1', 1, p1), page('p2', 2, p2)], stories.map((id) => story(id, [para(`${id}-a`, G, han(30))])));
}

const broken = (ed: Edition) => withCode(check(ed), 'broken-thread').map((i) => [i.frameId, i.params['detail'], i.params['target']]);

describe('preflight: broken threads', () => {
  it('is quiet for a thread that runs across pages and links both ways', () => {
    expect(broken(twoPages([frame('a', 's1', { next: ref('p2', 'b') })], [frame('b', 's1', { prev: ref('p1', 'a') })]))).toEqual([]);
  });

  it('reports a link that is not returned', () => {
    expect(broken(twoPages([frame('a', 's1', { next: ref('p2', 'b') })], [frame('b', 's1')]))).toEqual([['a', 'no-link-back', 'b']]);
  });

  it('reports links to frames that do not exist or are on another page than the link says', () => {
    const ed = twoPages([frame('a', 's1', { next: ref('p2', 'zz') }), frame('c', 's2', { next: ref('p1', 'd') })], [frame('d', 's2', { prev: ref('p1', 'c') })]);
    expect(broken(ed)).toEqual([['a', 'missing-target', 'zz'], ['c', 'wrong-page', 'd']]);
  });

  it('reports a thread that runs on into another story’s frame', () => {
    const ed = twoPages([frame('a', 's1', { next: ref('p2', 'b') })], [frame('b', 's2', { prev: ref('p1', 'a') })]);
    expect(broken(ed)).toContainEqual(['a', 'other-story', 'b']);
  });

  it('reports a cycle once, on its first frame in page order', () => {
    const ed = twoPages([frame('a', 's1', { prev: ref('p2', 'b'), next: ref('p2', 'b') })], [frame('b', 's1', { prev: ref('p1', 'a'), next: ref('p1', 'a') })]);
    expect(broken(ed)).toEqual([['a', 'cycle', 'b']]);
    expect(check(ed).errors).toBe(1);
  });

  it('reports a frame showing a story outside that story’s thread (it stays empty)', () => {
    const ed = twoPages([frame('a', 's1', { next: ref('p2', 'b') })], [frame('b', 's1', { prev: ref('p1', 'a') }), frame('stray', 's1')]);
    expect(broken(ed)).toEqual([['stray', 'not-in-thread', 'a']]);
  });
});
