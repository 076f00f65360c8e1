import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The renderer's entry (src/renderer/main.tsx) sends the opening's first requests and only then
 * evaluates the chunks with the model and layout (`app/boot.ts`) and with React and the screens
 * (`app/mountApp.tsx`). Linking those chunks (and their styles) from index.html has the browser
 * fetch and compile them meanwhile, so the dynamic imports find them ready and cost no round trip.
 */
function preloadAppChunks(entries: readonly string[]): Plugin {
  return {
    name: 'galley:preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const tags: HtmlTagDescriptor[] = [];
        const linked = new Set<string>();
        for (const entry of entries) {
          const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(entry));
          if (!chunk || chunk.type !== 'chunk') throw new Error(`preloadAppChunks: the build has no chunk for ${entry}`);
          // The chunk and the chunks it imports statically (the model and layout engine's shared chunk).
          for (const file of [chunk.fileName, ...chunk.imports]) {
            if (linked.has(file)) continue;
            linked.add(file);
            tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' });
          }
          for (const css of chunk.viteMetadata?.importedCss ?? []) tags.push({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${css}` }, injectTo: 'head' });
        }
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
    plugins: [react(), preloadAppChunks(['src/renderer/app/boot.ts', 'src/renderer/app/mountApp.tsx'])],
    build: {
      // electron-vite leaves the renderer unminified; minified, the code the page must parse and
      // compile before its first paint is half the size (issue 5 §6, opening time).
      // GALLEY_NO_MINIFY=1 keeps the names, for reading CPU profiles (bench/editor.bench.ts).
      minify: !process.env['GALLEY_NO_MINIFY'],
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
