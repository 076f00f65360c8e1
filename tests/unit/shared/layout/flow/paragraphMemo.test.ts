// The paragraph memo: an unchanged paragraph object is not set again while flow would ask the
// composer the same questions; anything that could change its lines sets it again.
import { describe, expect, it } from 'vitest';
import type { LayoutEnv } from '../../../../../src/shared/layout/env';
import { memoisedComposer } from '../../../../../src/shared/layout/flow';
import { defaultStyles } from '../../../../../src/shared/model';
import { type ComposerCall, fakeComposer } from './fakeComposer';
import { para } from './fixtures';

const styles = defaultStyles(10, 12);
const style = styles.paragraph[0]!;
const env = {} as LayoutEnv;

describe('memoisedComposer', () => {
  it('reuses the composition of the same paragraph object asked the same measures', () => {
    const calls: ComposerCall[] = [];
    const compose = memoisedComposer(fakeComposer(calls));
    const p = para('a', style.id, '一二三四五六七八九十');
    const first = compose(p, style, styles, () => 40, env);
    expect(compose(p, style, styles, () => 40, env)).toBe(first);
    expect(calls).toHaveLength(1);
  });

  it('sets it again for a new object with the same text (the editor keeps unchanged objects), another measure, style sheet or env', () => {
    const calls: ComposerCall[] = [];
    const compose = memoisedComposer(fakeComposer(calls));
    const p = para('a', style.id, '一二三四五六七八九十');
    const first = compose(p, style, styles, () => 40, env);
    compose({ ...p }, style, styles, () => 40, env);
    // A wrap that narrows only the third line: the composer asked for line 2 last time.
    const narrower = compose(p, style, styles, (k) => (k === 2 ? 20 : 40), env);
    expect(narrower).not.toBe(first);
    expect(narrower.lines[2]!.end - narrower.lines[2]!.start).toBeLessThan(first.lines[2]!.end - first.lines[2]!.start);
    compose(p, style, defaultStyles(10, 12), (k) => (k === 2 ? 20 : 40), env);
    compose(p, style, styles, (k) => (k === 2 ? 20 : 40), {} as LayoutEnv);
    expect(calls).toHaveLength(5);
  });
});
