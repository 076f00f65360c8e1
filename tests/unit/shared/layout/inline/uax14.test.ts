// The untailored algorithm (level uax14) against the complete Unicode 17.0 LineBreakTest, and
// the rules one by one where Chinese text depends on them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBoundaries, codePoints } from '../../../../../src/shared/layout/inline';

const FIXTURE = join(import.meta.dirname, '../../../../fixtures/conformance/LineBreakTest-17.0.0.txt');

/** "× 0023 ÷ 2014 ÷" → code points and, per inner boundary, whether it breaks. */
function parseTestLine(line: string): { cps: number[]; breaks: boolean[] } {
  const tokens = line.trim().split(/\s+/u);
  const cps: number[] = [];
  const breaks: boolean[] = [];
  for (let i = 1; i < tokens.length; i += 2) {
    cps.push(parseInt(tokens[i] ?? '', 16));
    breaks.push(tokens[i + 1] === '÷');
  }
  return { cps, breaks };
}

/** The deciding rule at each inner boundary, for a readable string. */
function rules(text: string): string[] {
  const b = classifyBoundaries(codePoints(text), 'uax14');
  return b.rule.slice(1, b.cps.length).map((rule, i) => `${b.action[i + 1] === 'prohibited' ? '×' : '÷'}${rule}`);
}

describe('UAX #14 (Unicode 17.0) untailored', () => {
  it('passes every line of LineBreakTest 17.0', () => {
    const lines = readFileSync(FIXTURE, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(lines).toHaveLength(16672);
    const failures: string[] = [];
    for (const line of lines) {
      const { cps, breaks } = parseTestLine(line);
      const b = classifyBoundaries(cps, 'uax14');
      const got = breaks.map((_, i) => b.action[i + 1] !== 'prohibited');
      if (got.slice(0, -1).join() !== breaks.slice(0, -1).join()) failures.push(line);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('never breaks at the start and always at the end (LB2, LB3)', () => {
    const b = classifyBoundaries(codePoints('中文'), 'uax14');
    expect(b.action[0]).toBe('prohibited');
    expect(b.action[2]).toBe('mandatory');
  });

  it('makes BK, CR LF, LF and NL mandatory breaks and keeps CR LF together (LB4, LB5)', () => {
    expect(rules('a\r\nb')).toEqual(['×LB6', '×LB5', '÷LB5']);
    expect(classifyBoundaries(codePoints('a\u2028b'), 'uax14').action[2]).toBe('mandatory');
  });

  it('breaks after spaces but not before them, and after ZW even across spaces (LB7, LB8, LB18)', () => {
    expect(rules('中 文')).toEqual(['×LB7', '÷LB18']);
    expect(rules('a\u200b b')).toEqual(['×LB7', '×LB7', '÷LB8']);
  });

  it('keeps closing marks, ！？ and numeric separators off the line start (LB13, LB15d)', () => {
    expect(rules('好。')).toEqual(['×LB13']);
    expect(rules('好！')).toEqual(['×LB13']);
    expect(rules('a ,')).toEqual(['×LB7', '×LB15d']);
  });

  it('keeps an opening mark on the line it opens, even across spaces (LB14)', () => {
    expect(rules('（ 中')).toEqual(['×LB7', '×LB14']);
  });

  it('breaks between East Asian characters around Pi/Pf quotes and nowhere else (LB15a/b, LB19, LB19a)', () => {
    // ：|“ and ”|我 break (LB19a: East Asian on both sides); “ and ” stick to the text they quote.
    expect(rules('说：“你')).toEqual(['×LB21', '÷LB31', '×LB19']);
    expect(rules('好。”我')).toEqual(['×LB13', '×LB19', '÷LB31']);
    expect(rules('“你好”他')).toEqual(['×LB15a', '÷LB31', '×LB19', '÷LB31']);
    expect(rules('say “hi”')).toEqual(['×LB28', '×LB28', '×LB7', '÷LB18', '×LB15a', '×LB28', '×LB15b']);
    expect(rules('a"b')).toEqual(['×LB19', '×LB19']);
  });

  it('keeps —— together and lets it break on both sides (LB17, LB31)', () => {
    expect(rules('他——这')).toEqual(['÷LB31', '×LB17', '÷LB31']);
  });

  it('keeps nonstarters, hyphens and ellipses off the line start (LB21, LB22)', () => {
    expect(rules('文々')).toEqual(['×LB21']);
    expect(rules('文…')).toEqual(['×LB22']);
    expect(rules('文‐字')).toEqual(['×LB21', '÷LB31']);
  });

  it('keeps numbers whole with their prefixes, postfixes and separators (LB23a, LB25)', () => {
    expect(rules('¥100')).toEqual(['×LB25', '×LB25', '×LB25']);
    expect(rules('5.2%')).toEqual(['×LB15d', '×LB25', '×LB25']);
    expect(rules('(1,000)%')).toEqual(['×LB14', '×LB15d', '×LB25', '×LB25', '×LB25', '×LB13', '×LB25']);
    expect(rules('文％')).toEqual(['×LB23a']);
  });

  it('never breaks inside a Latin word, but does at Han–Latin boundaries (LB28, LB31)', () => {
    expect(rules('在Linux系')).toEqual(['÷LB31', '×LB28', '×LB28', '×LB28', '×LB28', '÷LB31']);
  });

  it('glues narrow ( to a preceding letter but not full-width （ (LB30)', () => {
    expect(rules('a(b')).toEqual(['×LB30', '×LB14']);
    expect(rules('a（b')).toEqual(['÷LB31', '×LB14']);
  });

  it('pairs regional indicators and keeps emoji modifiers on their base (LB30a, LB30b)', () => {
    expect(rules('\u{1F1E8}\u{1F1F3}\u{1F1E8}\u{1F1F3}')).toEqual(['×LB30a', '÷LB30a', '×LB30a']);
    expect(rules('\u{1F44D}\u{1F3FB}')).toEqual(['×LB30b']);
  });

  it('treats combining marks as part of their base, and a lone mark as AL (LB9, LB10)', () => {
    expect(rules('文\u0301文')).toEqual(['×LB9', '÷LB31']);
    expect(rules(' \u0301a')).toEqual(['÷LB18', '×LB28']);
  });
});
