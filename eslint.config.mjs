// ESLint enforces the layering of docs/design.md (see also docs/conventions.md §3–4).
// Flat config keeps only the last block's options for a rule, so every source file matches
// exactly one `layer` block below, and each block's import list is composed from the pieces.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Bare package names go in `paths` (exact match); a gitignore-style pattern such as `util/*`
// would also match a relative import like '../util/assert'.
const ban = {
  node: { names: builtinModules, group: ['node:*'], message: 'Node built-ins are for src/main only.' },
  electron: { names: ['electron'], group: [], message: 'electron is for the main process (index, ipc, menu, window, app) and the preload only.' },
  react: { names: ['react', 'react-dom'], group: ['react/*', 'react-dom/*'], message: 'React belongs in src/renderer.' },
  lexical: { names: ['lexical'], group: ['@lexical/*'], message: 'Lexical is imported only in src/renderer/story-editor (design.md: Lexical is the editing surface, not the storage format).' },
  pdfLib: { names: ['pdf-lib'], group: ['pdf-lib/*', '@pdf-lib/*'], message: 'pdf-lib is imported only in src/main/services/export/pdf.' },
  up: { group: ['**/main', '**/main/**', '**/renderer', '**/renderer/**', '**/preload', '**/preload/**'], message: 'src/shared is the bottom layer: it imports nothing from main, renderer or preload.' },
  mainFromRenderer: { group: ['**/main', '**/main/**', '**/preload', '**/preload/**'], message: 'The renderer talks to main only through src/renderer/host.' },
  rendererFromMain: { group: ['**/renderer', '**/renderer/**'], message: 'main never imports renderer code.' },
  readerApart: { group: ['**/main', '**/main/**', '**/preload', '**/preload/**', '**/renderer', '**/renderer/**'], message: 'The e-paper reader runs in the exported bundle, from file:// too: it imports src/shared only.' },
};

/** One block per layer: the import patterns it may not use, plus any extra rules. */
function layer(files, bans, extra = {}, ignores = []) {
  const paths = bans.flatMap((b) => (b.names ?? []).map((name) => ({ name, message: b.message })));
  const patterns = bans.filter((b) => b.group.length > 0).map((b) => ({ group: b.group, message: b.message }));
  return { files, ignores, rules: { 'no-restricted-imports': ['error', { paths, patterns }], ...extra } };
}

const pureGlobals = ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'require', 'fetch', 'localStorage'];
const domGlobals = ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'fetch'];
const nondeterminism = [
  'error',
  { object: 'Date', property: 'now', message: 'shared code is deterministic: pass the time in.' },
  { object: 'Math', property: 'random', message: 'shared code is deterministic: pass ids or a seed in.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/lint/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
      // no-cycle must parse the files an import leads to, which are TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
      'max-lines': ['warn', { max: 500, skipBlankLines: true, skipComments: true }],
    },
  },
  // src/shared: pure TypeScript, deterministic, the bottom layer.
  layer(['src/shared/**/*.ts'], [ban.node, ban.electron, ban.react, ban.lexical, ban.pdfLib, ban.up], {
    'no-restricted-globals': pureGlobals,
    'no-restricted-properties': nondeterminism,
    'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'shared code is deterministic: pass the time in.' }],
  }),
  // src/renderer: React, no Node, no Electron, no main; Lexical only in story-editor.
  layer(['src/renderer/**/*.{ts,tsx}'], [ban.node, ban.electron, ban.lexical, ban.pdfLib, ban.mainFromRenderer], {}, ['src/renderer/story-editor/**']),
  layer(['src/renderer/story-editor/**/*.{ts,tsx}'], [ban.node, ban.electron, ban.pdfLib, ban.mainFromRenderer]),
  { files: ['src/renderer/**/*.{ts,tsx}'], languageOptions: { globals: globals.browser } },
  // src/epaper-reader: the e-paper bundle's reader script, plain DOM (the renderer's rules, and no
  // React or renderer code either: it is bundled alone into reader/reader.js).
  layer(['src/epaper-reader/**/*.ts'], [ban.node, ban.electron, ban.react, ban.lexical, ban.pdfLib, ban.readerApart]),
  { files: ['src/epaper-reader/**/*.ts'], languageOptions: { globals: globals.browser } },
  // Main-process code that owns the Electron window.
  layer(['src/main/index.ts', 'src/main/ipc/**/*.ts', 'src/main/menu/**/*.ts', 'src/main/window/**/*.ts', 'src/main/app/**/*.ts'], [ban.react, ban.lexical, ban.pdfLib, ban.rendererFromMain], {
    'no-restricted-globals': domGlobals,
  }),
  // Services, CLI and HTTP host run in plain Node too (the `galley` CLI), so no electron here.
  layer(
    ['src/main/services/**/*.ts', 'src/main/cli/**/*.ts', 'src/main/http/**/*.ts'],
    [ban.electron, ban.react, ban.lexical, ban.pdfLib, ban.rendererFromMain],
    { 'no-restricted-globals': domGlobals },
    ['src/main/services/export/pdf/**'],
  ),
  layer(['src/main/services/export/pdf/**/*.ts'], [ban.electron, ban.react, ban.lexical, ban.rendererFromMain], { 'no-restricted-globals': domGlobals }),
  // The preload: electron's bridge and the contract's types, nothing else.
  layer(['src/preload/**/*.ts'], [ban.node, ban.react, ban.lexical, ban.pdfLib, ban.rendererFromMain, { group: ['**/main', '**/main/**', '**/model', '**/model/**'], message: 'The preload forwards calls; it imports only the contract types and channel names.' }]),
  { files: ['src/main/**/*.ts', 'src/preload/**/*.ts', 'scripts/**', 'bin/**', 'bench/**', 'tests/**', '*.config.*'], languageOptions: { globals: globals.node } },
  // Config files and tests may use default exports where their tools demand them.
  {
    files: ['*.config.*', 'tests/**', 'bench/**', 'scripts/**', 'bin/**'],
    rules: { 'no-restricted-exports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
