// The load bench, small and short, as `npm run bench:load` runs it: it must start, load the API without a
// 5xx, write the CPU profile BENCH_PROFILE asks for, and print what scripts/bench-load.mjs reads back
// to compare two commits. Keeps the benches from breaking unnoticed (the bench server once did).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, test } from '@jest/globals';
import { parseLoadBench } from './bench-output.mjs';

const api = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/api');
const profiles = mkdtempSync(path.join(tmpdir(), 'pp-bench-profile-'));
afterAll(() => rmSync(profiles, { recursive: true, force: true }));

function run(script, { args = [], env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: api, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

test('npm run bench:load on a small load: no 5xx, figures the comparison can read, a CPU profile summed by part', async () => {
  const bench = await run('dist/bench/load.bench.js', {
    env: { BENCH_USERS: '10', BENCH_CLIENTS: '5', BENCH_CONTACTS: '40', BENCH_WARMUP: '1', BENCH_DURATION: '4', BENCH_PROFILE: profiles },
  });
  assert.equal(bench.code, 0, bench.output);
  const figures = parseLoadBench(bench.output);
  assert.equal(figures.errors, 0);
  assert.ok(figures.requestsPerSecond > 0, bench.output);
  assert.deepEqual(Object.keys(figures.p95).sort(), ['accounts', 'campaigns', 'clients', 'contacts', 'invitations', 'users']);
  for (const [family, p95] of Object.entries(figures.p95)) assert.ok(p95 > 0, `${family}: ${bench.output}`);

  assert.equal(readdirSync(profiles).filter((name) => name.endsWith('.cpuprofile')).length, 1, 'the API wrote its profile when it stopped');
  assert.notEqual((await run('dist/bench/cpu-profile.js')).code, 0, 'without a directory it says how to use it');
  const summary = await run('dist/bench/cpu-profile.js', { args: [profiles] });
  assert.equal(summary.code, 0, summary.output);
  const summed = summary.output;
  assert.match(summed, /share of busy/);
  assert.match(summed, /Prisma client\s+[\d.]+ %/);
  assert.match(summed, /pg driver\s+[\d.]+ %/);
}, 120_000);
