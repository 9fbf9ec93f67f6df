#!/usr/bin/env node
// `npm test`: builds what the tests start (turbo: the packages' dist/, the API and worker processes,
// the portal the browser tests open), then runs every test of every workspace in one Jest run
// (jest.config.mjs) and ends with one line adding them up: `Tests: N passed, N failed`.
// Arguments go to Jest: `npm test -- apps/api/src/team`, `npm test -- -t 'ownership transfer'`,
// `npm test -- --watch`, `npm test -- --selectProjects worker`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runJest } from './jest.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Test files wait on PostgreSQL, Redis, SMTP and Chromium far more than they compute: more files at
// once than cores. Each has its own database and Redis prefix (jest/database-environment.mjs).
const DEFAULT_WORKERS = '4';

const args = process.argv.slice(2);
// Everything, from the root, whichever workspace asked: the portal's tests start the API and the worker.
// TEST_SKIP_BUILD=1 skips it, for API and package tests (compiled from source by SWC) while something else builds.
const build =
  process.env.TEST_SKIP_BUILD === '1'
    ? { status: 0 }
    : spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
      });
if (build.status !== 0) {
  console.error('\nThe build failed, so no test ran.');
  process.exit(build.status ?? 1);
}

const workers = args.some((arg) => /^(--maxWorkers|-w|--runInBand|-i)\b/.test(arg)) ? [] : [`--maxWorkers=${process.env.TEST_WORKERS ?? DEFAULT_WORKERS}`];
if (args.some((arg) => /^--watch(All)?$/.test(arg))) {
  // Interactive: Jest keeps the terminal, and there is no last line to add up.
  runJest([...workers, ...args]).on('exit', (code) => process.exit(code ?? 1));
} else {
  addUp(runJest([...workers, ...args], { stdio: ['inherit', 'inherit', 'pipe'] }));
}

function addUp(jest) {
  // Jest reports on stderr; its summary line reads "Tests:       1 failed, 2 skipped, 390 passed, 393 total".
  let summary = '';
  let pending = '';
  jest.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (/^Tests:\s/.test(line)) summary = line;
  });
  jest.on('exit', (code, signal) => {
    const count = (word) => Number(summary.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0);
    const skipped = count('skipped') + count('todo');
    console.log(`\nTests: ${count('passed')} passed, ${count('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
    process.exit(code ?? (signal ? 1 : 0));
  });
}
