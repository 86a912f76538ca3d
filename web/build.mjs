// Bundles the SPA into web/dist (or --outdir=…): hashed ESM chunks + CSS, and an index.html
// that references them. Fails when the JS needed for the first paint exceeds its budget.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const outdirArg = process.argv.find((arg) => arg.startsWith('--outdir='));
const outdir = path.resolve(outdirArg ? outdirArg.slice('--outdir='.length) : path.join(webDir, 'dist'));
const assetsDir = path.join(outdir, 'assets');
const budgetBytes = 60 * 1024;

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const result = await build({
  absWorkingDir: webDir,
  entryPoints: ['src/main.tsx'],
  outdir: assetsDir,
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  sourcemap: 'linked',
  target: ['es2022', 'chrome111', 'firefox111', 'safari16.4'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  entryNames: '[name]-[hash]',
  chunkNames: 'chunks/[name]-[hash]',
  assetNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

const outputs = result.metafile.outputs;
const relative = (file) => path.relative(webDir, path.resolve(webDir, file));
const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint === 'src/main.tsx');
if (!entry) throw new Error('build: no output for src/main.tsx');

// The initial JS is the entry plus every chunk it imports statically, transitively.
const initial = new Set();
const visit = (file) => {
  if (initial.has(file)) return;
  initial.add(file);
  for (const imported of outputs[file].imports) {
    if (imported.kind === 'import-statement' && imported.path.endsWith('.js')) visit(imported.path);
  }
};
visit(entry);

const gzipSize = (file) => gzipSync(readFileSync(path.resolve(webDir, file)), { level: 9 }).length;
const url = (file) => `/${path.relative(outdir, path.resolve(webDir, file)).split(path.sep).join('/')}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const css = outputs[entry].cssBundle;
const preloads = [...initial].filter((file) => file !== entry);
const tags = [
  css ? `<link rel="stylesheet" href="${url(css)}" />` : '',
  ...preloads.map((file) => `<link rel="modulepreload" href="${url(file)}" />`),
  `<script type="module" src="${url(entry)}"></script>`,
].filter(Boolean);
const template = readFileSync(path.join(webDir, 'src/index.html'), 'utf8');
writeFileSync(path.join(outdir, 'index.html'), template.replace('<!-- assets -->', tags.join('\n    ')));

let initialGzip = 0;
for (const file of initial) initialGzip += gzipSize(file);
const lazyChunks = Object.keys(outputs).filter((file) => file.endsWith('.js') && !initial.has(file));

console.log(`web: built into ${relative(outdir)}`);
console.log(`web: initial JS ${kb(initialGzip)} gzip (${initial.size} file(s)), budget ${kb(budgetBytes)}`);
if (css) console.log(`web: CSS ${kb(gzipSize(css))} gzip`);
for (const file of lazyChunks) console.log(`web: lazy ${url(file)} ${kb(gzipSize(file))} gzip`);

if (initialGzip > budgetBytes) {
  console.error(`web: initial JS is over budget by ${kb(initialGzip - budgetBytes)}`);
  process.exit(1);
}
