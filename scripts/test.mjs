#!/usr/bin/env node
// `npm test`: every workspace's tests through Turborepo, then one closing line adding them up.
import { spawn } from 'node:child_process';

const turbo = spawn('npx', ['turbo', 'run', 'test', '--concurrency=1', ...process.argv.slice(2)], {
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});

const totals = { pass: 0, fail: 0, skipped: 0 };
let pending = '';
turbo.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const lines = (pending + chunk.toString()).split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    const match = line.match(/# (pass|fail|skipped) (\d+)\s*$/);
    if (match) totals[match[1]] += Number(match[2]);
  }
});

turbo.on('exit', (code, signal) => {
  console.log(`\nTests: ${totals.pass} passed, ${totals.fail} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  process.exit(code ?? (signal ? 1 : 0));
});
