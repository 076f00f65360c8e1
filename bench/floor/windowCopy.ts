// windowCopy.ts: the bench's static copy of Galley's window for the keystroke "floor"
// (editor.bench.ts, BENCH_ONLY=floor): the live window's DOM as painted (page, panels, styles),
// without its scripts, with a plain Lexical editor (bareEditor.ts) where the story editor was.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'vite';

const MOUNT_ID = 'floor-editor';

/** bareEditor.ts bundled into one classic script (Lexical's production build). */
export async function bareEditorScript(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: { write: false, minify: true, lib: { entry: join(root, 'bench/floor/bareEditor.ts'), formats: ['iife'], name: 'galleyFloor' } },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((o) => o.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('bench/floor/bareEditor.ts: the bundle has no script');
}

/**
 * The window as it is now, as static HTML: scripts, links and the CSP dropped, every style sheet
 * inlined, and the story editor's text element replaced by an empty element for the bare editor,
 * with the same classes and inline style. `withPage: false` leaves the page's SVG out too.
 */
export async function windowCopy(page: Page, withPage: boolean): Promise<string> {
  // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
  const html = (await page.evaluate(`(() => {
    const css = [...document.styleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\\n')).join('\\n');
    const copy = document.documentElement.cloneNode(true);
    copy.querySelectorAll('script, link, meta[http-equiv]').forEach((element) => element.remove());
    const style = document.createElement('style');
    style.textContent = css;
    copy.querySelector('head').append(style);
    const text = copy.querySelector('[data-testid="story-editor-text"]');
    if (!text) return null;
    const mount = document.createElement('div');
    mount.id = ${JSON.stringify(MOUNT_ID)};
    mount.className = text.className;
    mount.setAttribute('contenteditable', 'true');
    mount.setAttribute('spellcheck', 'false');
    mount.setAttribute('style', text.getAttribute('style') ?? '');
    text.replaceWith(mount);
    if (!${JSON.stringify(withPage)}) copy.querySelector('[data-testid="page-svg"]')?.remove();
    return '<!doctype html>' + copy.outerHTML;
  })()`)) as string | null;
  if (html === null) throw new Error('windowCopy: the story editor is not open in the window');
  return html;
}

/**
 * Loads `html` into `page` with the bare editor holding `paragraphs`, and resolves once it is
 * ready; its edits are measured as `measure`.
 */
export async function loadWithBareEditor(page: Page, html: string, script: string, paragraphs: readonly string[], measure: string): Promise<void> {
  const setup = `<script>window.floorSetup = ${JSON.stringify({ paragraphs, rootId: MOUNT_ID, measure })};</script>`;
  // Replacement functions, not strings: the bundle holds `$&`-like sequences.
  const withScripts = html.replace('</body>', () => `${setup}<script>${script.replaceAll('</script', '<\\/script')}</script></body>`);
  await page.setContent(withScripts);
  await page.waitForFunction(() => (window as { floorReady?: boolean }).floorReady === true);
}

/** The bare editor's paragraphs (in the window copy). */
export function bareParagraphs(page: Page) {
  return page.locator(`#${MOUNT_ID} p`);
}
