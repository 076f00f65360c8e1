import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The renderer's entry (src/renderer/main.tsx) starts opening the edition and only then evaluates
 * the chunk with React and the screens, `src/renderer/app/mountApp.tsx`. Linking that chunk (and
 * its styles) from index.html has the browser fetch and compile it meanwhile, so the dynamic
 * import finds it ready and costs no round trip.
 */
function preloadAppChunk(entry: string): Plugin {
  return {
    name: 'galley:preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(entry));
        if (!chunk || chunk.type !== 'chunk') throw new Error(`preloadAppChunk: the build has no chunk for ${entry}`);
        const tags: HtmlTagDescriptor[] = [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }];
        for (const css of chunk.viteMetadata?.importedCss ?? []) tags.push({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${css}` }, injectTo: 'head' });
        return tags;
      },
    },
  };
}

// Three bundles: the main process, the preload bridge and the renderer. The renderer build is
// also what `galley serve` hands to a browser, so it must not assume Electron.
export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // Sandboxed preloads cannot be ES modules, so the bridge is emitted as CommonJS.
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react(), preloadAppChunk('src/renderer/app/mountApp.tsx')],
    build: {
      // electron-vite leaves the renderer unminified; minified, the code the page must parse and
      // compile before its first paint is half the size (issue 5 §6, opening time).
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
