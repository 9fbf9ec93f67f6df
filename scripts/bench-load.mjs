// npm run bench:load — the load bench (apps/api/src/bench/load.bench.ts) on this work tree.
// BENCH_BASE=<commit> npm run bench:load — the same bench on <commit> and on this work tree, back to
// back on this machine, then both results and their ratio: requests/s (this / base) and each route
// family's p95 (this / base). The base commit is checked out in a work tree of its own under the
// system's temporary directory (kept for the next run), installed with npm ci and built there.
// BENCH_ROUNDS=<n> runs the pair n times, alternating, and compares the medians. Every other BENCH_*
// setting (BENCH_DURATION, BENCH_USERS, ...) goes to both runs.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLoadBench } from './lib/bench-output.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = process.env.BENCH_BASE;
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));

function run(command, args, cwd, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, BENCH_BASE: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (!quiet) process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}`))));
  });
}

const build = (cwd) => run('npm', ['run', 'build'], cwd, { quiet: true });
const bench = (cwd) => run('npm', ['run', '--silent', 'bench:load', '-w', '@partner-portal/api'], cwd);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function summarize(results) {
  const families = Object.keys(results[0].p95);
  return {
    requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
    p95: Object.fromEntries(families.map((family) => [family, median(results.map((r) => r.p95[family]))])),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
  };
}

/** A work tree of `commit`, installed and built; reused when it is already there. */
async function baseTree(commit) {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${commit}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const dir = path.join(tmpdir(), `partner-portal-bench-${sha.slice(0, 12)}`);
  if (!existsSync(path.join(dir, 'node_modules'))) {
    console.log(`base ${sha.slice(0, 12)}: checking out into ${dir}, npm ci`);
    if (!existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, sha], { cwd: root, stdio: 'inherit' });
    await run('npm', ['ci', '--no-audit', '--no-fund'], dir, { quiet: true });
  }
  console.log(`base ${sha.slice(0, 12)}: building`);
  await build(dir);
  return { dir, sha };
}

console.log('this work tree: building');
await build(root);
if (!base) {
  const result = parseLoadBench(await bench(root));
  if (result.errors > 0) process.exitCode = 1;
} else {
  const { dir, sha } = await baseTree(base);
  const runs = { base: [], head: [] };
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? ['base', 'head'] : ['head', 'base'];
    for (const which of order) {
      console.log(`\n=== round ${round} of ${rounds}: ${which === 'base' ? `base ${sha.slice(0, 12)}` : 'this work tree'} ===`);
      runs[which].push(parseLoadBench(await bench(which === 'base' ? dir : root)));
    }
  }
  const [was, now] = [summarize(runs.base), summarize(runs.head)];
  const fmt = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  console.log(`\n=== base ${sha.slice(0, 12)} against this work tree${rounds > 1 ? ` (medians of ${rounds} rounds)` : ''} ===`);
  console.log(`${''.padEnd(14)} ${'base'.padStart(10)} ${'this'.padStart(10)} ${'this/base'.padStart(10)}`);
  console.log(`${'requests/s'.padEnd(14)} ${fmt(was.requestsPerSecond).padStart(10)} ${fmt(now.requestsPerSecond).padStart(10)} ${fmt(now.requestsPerSecond / was.requestsPerSecond, 2).padStart(10)}`);
  for (const family of Object.keys(was.p95)) {
    const ratio = now.p95[family] / was.p95[family];
    console.log(`${`p95 ${family}`.padEnd(14)} ${fmt(was.p95[family]).padStart(10)} ${fmt(now.p95[family]).padStart(10)} ${fmt(ratio, 2).padStart(10)}`);
  }
  console.log(`${'5xx'.padEnd(14)} ${String(was.errors).padStart(10)} ${String(now.errors).padStart(10)}`);
  if (now.errors > 0) process.exitCode = 1;
}
