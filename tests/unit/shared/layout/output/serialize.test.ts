// Stable serialisation specs: sorted keys whatever the construction order, fixed numbers,
// arrays in order, and refusal of values JSON cannot hold.
import { describe, expect, it } from 'vitest';
import { layoutToJson, type PageLayout, stableJson } from '../../../../../src/shared/layout/output';

describe('stableJson', () => {
  it('sorts object keys at every depth, so construction order does not matter', () => {
    const a = { b: 1, a: { d: [1, 2], c: 'x' } };
    const b = { a: { c: 'x', d: [1, 2] }, b: 1 };
    expect(stableJson(a)).toBe('{"a":{"c":"x","d":[1,2]},"b":1}');
    expect(stableJson(b)).toBe(stableJson(a));
  });

  it('keeps arrays in order', () => {
    expect(stableJson([3, 1, 2])).toBe('[3,1,2]');
  });

  it('rounds numbers to 1/1000 and writes -0 as 0', () => {
    expect(stableJson({ x: 0.1 + 0.2, y: -0, z: -0.0001, w: 12.3456 })).toBe('{"w":12.346,"x":0.3,"y":0,"z":0}');
  });

  it('skips undefined fields and escapes strings as JSON does', () => {
    expect(stableJson({ a: undefined, b: '“引”\n' })).toBe('{"b":"“引”\\n"}');
  });

  it('refuses non-finite numbers and functions, naming the path', () => {
    expect(() => stableJson({ lines: [{ x: Number.NaN }] })).toThrow('$.lines[0].x');
    expect(() => stableJson({ f: () => 1 })).toThrow('$.f: cannot serialise a function');
  });
});

describe('layoutToJson', () => {
  it('writes a page layout built in any key order identically', () => {
    const one: PageLayout = { pageId: 'p1', width: 738.425, height: 1062.992, frames: [{ frameId: 'f', storyId: null, columns: [] }] };
    const two: PageLayout = { frames: [{ columns: [], storyId: null, frameId: 'f' }], height: 1062.992, width: 738.425, pageId: 'p1' };
    expect(layoutToJson(two)).toBe(layoutToJson(one));
    expect(layoutToJson(one)).toBe('{"frames":[{"columns":[],"frameId":"f","storyId":null}],"height":1062.992,"pageId":"p1","width":738.425}');
  });
});
