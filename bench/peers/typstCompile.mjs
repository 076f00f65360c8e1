#!/usr/bin/env node
// typstCompile.mjs: the Typst peer as a whole process, for bench/exportPdf.bench.ts:
//   node bench/peers/typstCompile.mjs MAIN.typ OUT.pdf FONT_DIR
// Compiles MAIN.typ (its folder is the workspace, where its images are) to a PDF with
// @myriaddreamin/typst-ts-node-compiler (Typst 0.14), with the fonts in FONT_DIR added
// explicitly. The package's compiler also searches the system font folders; it has no switch
// to turn that off, so that search is part of Typst's time, as it is for the typst CLI.
// Plain JavaScript, so the process pays no TypeScript start-up that Typst would not.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [main, out, fontDir] = process.argv.slice(2);
if (!main || !out || !fontDir) {
  console.error('usage: node typstCompile.mjs MAIN.typ OUT.pdf FONT_DIR');
  process.exit(2);
}
const compiler = NodeCompiler.create({ workspace: dirname(resolve(main)), fontArgs: [{ fontPaths: [resolve(fontDir)] }] });
const compiled = compiler.compile({ mainFileContent: readFileSync(main, 'utf8') });
const diagnostics = compiled.takeDiagnostics?.();
if (!compiled.result) {
  console.error('typst failed:', JSON.stringify(diagnostics?.shortDiagnostics ?? diagnostics ?? 'no diagnostics'));
  process.exit(1);
}
writeFileSync(out, compiler.pdf(compiled.result));
