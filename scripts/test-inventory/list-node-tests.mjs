#!/usr/bin/env node
// Lists every test of a commit that still ran on node:test (52da842 and before), one line per test:
// "<outcome>\t<source file> › <describe> › <test>". Checks the commit out in a temporary work tree,
// installs and builds it, and runs each workspace's tests as its `npm test` did, with the names reporter.
//   node scripts/test-inventory/list-node-tests.mjs 52da842 > /tmp/node-tests.txt
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const commit = process.argv[2];
if (!commit) {
  console.error('usage: list-node-tests.mjs <commit>');
  process.exit(2);
}
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const reporter = fileURLToPath(new URL('./node-test-reporter.mjs', import.meta.url));
const tree = mkdtempSync(path.join(tmpdir(), 'pp-node-tests-'));
const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: tree, stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  return result;
};

try {
  execFileSync('git', ['-C', repo, 'worktree', 'add', '--detach', tree, commit], { stdio: 'ignore' });
  const say = (line) => process.stderr.write(`${line}\n`);
  say(`installing and building ${commit} in ${tree}`);
  run('npm', ['ci', '--no-audit', '--no-fund'], { stdio: ['ignore', 2, 2] });
  run('npx', ['turbo', 'run', 'build'], { stdio: ['ignore', 2, 2], env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });

  const lines = [];
  for (const workspace of ['packages/permissions', 'packages/jobs', 'packages/mail-catcher', 'packages/db', 'apps/worker', 'apps/api', 'apps/portal']) {
    const cwd = path.join(tree, workspace);
    const script = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')).scripts.test;
    // The workspace's own command, with the names reporter in place of the default one.
    const command = script.replace('node --test', `node --test --test-reporter=${reporter} --test-reporter-destination=stdout`);
    say(`${workspace}: ${command}`);
    const result = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, TEST_INVENTORY_ROOT: tree }, maxBuffer: 64 * 1024 * 1024 });
    process.stderr.write(result.stderr);
    lines.push(...result.stdout.split('\n').filter((line) => /^(passed|failed|skipped)\t/.test(line)));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  execFileSync('git', ['-C', repo, 'worktree', 'remove', '--force', tree], { stdio: 'ignore' });
  rmSync(tree, { recursive: true, force: true });
}
