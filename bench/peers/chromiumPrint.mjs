#!/usr/bin/env node
// chromiumPrint.mjs: the Chromium peer as a whole process, for bench/exportPdf.bench.ts:
//   node bench/peers/chromiumPrint.mjs PAGE.html OUT.pdf
// Launches Debian's Chromium (/usr/bin/chromium, never a downloaded browser) through
// Playwright, opens PAGE.html, waits for its web fonts, and prints it to PDF at the page size
// its @page rule names. File access is allowed so the page's @font-face and images can load
// from file: URLs. Plain JavaScript, so the process pays no TypeScript start-up.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [page, out] = process.argv.slice(2);
if (!page || !out) {
  console.error('usage: node chromiumPrint.mjs PAGE.html OUT.pdf');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--allow-file-access-from-files'],
});
try {
  const tab = await browser.newPage();
  await tab.goto(pathToFileURL(resolve(page)).href, { waitUntil: 'load' });
  // Runs in the page, where `document` exists.
  await tab.evaluate(() => globalThis.document.fonts.ready.then(() => undefined));
  writeFileSync(out, await tab.pdf({ preferCSSPageSize: true, printBackground: true }));
} finally {
  await browser.close();
}
