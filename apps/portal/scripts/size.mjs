// Prints the gzip size of the JavaScript the built index.html loads before anything is clicked: the
// entry chunk plus every chunk it imports statically (followed through the Vite manifest), never the
// lazy chunks that pages load on first use. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const GOAL_KB = 300;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
if (!entry) throw new Error('The manifest has no entry chunk: build the portal first.');

const initial = new Set();
const lazy = new Set();
(function walk(key) {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const next of chunk.imports ?? []) walk(next);
  for (const next of chunk.dynamicImports ?? []) lazy.add(manifest[next]?.file);
})(entry[0]);

// The built page must load exactly these: its module script and modulepreloads.
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const loaded = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1]);
for (const file of loaded) if (!initial.has(file)) throw new Error(`index.html loads ${file}, which the manifest does not list as initial.`);

const gzipKb = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;
let total = 0;
for (const file of [...initial].sort()) {
  const kb = gzipKb(file);
  total += kb;
  console.log(`  ${file.padEnd(48)} ${kb.toFixed(1).padStart(7)} kB gzip`);
}
const lazyKb = [...lazy].filter((file) => file && !initial.has(file)).reduce((sum, file) => sum + gzipKb(file), 0);
console.log(`Initial JavaScript: ${total.toFixed(1)} kB gzip in ${initial.size} file(s); goal ≤ ${GOAL_KB} kB: ${total <= GOAL_KB ? 'met' : 'NOT met'}`);
console.log(`Lazy chunks (not loaded at start): ${lazyKb.toFixed(1)} kB gzip`);
if (total > GOAL_KB) process.exitCode = 1;
