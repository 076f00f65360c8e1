// main.ts: the reader script's entry, bundled into reader/reader.js (one classic script: module
// scripts cannot load from file:// in Chromium). index.html and the article pages share it; the
// body's data-view says which one this is.
import { startArticlePage } from './articlePage';
import { startEdition } from './edition';

function start(): void {
  const root = document.documentElement;
  root.classList.remove('no-js');
  root.classList.add('js');
  const view = document.body.dataset['view'];
  if (view === 'edition') startEdition(document);
  else if (view === 'article') startArticlePage(document);
}

// The script is loaded with `defer`, so the document is parsed; a copy loaded without it waits.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
