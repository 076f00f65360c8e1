import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../../src/renderer/i18n/en';
import { DEFAULT_LOCALE, isLocale, loadLocale, LOCALE_NAMES, LOCALES, storeLocale, translator } from '../../../../src/renderer/i18n/translate';
import { type MessageKey, zhCN } from '../../../../src/renderer/i18n/zh-CN';
import { FakeStorage, fakeWindow } from '../support/browser';

afterEach(() => vi.unstubAllGlobals());

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]!).sort();

describe('the dictionaries', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it.each([
    ['zh-CN', zhCN],
    ['en', en],
  ] as const)('%s has no empty or blank string', (_locale, messages) => {
    const blank = Object.entries(messages).filter(([, text]) => text.trim() === '');
    expect(blank).toEqual([]);
  });

  it('each message has the same placeholders in both languages', () => {
    const differing = (Object.keys(zhCN) as MessageKey[]).filter((key) => placeholders(zhCN[key]).join() !== placeholders(en[key]).join());
    expect(differing).toEqual([]);
  });

  it('zh-CN has Chinese wherever a message has words, not a copied English string', () => {
    // A number and its unit, as Chinese typesetting writes it too (312 ppi), has no words to translate.
    const unitOnly = (text: string): boolean => /^\{\w+\} (ppi)$/u.test(text);
    const untranslated = Object.entries(zhCN).filter(([, text]) => /[A-Za-z]/u.test(text.replace(/\{\w+\}/gu, '')) && !/\p{Script=Han}/u.test(text) && !unitOnly(text));
    expect(untranslated).toEqual([]);
  });
});

describe('translator', () => {
  it('fills every placeholder, numbers included', () => {
    const t = translator('en');
    expect(t('status.frame', { label: 'Lead', x: 11.5, y: 17, width: 130.2, height: 141 })).toBe('Lead  X 11.5 mm  Y 17 mm  W 130.2 mm  H 141 mm');
    expect(translator('zh-CN')('pages.thumbnail', { number: 1, label: 'A01' })).toBe('第1版 A01');
  });

  it('counts in English: 1 error, 2 warnings; 1 match', () => {
    const t = translator('en');
    expect(t('export.preflight.summary', { errors: 1, warnings: 2 })).toBe('1 error, 2 warnings');
    expect(t('export.override', { errors: 1 })).toBe('Export anyway (ignore 1 error; recorded in the export log)');
    expect(t('stories.find.countNone', { count: 1 })).toBe('1 match');
  });

  it('leaves a placeholder visible when its value is missing, and text without params untouched', () => {
    const t = translator('en');
    expect(t('notice.saveFailed', {})).toBe('Saving failed: {message}');
    expect(t('notice.saveFailed')).toBe('Saving failed: {message}');
    expect(t('toolbar.undo')).toBe('Undo');
  });

  it('inserts values literally, even when they look like placeholders or replacement patterns', () => {
    const t = translator('en');
    expect(t('notice.saveFailed', { message: '{message} $& $1' })).toBe('Saving failed: {message} $& $1');
  });

  it('makes the word agree with its number in English: 1 story, 2 stories', () => {
    const t = translator('en');
    expect(t('file.import.added', { count: 1 })).toBe('1 story added.');
    expect(t('file.import.added', { count: 3 })).toBe('3 stories added.');
    expect(t('frames.style.row', { name: '主题', count: 1 })).toBe('主题 (1 paragraph)');
    expect(t('frames.style.row', { name: '正文', count: 6 })).toBe('正文 (6 paragraphs)');
    expect(translator('zh-CN')('frames.style.row', { name: '正文', count: 6 })).toBe('正文（6 段）');
  });

  it('speaks the chosen language', () => {
    expect(translator('zh-CN')('toolbar.undo')).toBe('撤销');
    expect(translator('en')('toolbar.undo')).toBe('Undo');
  });
});

describe('locale choice', () => {
  it('defaults to zh-CN', () => {
    expect(DEFAULT_LOCALE).toBe('zh-CN');
    vi.stubGlobal('window', fakeWindow());
    expect(loadLocale()).toBe('zh-CN');
  });

  it('persists the chosen language across page loads', () => {
    const storage = new FakeStorage();
    vi.stubGlobal('window', fakeWindow({ localStorage: storage }));
    storeLocale('en');
    vi.stubGlobal('window', fakeWindow({ localStorage: storage }));
    expect(loadLocale()).toBe('en');
    storeLocale('zh-CN');
    expect(loadLocale()).toBe('zh-CN');
  });

  it('ignores a stored value that is not a known locale', () => {
    const storage = new FakeStorage();
    storage.setItem('galley.locale', 'fr');
    vi.stubGlobal('window', fakeWindow({ localStorage: storage }));
    expect(loadLocale()).toBe('zh-CN');
  });

  it('falls back to zh-CN, and does not throw, when storage is disabled', () => {
    vi.stubGlobal('window', fakeWindow({ localStorage: new FakeStorage(true) }));
    expect(() => storeLocale('en')).not.toThrow();
    expect(loadLocale()).toBe('zh-CN');
  });

  it('knows exactly its locales, each named in its own language', () => {
    expect(LOCALES).toEqual(['zh-CN', 'en']);
    expect(LOCALE_NAMES).toEqual({ 'zh-CN': '简体中文', en: 'English' });
    expect(isLocale('en')).toBe(true);
    expect(isLocale('EN')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});
